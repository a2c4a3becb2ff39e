// Coverage backtest: are the 90 % intervals of a projection right 90 % of the time?
//
// Truth: a jobcenter whose yearly levels (integration, other exit, inflow) follow a
// random walk: each year's level is last year's times an independent lognormal factor
// with the scenario's spread (median 1). In trial t:
//   1. year 1 is one Monte Carlo replication of the true model: the "observed" year;
//   2. intsim calibrate fits the expected-value model to that year's integrations,
//      average eLb and average LZB stock, starting from the prior parameters;
//   3. the calibrated scenario is projected (Monte Carlo, with the scenario's spreads):
//      90 % interval = [p05, p95];
//   4. year 2 is drawn from the truth: the year-1 levels times new factors;
//   5. hit if year 2's value lies in the interval.
// Simplification, stated: year 2 starts from the same start stock as year 1, so the
// test checks the level and chance parts of the uncertainty, not the carry-over of a
// stock that drifted in year 1.
#include <catch2/catch.hpp>

#include <cmath>

#include "decisions/calibrate/calibration.hpp"
#include "model/build_model.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

nlohmann::json backtest_scenario() {
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 6000;
    doc["inflow"] = {{"monthly_mean", 200}};
    doc["hazards"]["integration"] = {{"base", 0.035}, {"factors", {{"sex", {{"female", 0.6}}}}}, {"ltr", 0.5}};
    doc["hazards"]["exit"] = {{"base", 0.03}, {"ltr", 0.4}};
    doc["hazards"]["stays_in_benefit_share"] = 0.5;
    doc["uncertainty"].update({{"integration_sd", 0.06}, {"exit_sd", 0.05}, {"inflow_sd", 0.08}});
    return doc;
}

const char* const kIndicators[] = {"integrations_total", "elb_avg", "ltr_avg"};

}  // namespace

TEST_CASE("coverage backtest: 90 % intervals contain the truth about 90 % of the time", "[backtest][statistical]") {
    const Scenario prior = parse_scenario(backtest_scenario(), "backtest.json");
    const Model truth_model = build_model(prior);
    const TallyLayout layout = tally_layout(truth_model);
    constexpr int trials = 150;
    int hits[3] = {0, 0, 0};
    Workspace workspace;
    std::vector<double> tally(layout.size());
    for (int t = 0; t < trials; ++t) {
        // 1. The observed year.
        const StreamKey year1{1000, static_cast<std::uint32_t>(t)};
        simulate_replication(truth_model, year1, workspace, tally);
        const auto observed = replication_indicators(truth_model, layout, tally);
        std::map<std::string, double> actuals;
        for (const char* name : kIndicators) {
            const auto i = static_cast<std::size_t>(std::find(indicator_names().begin(), indicator_names().end(), name) -
                                                    indicator_names().begin());
            actuals[name] = observed[i];
        }
        // 2. Calibrate; 3. project.
        const CalibrationResult fit = calibrate(prior, actuals);
        REQUIRE(fit.fits.size() == 3);
        ProjectionOptions options;
        options.replications = 200;
        options.seed = 2000 + static_cast<std::uint32_t>(t);
        const Results projection = project(build_model(with_parameters(prior, fit.parameters)), options);
        // 4. The true next year: this year's levels times new random factors.
        const LevelFactors levels = draw_replication_factors(truth_model, year1).levels[0];
        Scenario next = prior;
        next.integration.base *= levels.integration;
        next.exit.base *= levels.exit;
        next.inflow_monthly_mean *= levels.inflow;
        const Model next_model = build_model(next);
        simulate_replication(next_model, {3000, static_cast<std::uint32_t>(t)}, workspace, tally);
        const auto truth = replication_indicators(next_model, layout, tally);
        // 5. Hits.
        for (int k = 0; k < 3; ++k) {
            const auto i = static_cast<std::size_t>(
                std::find(indicator_names().begin(), indicator_names().end(), kIndicators[k]) - indicator_names().begin());
            const Summary& s = projection.indicator(kIndicators[k]).summary;
            hits[k] += truth[i] >= s.p05 && truth[i] <= s.p95;
        }
    }
    // With 150 trials a true coverage of 0.90 gives a binomial sd of 0.0245; we accept
    // [0.80, 0.97], i.e. about 4 sd below and 3 sd above: a coverage of 80 % or less
    // (intervals far too narrow) fails, and the false-alarm rate stays below 1e-3.
    for (int k = 0; k < 3; ++k) {
        const double coverage = hits[k] / static_cast<double>(trials);
        INFO(kIndicators[k] << " coverage " << coverage);
        WARN(kIndicators[k] << ": 90 % interval coverage " << coverage << " over " << trials << " trials");
        CHECK(coverage >= 0.80);
        CHECK(coverage <= 0.97);
    }
}
