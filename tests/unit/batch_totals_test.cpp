#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "engine/statistics.hpp"
#include "model/batch_totals.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

/// integrations_total of each replication, computed without BatchTotals.
std::vector<double> integrations_of(const Model& model, const std::vector<double>& tallies, std::size_t reps) {
    const TallyLayout layout = tally_layout(model);
    std::vector<double> values;
    for (std::size_t r = 0; r < reps; ++r)
        values.push_back(replication_indicators(
            model, layout, std::span<const double>(tallies).subspan(r * layout.size(), layout.size()))[0]);
    return values;
}

}  // namespace

TEST_CASE("batch totals take quantiles of per-replication sums", "[batch]") {
    nlohmann::json small = test::minimal_scenario();
    small["population"]["elb"] = 400;
    small["inflow"] = {{"monthly_mean", 20}};
    nlohmann::json large = test::minimal_scenario();
    large["hazards"]["integration"]["base"] = 0.04;
    large["uncertainty"]["integration_sd"] = 0.2;
    const Model a = test::model_of(small);
    const Model b = test::model_of(large);
    constexpr std::size_t reps = 60;
    RunControl control;
    control.threads = 2;
    const auto tallies_a = simulate_tallies(a, 3, 0, reps, control);
    const auto tallies_b = simulate_tallies(b, 3, 0, reps, control);

    BatchTotals totals(reps);
    const BatchLine line_a = totals.add(a, tallies_a);
    const BatchLine line_b = totals.add(b, tallies_b);
    const BatchLine total = totals.total();
    CHECK(totals.jobcenters() == 2);
    REQUIRE(batch_indicator_names().front() == "integrations_total");

    const auto x = integrations_of(a, tallies_a, reps);
    const auto y = integrations_of(b, tallies_b, reps);
    std::vector<double> sums(reps);
    for (std::size_t r = 0; r < reps; ++r) sums[r] = x[r] + y[r];
    std::sort(sums.begin(), sums.end());
    const Quantiles& t = total.indicators[0];
    CHECK(line_a.indicators[0].p05 == quantiles_of(x).p05);
    CHECK(line_b.indicators[0].p95 == quantiles_of(y).p95);
    CHECK(t.p05 == order_statistic(sums, 0.05));
    CHECK(t.p50 == order_statistic(sums, 0.50));
    CHECK(t.p95 == order_statistic(sums, 0.95));
    CHECK(t.mean == Approx(line_a.indicators[0].mean + line_b.indicators[0].mean).epsilon(1e-12));
    CHECK(total.person_months == line_a.person_months + line_b.person_months);
    CHECK(total.name == "total");
    CHECK_THROWS_AS(totals.add(a, std::vector<double>(3)), std::invalid_argument);
}
