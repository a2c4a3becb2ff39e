#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>

#include "decisions_support.hpp"
#include "decisions/compare/paired_comparison.hpp"
#include "decisions/replication_values.hpp"
#include "engine/statistics.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"

using namespace intsim;

TEST_CASE("paired differences: mean, interval, P(better), variance reduction", "[compare]") {
    const std::vector<double> base = {10, 12, 14, 16};
    const std::vector<double> variant = {11, 13, 14, 18};      // differences 1, 1, 0, 2
    const std::vector<double> independent = {20, 8, 16, 10};  // differences 10, -4, 2, -6
    const PairedDifference d = paired_difference(base, variant, independent, Direction::Higher);
    CHECK(d.base_mean == 13.0);
    CHECK(d.variant_mean == 14.0);
    CHECK(d.mean_difference == 1.0);
    const double sd = std::sqrt(2.0 / 3.0);  // of 1, 1, 0, 2
    CHECK(d.sd_paired == Approx(sd));
    CHECK(d.ci95_low == Approx(1.0 - 1.96 * sd / 2));
    CHECK(d.ci95_high == Approx(1.0 + 1.96 * sd / 2));
    CHECK(d.p_variant_better == 0.75);
    CHECK(d.p_equal == 0.25);
    // var(10, -4, 2, -6) = 155 / 3, var(1, 1, 0, 2) = 2 / 3.
    CHECK(*d.variance_reduction == Approx(77.5));
    // Lower is better: the same differences are worse.
    const PairedDifference lower = paired_difference(base, variant, independent, Direction::Lower);
    CHECK(lower.p_variant_better == 0.0);
    // No spread in the paired differences: no finite factor.
    const PairedDifference same = paired_difference(base, base, independent, Direction::Higher);
    CHECK(same.mean_difference == 0.0);
    CHECK_FALSE(same.variance_reduction);
    CHECK(same.p_equal == 1.0);
}

TEST_CASE("common random numbers: a scenario against itself and against a variant", "[compare]") {
    const Model base = test::model_of(test::busy_scenario());
    nlohmann::json more = test::busy_scenario();
    more["name"] = "more-coaching";
    more["measures"]["coaching"]["capacity"]["slots"] = 60;
    ComparisonOptions options;
    options.replications = 200;
    options.seed = 4;
    const Comparison c = compare_scenarios(base, {base, test::model_of(more)}, options);
    REQUIRE(c.variants.size() == 2);
    const auto integrations = indicator_index("integrations_total");
    // The base against itself: every replication pair is identical.
    const PairedDifference& self = c.variants[0].indicators[integrations];
    CHECK(self.mean_difference == 0.0);
    CHECK(self.p_equal == 1.0);
    CHECK_FALSE(self.variance_reduction);
    CHECK(self.sd_independent > 0.0);
    // 20 more places: the pairs differ little, the independent runs by their whole spread.
    const PairedDifference& variant = c.variants[1].indicators[integrations];
    CHECK(variant.indicator == "integrations_total");
    REQUIRE(variant.variance_reduction);
    CHECK(*variant.variance_reduction > 9.0);
    CHECK(variant.ci95_low <= variant.mean_difference);
    CHECK(variant.mean_difference <= variant.ci95_high);
    // Spending: 20 places x 500 EUR x 12 months more, in every replication.
    const PairedDifference& spend = c.variants[1].indicators[indicator_index("budget_spend")];
    CHECK(spend.mean_difference == Approx(120000.0));
    CHECK_FALSE(spend.p_variant_better);  // spending has no direction of its own
    // The base's figures are those of a plain run with the same seed.
    ProjectionOptions plain;
    plain.replications = 200;
    plain.seed = 4;
    CHECK(variant.base_mean == project(base, plain).indicator("integrations_total").summary.mean);
}

