#pragma once
// Calibration: fit hazard levels, group factors and the inflow level so that the
// expected-value model reproduces given yearly figures.
//
// Each figure frees one parameter, by default the one that drives it most directly:
//   integrations_total          -> hazards.integration.base
//   integrations_women          -> hazards.integration.factors.sex.female
//   integrations_single_parents -> hazards.integration.factors.single_parent.yes
//   integrations_ltr            -> hazards.integration.ltr
//   elb_avg                     -> inflow.monthly_mean
//   ltr_avg                     -> hazards.exit.ltr (the slope of the LZB stock)
//   ltr_end                     -> population.ltr_share (given the average, the year end
//                                  tells where the LZB stock started)
// A caller may pair a figure with another parameter (init pairs elb_avg with
// hazards.exit.base when the inflow is known). The year end does not pair with the
// exit base: the LZB average and year end move with the exit base and the LZB exit
// factor in almost the same proportions, so that pair cannot tell them apart (that fit
// ran off to 1e-9 and 2.8e6).
//
// The fit is joint (every parameter moves every figure a little) and a maximum a
// posteriori estimate in log-parameters: the figures' relative misses, each weighed as a
// measurement good to kFigureTolerance, plus a prior that pulls every parameter toward
// its start (the scenario's value) with the parameter's stated uncertainty (a log-scale
// sd), within bounds that parse_scenario accepts. Where the figures pin a parameter the
// prior changes nothing measurable; where they hardly move it the prior keeps it sane.
// identify() says beforehand which figures inform which parameters and finds sets that
// cannot identify them.
#include <map>
#include <string>
#include <vector>

#include "model/scenario.hpp"

namespace intsim {

/// Figure -> parameter pointer, overriding the default pairing above.
using Pairing = std::map<std::string, std::string>;

/// Relative miss of a figure that weighs as much as one prior sd of a parameter.
constexpr double kFigureTolerance = 1e-3;

struct CalibrationParameter {
    std::string figure;   ///< the figure that frees it
    std::string pointer;  ///< JSON pointer of the parameter in a scenario document
    double start = 0;     ///< the scenario's value: the centre of the prior
    double prior_log_sd = 1;
    double lower = 0, upper = 0;  ///< bounds, inside what parse_scenario and build_model accept
    double fitted = 0;
    /// The fit ended on a bound (the figures wanted more than the bound allows).
    bool at_bound() const;
};

struct CalibrationFit {
    std::string figure;
    double target = 0;  ///< what the expected model was fitted to
    double fitted = 0;  ///< the expected model at the fitted parameters
    double relative_error() const { return target != 0 ? fitted / target - 1 : fitted; }
};

struct CalibrationResult {
    std::vector<CalibrationParameter> parameters;
    std::vector<CalibrationFit> fits;
    int iterations = 0;
    int model_evaluations = 0;
    bool converged = false;  ///< every figure within options.tolerance of its target
};

struct CalibrationOptions {
    int max_iterations = 60;
    double tolerance = kFigureTolerance;  ///< relative miss of every figure that counts as met
    /// Where the search starts, by parameter pointer (e.g. the previous round's fit);
    /// the prior stays centred on the scenario's values. Empty: start at the prior.
    std::map<std::string, double> warm_start;
    Pairing pairing;
};

/// Figures calibrate() can fit, in the order above.
const std::vector<std::string>& calibratable_indicators();

/// The parameters `figures` free, with their start (the scenario's value), prior sd and
/// bounds. @throw std::invalid_argument for a figure that cannot be calibrated, or two
///        figures paired with one parameter
std::vector<CalibrationParameter> calibration_parameters(const Scenario& scenario,
                                                         const std::vector<std::string>& figures,
                                                         const Pairing& pairing = {});

/// Which figures inform which parameters, at the start.
struct Identification {
    std::vector<std::string> figures;     ///< in calibratable_indicators() order
    std::vector<CalibrationParameter> parameters;
    /// [figure][parameter]: relative change of the figure when the parameter moves by one
    /// prior sd (its log by prior_log_sd).
    std::vector<std::vector<double>> response;
    /// The weakest combination: the smallest singular value of `response`, i.e. how much
    /// the figures move at most when the parameters move together by one prior sd in the
    /// direction the figures see least.
    double weakest = 0;
    std::vector<std::string> weak_figures;    ///< the figures that direction is about
    std::vector<std::string> weak_parameters; ///< the parameters that move in it
    /// The figures tell the parameters apart: `weakest` is at least kIdentifiable.
    bool identified = true;
};

/// A one-sd move of the parameters must move the figures by at least this (relative):
/// below it, the figures say less about that combination than the prior and than their
/// own year-to-year chance.
constexpr double kIdentifiable = 5e-3;

Identification identify(const Scenario& scenario, const std::vector<std::string>& figures,
                        const Pairing& pairing = {});

/// @param targets figure name -> yearly value for the expected model (all calibratable)
CalibrationResult calibrate(const Scenario& scenario, const std::map<std::string, double>& targets,
                            const CalibrationOptions& options = {});

/// The scenario with the fitted parameters set.
Scenario with_parameters(const Scenario& scenario, const std::vector<CalibrationParameter>& parameters);

}  // namespace intsim
