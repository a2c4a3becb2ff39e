#include <catch2/catch.hpp>

#include <cmath>

#include "decisions_support.hpp"
#include "decisions/compare/paired_comparison.hpp"
#include "decisions/replication_values.hpp"
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