namespace {

// Paired replications of a base and a variant: integrations and spend per replication.
struct PairedRuns {
    std::vector<double> base_integrations, variant_integrations, base_spend, variant_spend;
};

// The variant adds `extra_integrations` and `extra_spend` on average; both differences vary
// by replication and move together (a replication with more entries integrates more and
// spends more), as they do under common random numbers.
PairedRuns paired_runs(double extra_integrations, double extra_spend, std::size_t n = 400) {
    PairedRuns runs;
    std::uint64_t state = 12345;
    const auto uniform = [&state] {  // a small LCG: the test needs spread, not quality
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 9007199254740992.0 - 0.5;
    };
    for (std::size_t r = 0; r < n; ++r) {
        const double level = 3000 + 200 * uniform(), spend = 16e6 + 1e6 * uniform();
        const double common = uniform();
        runs.base_integrations.push_back(level);
        runs.base_spend.push_back(spend);
        runs.variant_integrations.push_back(level + extra_integrations + 8 * common + 4 * uniform());
        runs.variant_spend.push_back(spend + extra_spend + 40000 * common + 20000 * uniform());
    }
    return runs;
}

ExtraIntegrationCost cost_of(const PairedRuns& runs) {
    return extra_integration_cost(runs.base_integrations, runs.variant_integrations, runs.base_spend,
                                  runs.variant_spend);
}

// The t statistic of the paired differences spend - theta * integrations: Fieller's
// interval is every theta where it lies within +-1.96, computed here from the
// replications, not from the formula's means, variances and covariance.
double fieller_t(const PairedRuns& runs, double theta) {
    std::vector<double> d;
    for (std::size_t r = 0; r < runs.base_spend.size(); ++r)
        d.push_back((runs.variant_spend[r] - runs.base_spend[r]) -
                    theta * (runs.variant_integrations[r] - runs.base_integrations[r]));
    const Summary s = summarise(d);
    return s.mean / s.mc_se;
}

}  // namespace

TEST_CASE("extra spend per extra integration: only where a variant spends more, with Fieller's interval",
          "[compare]") {
    using Verdict = ExtraIntegrationCost::Verdict;
    SECTION("more money for more integrations: the ratio and an interval whose ends are t = +-1.96") {
        const PairedRuns runs = paired_runs(20, 400000);
        const ExtraIntegrationCost k = cost_of(runs);
        REQUIRE(k.verdict == Verdict::Costs);
        REQUIRE(k.per_integration);
        CHECK(*k.per_integration == Approx(k.extra_spend / k.extra_integrations));
        CHECK(*k.per_integration == Approx(20000).epsilon(0.05));
        CHECK(*k.per_integration_low < *k.per_integration);
        CHECK(*k.per_integration_high > *k.per_integration);
        CHECK(std::fabs(fieller_t(runs, *k.per_integration_low)) == Approx(1.96).epsilon(1e-6));
        CHECK(std::fabs(fieller_t(runs, *k.per_integration_high)) == Approx(1.96).epsilon(1e-6));
        CHECK(std::fabs(fieller_t(runs, *k.per_integration)) < 1e-6);
        CHECK(verdict_name(k.verdict) == "costs");
    }
    SECTION("a budget-neutral shift has no price per integration") {
        // Money moved between measures: spend within 0.5 % of the base's, more integrations
        // (the issue: "EGT je zusätzlicher Integration: 22 EUR" for such a shift).
        const ExtraIntegrationCost k = cost_of(paired_runs(2.2, 50000));
        CHECK(k.extra_integrations_low > 0);
        CHECK(k.extra_spend_low > 0);  // spends a little more, beyond noise, yet under 0.5 %
        CHECK(k.verdict == Verdict::SpendsNoMore);
        CHECK_FALSE(k.per_integration);
        CHECK(cost_of(paired_runs(20, -400000)).verdict == Verdict::SpendsNoMore);  // cheaper and better
    }
    SECTION("no measurable or fewer integrations") {
        CHECK(cost_of(paired_runs(0, 400000)).verdict == Verdict::NoExtraIntegrations);
        CHECK(cost_of(paired_runs(-20, 400000)).verdict == Verdict::FewerIntegrations);
        CHECK_FALSE(cost_of(paired_runs(-20, 400000)).per_integration);
    }
}
