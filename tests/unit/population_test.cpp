#include <catch2/catch.hpp>

#include <bit>
#include <numeric>

#include "engine/rng.hpp"
#include "engine/statistics.hpp"
#include "model/population.hpp"
#include "test_support.hpp"

using namespace intsim;

TEST_CASE("systematic sampling: floor or ceiling per stratum, exact total", "[population]") {
    const std::vector<double> expected = {0.3, 2.5, 0.2, 7.0, 1.0};  // sums to 11
    for (double u : {0.0, 0.1, 0.5, 0.73, 0.999}) {
        const auto counts = systematic_counts(expected, u);
        CHECK(std::accumulate(counts.begin(), counts.end(), std::int64_t{0}) == 11);
        for (std::size_t k = 0; k < counts.size(); ++k) {
            CHECK(counts[k] >= static_cast<std::int64_t>(std::floor(expected[k])));
            CHECK(counts[k] <= static_cast<std::int64_t>(std::ceil(expected[k])));
        }
    }
    // Averaged over the offset, each count is its expectation (here exactly, on a grid).
    std::vector<double> mean(expected.size(), 0.0);
    const int grid = 1000;
    for (int i = 0; i < grid; ++i) {
        const auto counts = systematic_counts(expected, (i + 0.5) / grid);
        for (std::size_t k = 0; k < counts.size(); ++k) mean[k] += counts[k] / double(grid);
    }
    for (std::size_t k = 0; k < expected.size(); ++k) CHECK(mean[k] == Approx(expected[k]).margin(1e-9));
}

TEST_CASE("LZB flag: at least 21 of the last 24 months", "[population][ltr]") {
    CHECK(spell_history(0) == 0u);
    CHECK(std::popcount(spell_history(24)) == 24);
    CHECK(std::popcount(spell_history(20)) == 20);
    const auto ltr = [](std::uint32_t history) { return std::popcount(history & 0xFFFFFFu) >= kLtrMinMonths; };
    CHECK(ltr(spell_history(21)));
    CHECK_FALSE(ltr(spell_history(20)));
    // A 24-month spell with three months away is still LZB, with four it is not.
    CHECK(ltr(spell_history(24) & ~0b111000u));
    CHECK_FALSE(ltr(spell_history(24) & ~0b1111000u));
    // Shifting ages the history: a month away enters at bit 0 and leaves after 24 months.
    std::uint32_t h = spell_history(24);
    h = (h << 1) & 0xFFFFFFu;  // one month away
    CHECK(std::popcount(h) == 23);
    for (int m = 0; m < 24; ++m) h = ((h << 1) | 1u) & 0xFFFFFFu;
    CHECK(h == 0xFFFFFFu);
}

TEST_CASE("the start population reproduces the input shares in expectation", "[population]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 10850;
    doc["population"]["ltr_share"] = 0.6553;
    const Model model = test::model_of(doc);
    const double n = 10850;
    const double women_expected = n * 0.5;
    const double single_parents_expected = n * (0.5 * 0.02 + 0.5 * 0.2);
    const double ltr_expected = n * 0.6553;

    std::vector<double> women, single_parents, ltr;
    PersonColumns persons;
    const int replications = 400;
    for (int r = 0; r < replications; ++r) {
        const double u = uniform_open01(random_words({1, static_cast<std::uint32_t>(r)}, 0, 0, Stream::Population)[0]);
        fill_start_population(model, u, persons);
        REQUIRE(persons.size() == 10850);
        double w = 0, sp = 0, l = 0;
        for (std::size_t i = 0; i < persons.size(); ++i) {
            w += model.cell_is_woman[persons.cell[i]];
            sp += model.cell_is_single_parent[persons.cell[i]];
            l += std::popcount(persons.history[i]) >= kLtrMinMonths;
        }
        women.push_back(w);
        single_parents.push_back(sp);
        ltr.push_back(l);
        // Systematic sampling keeps every replication close, not only the average.
        CHECK(std::abs(l - ltr_expected) <= 1.0);
        CHECK(std::abs(w - women_expected) <= static_cast<double>(model.start_strata.size()));
    }
    // Means within 4 Monte Carlo standard errors (plus 1e-6 for a zero spread).
    for (auto [values, expected] : {std::pair{&women, women_expected}, std::pair{&single_parents, single_parents_expected},
                                    std::pair{&ltr, ltr_expected}}) {
        const Summary s = summarise(*values);
        CHECK(std::abs(s.mean - expected) <= 4 * s.mc_se + 1e-6);
    }
}

TEST_CASE("non-LZB spells follow the duration profile", "[population]") {
    const Model model = test::model_of(test::minimal_scenario());
    double short_spells = 0, long_spells = 0;
    for (const auto& stratum : model.start_strata) {
        if (stratum.months_in_benefit == kHistoryMonths) continue;
        (stratum.months_in_benefit <= 6 ? short_spells : long_spells) += stratum.expected;
    }
    // 1000 persons, 40 % not LZB, half of them with spells up to 6 months.
    CHECK(short_spells == Approx(200.0));
    CHECK(long_spells == Approx(200.0));
}
