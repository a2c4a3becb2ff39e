#include "decisions/calibrate/calibration_rounds.hpp"

#include <algorithm>
#include <cmath>

#include "model/build_model.hpp"
#include "montecarlo/projection.hpp"

namespace intsim {

double FigureCheck::tolerance() const { return std::max(kMonteCarloTolerance * std::abs(actual), 2 * mc_se); }

bool FigureCheck::met() const { return std::abs(mc_mean - actual) <= tolerance(); }

bool CalibrationRound::met() const {
    return std::all_of(checks.begin(), checks.end(), [](const FigureCheck& c) { return c.met(); });
}

namespace {

// The scenario at its central levels (see the header).
Scenario without_spreads(Scenario s) {
    s.integration_sd = s.exit_sd = s.inflow_sd = s.measure_effect_sd = 0;
    s.integration_drift_sd = s.exit_drift_sd = s.inflow_drift_sd = 0;
    return s;
}

}  // namespace

MonteCarloCalibration calibrate_against_monte_carlo(const Scenario& scenario_with_spreads,
                                                    const std::map<std::string, double>& actuals,
                                                    const MonteCarloCalibrationOptions& options,
                                                    const std::function<void(const CalibrationRound&)>& on_round) {
    const Scenario scenario = without_spreads(scenario_with_spreads);
    MonteCarloCalibration out;
    std::map<std::string, double> targets = actuals;
    CalibrationOptions fit_options;
    fit_options.pairing = options.pairing;
    for (int round = 0; round < std::max(options.max_rounds, 1); ++round) {
        CalibrationRound r;
        r.fit = calibrate(scenario, targets, fit_options);
        for (const CalibrationFit& f : r.fit.fits)
            if (std::abs(f.relative_error()) > kMonteCarloTolerance) out.unreachable = r.fit;
        if (out.unreachable) break;
        ProjectionOptions projection;
        projection.replications = options.replications;
        projection.seed = options.seed;
        projection.control = options.control;
        const Results mc = project(build_model(with_parameters(scenario, r.fit.parameters)), projection);
        for (const CalibrationFit& f : r.fit.fits) {
            const Summary& s = mc.indicator(f.figure).summary;
            r.checks.push_back({f.figure, actuals.at(f.figure), f.target, f.fitted, s.mean, s.mc_se, s.p05, s.p95});
        }
        for (const auto& [name, actual] : options.watched) {
            const Summary& s = mc.indicator(name).summary;
            r.watched.push_back({name, actual, actual, s.mean, s.mean, s.mc_se, s.p05, s.p95});
        }
        out.rounds.push_back(r);
        if (on_round) on_round(out.rounds.back());
        if (out.rounds.back().met()) break;
        // The Monte Carlo's bias against the expected model, measured at this fit, moves
        // the expected model's target; the next round starts from this round's fit.
        for (const FigureCheck& c : out.rounds.back().checks)
            if (c.mc_mean > 0) targets[c.figure] = c.target * c.actual / c.mc_mean;
        fit_options.warm_start.clear();
        for (const CalibrationParameter& p : out.rounds.back().fit.parameters) fit_options.warm_start[p.pointer] = p.fitted;
    }
    return out;
}

}  // namespace intsim
