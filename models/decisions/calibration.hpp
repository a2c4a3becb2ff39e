#pragma once
// Calibration: fit the hazard levels, group factors and the inflow level so that the
// expected-value model reproduces given yearly actuals, by a Levenberg-Marquardt solve in
// log-parameter space (so parameters stay positive) on relative residuals.
//
// Each calibratable indicator moves one parameter, the one that drives it most directly:
//   integrations_total          -> hazards.integration.base
//   integrations_women          -> hazards.integration.factors.sex.female
//   integrations_single_parents -> hazards.integration.factors.single_parent.yes
//   integrations_ltr            -> hazards.integration.ltr
//   elb_avg                     -> inflow.monthly_mean
//   ltr_avg                     -> hazards.exit.ltr
//   ltr_end                     -> hazards.exit.base
// Only the parameters of the given actuals are fitted; the solve is joint, because every
// parameter moves every indicator a little.
#include <map>
#include <string>
#include <vector>

#include "models/scenario.hpp"

namespace intsim {

struct CalibrationParameter {
    std::string indicator;  ///< the actual it is paired with
    std::string pointer;    ///< JSON pointer of the parameter in a scenario document
    double start = 0;
    double fitted = 0;
};

struct CalibrationFit {
    std::string indicator;
    double actual = 0;
    double fitted = 0;  ///< expected-value model at the fitted parameters
    double relative_error() const { return actual != 0 ? fitted / actual - 1 : fitted; }
};

struct CalibrationResult {
    std::vector<CalibrationParameter> parameters;
    std::vector<CalibrationFit> fits;
    int iterations = 0;
    int model_evaluations = 0;
    bool converged = false;
};

struct CalibrationOptions {
    int max_iterations = 40;
    double tolerance = 1e-6;  ///< stop when the largest relative residual is below
};

/// Indicators calibrate() can fit, in the order above.
const std::vector<std::string>& calibratable_indicators();

/// @param actuals indicator name -> yearly actual (all names must be calibratable)
CalibrationResult calibrate(const Scenario& scenario, const std::map<std::string, double>& actuals,
                            const CalibrationOptions& options = {});

/// The scenario with the fitted parameters set.
Scenario with_parameters(const Scenario& scenario, const std::vector<CalibrationParameter>& parameters);

}  // namespace intsim
