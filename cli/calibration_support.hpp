#pragma once
// What `intsim calibrate` and `intsim init` share around a calibration: refusing figure
// sets that cannot identify their parameters and calibrations the Monte Carlo does not
// confirm (exit 2, naming the figures, nothing written), and the last check before a
// scenario file is written (it must load as `validate` would load it).
#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "decisions/calibrate/calibration.hpp"
#include "decisions/calibrate/calibration_rounds.hpp"

namespace intsim {

/// Where a figure stands in the file that gave it (default "/" + the indicator name).
using FigurePointer = std::function<std::string(const std::string& figure)>;

/// @throw InputError naming `figures_file` and the figures of the weakest direction
void refuse_unidentified(const Identification& identification, const std::string& figures_file,
                         const FigurePointer& pointer_of = {});

/// @throw InputError naming `figures_file` and the figure missed most
void refuse_unmet(const MonteCarloCalibration& calibration, const std::string& figures_file,
                  const FigurePointer& pointer_of = {});

/// `document` (a scenario, or a patch that extends `parent`, the parent's resolved JSON)
/// must load as a scenario: parse_scenario and build_model accept it.
/// @throw std::logic_error (an internal error, exit code 1) when they do not: intsim must
///        never write a scenario that validate refuses
void check_loads_as_scenario(const nlohmann::json& parent, const nlohmann::json& document, const std::string& file);

}  // namespace intsim
