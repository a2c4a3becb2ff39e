#pragma once
// A jobcenter's scenarios from its key figures: the base year (the year the figures are
// from, to be calibrated to them) and the plan year that extends it (the programme, the
// targets, the money). Everything the key figures do not say comes from
// model/national_defaults and decisions/setup/measure_types and is written into the
// scenarios with its source or marked as an assumption. Returns documents; reads and
// writes no files (cli/init_command does).
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "decisions/calibrate/calibration.hpp"
#include "decisions/setup/eligibility_expression.hpp"
#include "decisions/setup/key_figures.hpp"

namespace intsim {

/// What the set-up assumed, as data: the words are the report's (report/calibration_report.hpp).
struct SetupNote {
    enum class Kind {
        GroupAllOrNone,   ///< a group that is everyone or no one: its factor stays 1, `figure` is checked
        LtrEndChecked,    ///< the LZB stock of December before is given: the LZB year end is checked
        LtrStartFitted,   ///< the start LZB share is fitted to the LZB year end
        NewcomersGiven,   ///< the eLb average fits the other-exit level
        NewcomersFitted,  ///< the eLb average fits the newcomers a month
        /// init's own figure choice tells some parameters apart only weakly: the prior
        /// decides that direction (`figures`, `parameters`, `weakest`)
        WeaklyIdentified,
    };
    Kind kind = Kind::LtrStartFitted;
    std::string figure;  ///< GroupAllOrNone: "integrations_women" or "integrations_single_parents"
    bool all = false;    ///< GroupAllOrNone: everyone (else no one)
    std::vector<std::string> figures, parameters;  ///< WeaklyIdentified: the weakest direction's
    double weakest = 0;  ///< WeaklyIdentified: how much it moves the figures (relative)

    /// A note that says no more than its kind (the LZB and the newcomers' notes).
    static SetupNote of(Kind kind) { return {kind, "", false, {}, {}, 0.0}; }
    /// GroupAllOrNone: `figure`'s group is everyone (`all`) or no one.
    static SetupNote group_all_or_none(std::string figure, bool all) {
        return {Kind::GroupAllOrNone, std::move(figure), all, {}, {}, 0.0};
    }
    /// WeaklyIdentified: the weakest direction's figures and parameters, and how little it moves them.
    static SetupNote weakly_identified(std::vector<std::string> figures, std::vector<std::string> parameters,
                                       double weakest) {
        return {Kind::WeaklyIdentified, "", false, std::move(figures), std::move(parameters), weakest};
    }
};

struct JobcenterSetup {
    std::string base_file, plan_file;  ///< file names, e.g. "musterstadt-2024.json"
    nlohmann::json base_year;          ///< a complete scenario, parameters at their start values
    nlohmann::json plan_year;          ///< a patch: {"extends": base_file, ...}
    std::map<std::string, double> figures;  ///< the base year's figures to calibrate to
    Pairing pairing;                        ///< figures that free another parameter than usual
    std::map<std::string, double> checks;   ///< base-year figures shown beside the fit, not fitted
    std::vector<SetupNote> notes;           ///< what the set-up assumed, for the console
};

/// @throw InputError naming the key-figure file (or the measure table) for figures that
///        cannot make a scenario (an eligibility that names no attribute, ...)
JobcenterSetup set_up_jobcenter(const KeyFigures& key_figures);

/// Writes the fitted parameters into the base-year scenario, each with where it came from.
void write_fitted_parameters(nlohmann::json& base_year, const std::vector<CalibrationParameter>& parameters,
                             const KeyFigures& key_figures);

}  // namespace intsim
