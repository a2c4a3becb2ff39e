#pragma once
// What `intsim calibrate` and `intsim init` print about a calibration: which figures
// inform which parameters (before the fit), each round's Monte Carlo check, and the
// final figures and parameters.
#include <string>

#include "decisions/calibrate/calibration.hpp"
#include "decisions/calibrate/calibration_rounds.hpp"
#include "decisions/setup/jobcenter_setup.hpp"
#include "report/glossary.hpp"

namespace intsim {

/// Rows: figures; columns: the parameters; cells: the figure's change in per cent when
/// the parameter moves by one prior sd (blank below 0.1 %). Then the weakest direction.
std::string identification_table(const Identification& identification, Language language = Language::En);

/// What init's set-up assumed (decisions/setup/jobcenter_setup.hpp), in `language`.
std::string setup_note_text(const SetupNote& note, Language language = Language::En);

/// One line per round: the figures the Monte Carlo missed and by how much.
std::string calibration_round_line(const CalibrationRound& round, int number, Language language = Language::En);

/// Actual, expected-model target and fit, Monte Carlo mean with its error and the
/// tolerance, then the parameters from start to fit with their bounds.
std::string calibration_summary(const MonteCarloCalibration& calibration, Language language = Language::En);

}  // namespace intsim
