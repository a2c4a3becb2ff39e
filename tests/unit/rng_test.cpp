#include <catch2/catch.hpp>

#include <boost/random/poisson_distribution.hpp>

#include <set>

#include "engine/rng.hpp"

using namespace intsim;

TEST_CASE("Philox4x32-10 known-answer vectors (Random123 kat_vectors)", "[rng]") {
    const Philox philox;
    {
        const auto r = philox(Philox::ctr_type{{0, 0, 0, 0}}, Philox::key_type{{0, 0}});
        CHECK(r[0] == 0x6627e8d5u);
        CHECK(r[1] == 0xe169c58du);
        CHECK(r[2] == 0xbc57ac4cu);
        CHECK(r[3] == 0x9b00dbd8u);
    }
    {
        const auto r = philox(Philox::ctr_type{{0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu}},
                              Philox::key_type{{0xffffffffu, 0xffffffffu}});
        CHECK(r[0] == 0x408f276du);
        CHECK(r[1] == 0x41c83b0eu);
        CHECK(r[2] == 0xa20bc7c6u);
        CHECK(r[3] == 0x6d5451fdu);
    }
    {
        const auto r = philox(Philox::ctr_type{{0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u}},
                              Philox::key_type{{0xa4093822u, 0x299f31d0u}});
        CHECK(r[0] == 0xd16cfe09u);
        CHECK(r[1] == 0x94fdccebu);
        CHECK(r[2] == 0x5001e420u);
        CHECK(r[3] == 0x24126ea1u);
    }
}

TEST_CASE("intsim's draws are pinned: a refactor cannot change them silently", "[rng]") {
    // (seed 1, replication 0, person 0, month 0, transition stream): words fixed forever.
    const auto w = random_words({1, 0}, 0, 0, Stream::Transition);
    const auto again = random_words({1, 0}, 0, 0, Stream::Transition);
    CHECK(w == again);
    CHECK(w[0] == 0x89e3af3fu);
    CHECK(uniform_open01(0) == 0.5 / 4294967296.0);
    CHECK(uniform_open01(0xFFFFFFFFu) < 1.0);
    CHECK(uniform_open01(0x80000000u) == Approx(0.5));
}

TEST_CASE("streams, persons, months and replications draw different numbers", "[rng]") {
    std::set<std::uint32_t> words;
    for (std::uint32_t person = 0; person < 10; ++person)
        for (std::uint32_t month = 0; month < 10; ++month)
            for (Stream s : {Stream::Inflow, Stream::Transition, Stream::Allocation, Stream::Reentry})
                for (std::uint32_t rep = 0; rep < 3; ++rep) words.insert(random_words({7, rep}, person, month, s)[0]);
    CHECK(words.size() == 10 * 10 * 4 * 3);  // no collisions among 1200 32-bit words
}

TEST_CASE("probability thresholds compare exactly", "[rng]") {
    CHECK(probability_threshold(0.0) == 0u);
    CHECK(probability_threshold(-1.0) == 0u);
    CHECK(probability_threshold(1.0) == 0xFFFFFFFFu);
    CHECK(probability_threshold(0.5) == 0x80000000u);
    // Empirical frequency over many words matches p within 4 binomial standard errors.
    const double p = 0.3;
    const std::uint32_t t = probability_threshold(p);
    int hits = 0;
    const int n = 200000;
    for (int i = 0; i < n; ++i) hits += random_words({3, 0}, static_cast<std::uint32_t>(i), 0, Stream::Transition)[0] < t;
    CHECK(std::abs(hits / double(n) - p) < 4 * std::sqrt(p * (1 - p) / n));
}

TEST_CASE("CounterUrng drives Boost.Random reproducibly", "[rng]") {
    CounterUrng a({1, 2}, 0, 5, Stream::Inflow), b({1, 2}, 0, 5, Stream::Inflow);
    boost::random::poisson_distribution<int, double> poisson(250.0);
    const int x = poisson(a);
    poisson.reset();
    CHECK(poisson(b) == x);
    // Mean of many Poisson draws, each from its own counter, within 4 standard errors.
    double sum = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
        CounterUrng u({9, static_cast<std::uint32_t>(i)}, 0, 0, Stream::Inflow);
        boost::random::poisson_distribution<int, double> d(250.0);
        sum += d(u);
    }
    CHECK(std::abs(sum / n - 250.0) < 4 * std::sqrt(250.0 / n));
}
