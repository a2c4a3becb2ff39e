#pragma once
// Calibration that the Monte Carlo confirms. The expected-value model approximates the
// Monte Carlo where people return to benefit (returners are put back as if they had no
// gap) and where capacity binds, so parameters that make the expected model meet a
// figure can leave the Monte Carlo mean a per cent or two away. Each round fits the
// expected model (calibrate()), runs the Monte Carlo with the fitted parameters and
// compares its means with the actuals; a figure missed by more than
// max(0.5 %, 2 Monte Carlo standard errors) corrects the expected model's target by the
// measured bias (target *= actual / Monte Carlo mean), and the next round refits. Every
// round runs the same seed, so the rounds differ by the parameters, not by chance.
//
// Fit and check are of the scenario at its central levels: without the spreads of the
// year's levels and measure_effect_sd (published effects keep their ranges). The base-year figures are the year that
// happened, so its level is the centre the spreads of later years are drawn around
// (the written scenario keeps its spreads; with them a run's means lie above the centre
// by the lognormal's E[exp(sd z)] - 1, 0.2 % for the national integration spread). And
// without the spreads the Monte Carlo's standard error is chance alone: a few hundred
// replications pin a figure to a few tenths of a per cent, where the level spread would
// leave it uncertain to about 6.7 % / sqrt(replications) and the rounds would chase it.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "decisions/calibrate/calibration.hpp"
#include "engine/runner.hpp"

namespace intsim {

/// A figure missed by at most this (relative) is met, unless its Monte Carlo standard
/// error is larger: then twice that.
constexpr double kMonteCarloTolerance = 5e-3;

struct FigureCheck {
    std::string figure;
    double actual = 0;
    double target = 0;     ///< what the expected model was fitted to in this round
    double expected = 0;   ///< the expected model at the fitted parameters
    double mc_mean = 0, mc_se = 0, mc_p05 = 0, mc_p95 = 0;
    double tolerance() const;  ///< absolute: max(0.5 % of the actual, 2 mc_se)
    bool met() const;
    double mc_error() const { return mc_mean / actual - 1; }
};

struct CalibrationRound {
    CalibrationResult fit;
    std::vector<FigureCheck> checks;   ///< in calibratable_indicators() order
    std::vector<FigureCheck> watched;  ///< figures shown beside the fit, not fitted and not in met()
    bool met() const;
};

struct MonteCarloCalibrationOptions {
    std::uint64_t replications = 200;
    std::uint32_t seed = 1;
    int max_rounds = 4;
    Pairing pairing;  ///< see calibrate()
    std::map<std::string, double> watched;  ///< indicator -> actual, compared but not fitted
    RunControl control;
};

struct MonteCarloCalibration {
    std::vector<CalibrationRound> rounds;
    /// The expected model could not come within kMonteCarloTolerance of a figure: no
    /// Monte Carlo ran for this fit, and no correction of targets can help.
    std::optional<CalibrationResult> unreachable;
    const CalibrationRound& last() const { return rounds.back(); }
    bool met() const { return !unreachable && !rounds.empty() && last().met(); }
};

/// Rounds of fit and Monte Carlo check until every figure is met or `max_rounds` ran, or
/// a fit that cannot reach a figure ends them.
/// @param on_round called after each round (progress, printing)
MonteCarloCalibration calibrate_against_monte_carlo(
    const Scenario& scenario, const std::map<std::string, double>& actuals,
    const MonteCarloCalibrationOptions& options,
    const std::function<void(const CalibrationRound&)>& on_round = {});

}  // namespace intsim
