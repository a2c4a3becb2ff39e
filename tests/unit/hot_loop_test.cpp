// The building blocks of the fast month: the bit-parallel month count, the candidate
// lists of rule-ordered measures, the key ring of random-order measures and the person
// loop's vector sweep. Each is checked against the plain computation it stands for.
#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <random>
#include <vector>

#include "engine/rng.hpp"
#include "montecarlo/candidate_list.hpp"
#include "montecarlo/closer_looks.hpp"
#include "montecarlo/key_ring.hpp"
#include "model/person_columns.hpp"

using namespace intsim;

TEST_CASE("months_in counts history bits like std::popcount", "[hot_loop]") {
    for (std::uint32_t h = 0; h < (1u << 24); h += 97) REQUIRE(months_in(h) == std::popcount(h));
    CHECK(months_in(0xFFFFFFu) == 24);
    CHECK(months_in(0) == 0);
}

namespace {

// The `limit` smallest (key, person) pairs, ascending: what a list must end with.
std::vector<Candidate> best(std::vector<Candidate> all, std::size_t limit) {
    std::sort(all.begin(), all.end());
    all.resize(std::min(limit, all.size()));
    return all;
}

bool same(const std::vector<Candidate>& a, const std::vector<Candidate>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].key != b[i].key || a[i].person != b[i].person) return false;
    return true;
}

}  // namespace

TEST_CASE("candidate lists keep exactly the best offers", "[hot_loop][measures]") {
    std::mt19937 engine(7);
    CandidateList list;
    // Sizes around and far beyond the limit, rule-like keys with many ties.
    const std::size_t sizes[] = {9000, 300, 12000, 50, 0, 5000, 20};
    const std::size_t limits[] = {150, 150, 8, 30, 8, 400, 9};
    for (std::size_t month = 0; month < std::size(sizes); ++month) {
        std::vector<Candidate> all;
        for (std::uint32_t p = 0; p < sizes[month]; ++p)
            all.push_back({(static_cast<std::uint64_t>(engine() % 24) << 48) | (engine() & 0xFFFFFF00u), p});
        list.start(limits[month]);
        for (const Candidate& c : all) list.offer(c);
        list.finish();
        INFO("month " << month);
        CHECK(same(list.items(), best(all, limits[month])));
    }
}

TEST_CASE("a list walk skips persons already in a measure", "[hot_loop][measures]") {
    CandidateList list;
    list.start(3);
    for (std::uint32_t p = 0; p < 6; ++p) list.offer({100u - p, p});  // best: 5, 4, 3
    list.finish();
    const std::uint8_t in_measure[6] = {0, 0, 0, 0, 1, 0};
    ListWalk walk(list, in_measure);
    REQUIRE(walk.find());
    CHECK(walk.take() == 5);
    REQUIRE(walk.find());
    CHECK(walk.take() == 3);  // 4 is taken
    CHECK_FALSE(walk.find());
}

TEST_CASE("the key ring sorts by (key, person) and walks from any offset", "[hot_loop][measures]") {
    std::mt19937 engine(11);
    // Coarse keys (top 12 bits) tie often; low keys (below 2^12) all fall into the
    // first bucket, which then takes the comparison sort.
    for (const std::uint32_t key_mask : {0xFFF00000u, 0x00000FFFu})
    for (const std::size_t n : {0u, 1u, 2u, 7u, 1000u, 20000u}) {
        struct Entry {
            std::uint32_t key, person;
            std::uint64_t eligible;
        };
        std::vector<Entry> all;
        std::vector<std::uint64_t> eligible;
        for (std::uint32_t p = 0; p < n; ++p) {
            // Ties must fall back to the person index.
            const Entry e{static_cast<std::uint32_t>(engine() & key_mask), p, engine() & 0x7u};
            all.push_back(e);
            eligible.push_back(e.eligible);
        }
        KeyRing ring;
        const auto arrange = [&] {
            std::uint64_t* room = ring.prepare(n + 5);  // more room than persons: arrange(n) takes n
            for (const Entry& e : all) room[e.person] = KeyRing::entry(e.key, e.person);
            ring.arrange(n);
        };
        arrange();
        for (std::size_t position = 0; position < ring.size(); position = ring.settle(position)) {
        }
        std::vector<Entry> sorted = all;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
        REQUIRE(ring.size() == n);
        for (std::size_t i = 0; i < n; ++i) {
            REQUIRE(ring.key(i) == sorted[i].key);
            REQUIRE(ring.person(i) == sorted[i].person);
        }
        // A walk for measure 1 equals the eligible, free persons by (key - offset) mod 2^32,
        // on a ring freshly arranged (its buckets sorted only as the walks read them) and
        // on one that earlier walks have partly sorted.
        std::vector<std::uint8_t> in_measure(n);
        for (auto& flag : in_measure) flag = engine() % 5 == 0;
        for (const bool fresh : {true, false}) {
            arrange();
            for (const std::uint32_t offset : {0u, 0x80000000u, 0xFFF00000u, static_cast<std::uint32_t>(engine())}) {
                if (fresh) arrange();
                std::vector<Candidate> expected;
                for (const Entry& e : all)
                    if ((e.eligible & 2u) != 0 && in_measure[e.person] == 0)
                        expected.push_back({std::uint32_t(e.key - offset), e.person});
                std::sort(expected.begin(), expected.end());
                // The attribute-like filter: eligible for measure 1; the walk stops once it
                // has passed every person on the ring that passes it.
                const auto may_be = [&](std::uint32_t person) { return (eligible[person] & 2u) != 0; };
                const auto may_be_count = static_cast<std::size_t>(
                    std::count_if(all.begin(), all.end(), [](const Entry& e) { return (e.eligible & 2u) != 0; }));
                RingWalk walk(ring, offset, may_be, may_be_count, [&](std::uint32_t person) {
                    return in_measure[person] == 0 && (eligible[person] & 2u) != 0;
                });
                std::vector<Candidate> walked;
                while (walk.find()) {
                    walked.push_back(walk.rank());
                    walk.take();
                }
                INFO("n " << n << " offset " << offset << " fresh " << fresh);
                CHECK(same(walked, expected));
            }
        }
    }
}

TEST_CASE("the person loop's sweep lists, counts and ages as a plain loop does", "[hot_loop]") {
    std::mt19937 engine(5);
    constexpr std::uint32_t kMask = (1u << kHistoryMonths) - 1u;
    // Stock sizes around the vector width (8 lanes with AVX2, 16 with AVX-512, 4 in the
    // portable build) so that the scalar tail runs too.
    for (const std::size_t n : {0u, 1u, 3u, 4u, 7u, 8u, 9u, 15u, 16u, 17u, 100u, 1003u}) {
        PersonColumns stock;
        stock.resize(n);
        std::vector<std::uint32_t> word(n);
        CloserLookInputs inputs;
        std::vector<std::uint32_t> cell_counted(6);
        for (auto& flags : cell_counted) flags = engine() & 3u;
        inputs.cell_counted = cell_counted.data();
        for (std::size_t m = 0; m <= static_cast<std::size_t>(kHistoryMonths); ++m)
            inputs.plain_leave_bound[m] = static_cast<std::uint32_t>(engine()) >> (m % 3);  // 1/8 to 1/2 of words below
        for (std::size_t i = 0; i < n; ++i) {
            stock.history[i] = static_cast<std::uint32_t>(engine()) & kMask;
            stock.cell[i] = static_cast<std::uint16_t>(engine() % cell_counted.size());
            stock.measure[i] = engine() % 7 == 0 ? 3 : 0;
            stock.post_measure[i] = stock.measure[i] == 0 && engine() % 5 == 0 ? 2 : 0;
            word[i] = static_cast<std::uint32_t>(engine());
        }
        inputs.event_word = word.data();

        // The plain loop.
        std::vector<std::uint32_t> listed, listed_history, next_history;
        StockCounts expected;
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t h = stock.history[i];
            const int months = std::popcount(h);
            expected.ltr += months >= kLtrMinMonths;
            expected.women += cell_counted[stock.cell[i]] & 1u;
            expected.single_parents += cell_counted[stock.cell[i]] >> 1;
            if (stock.measure[i] != 0 || stock.post_measure[i] != 0 ||
                word[i] < inputs.plain_leave_bound[static_cast<std::size_t>(months)]) {
                listed.push_back(static_cast<std::uint32_t>(i));
                listed_history.push_back(h);
            }
            next_history.push_back(((h << 1) | 1u) & kMask);
        }

        std::vector<std::uint32_t> closer(n), closer_history(n);
        StockCounts counts;
        const std::size_t count = find_closer_looks(stock, inputs, closer.data(), closer_history.data(), counts);
        INFO("n " << n);
        REQUIRE(count == listed.size());
        closer.resize(count);
        closer_history.resize(count);
        CHECK(closer == listed);
        CHECK(closer_history == listed_history);
        CHECK(stock.history == next_history);
        CHECK(counts.ltr == expected.ltr);
        CHECK(counts.women == expected.women);
        CHECK(counts.single_parents == expected.single_parents);
    }
}
