#pragma once
// Plausibility before computing: a jobcenter's figures against what jobcenters have shown
// (docs/evidence/plausibility.md gives each range and where it comes from). A figure no
// jobcenter can have (more integrations in a year than eLb on average) is refused before
// any calibration; one outside what jobcenters have shown is a warning that init and
// calibrate print and init repeats in the plan's report. Findings are data: the words are
// the report's (report/plausibility_text.hpp), in English or German.
#include <map>
#include <string>
#include <vector>

#include "decisions/setup/key_figures.hpp"

namespace intsim {

enum class PlausibilityCheck {
    IntegrationRate,            ///< K2: integrations / eLb average
    WomenIntegrationRate,       ///< K2 of women: their integrations / their average stock
    SingleParentIntegrationRate,///< K2E4: single parents' integrations / their average stock
    LtrIntegrationRate,         ///< K3E1: integrations of LZB / LZB average
    LtrShare,                   ///< LZB average / eLb average
    NewcomersPerElb,            ///< newcomers a month / eLb average
    CostPerMonth,               ///< a measure's cost per slot-month or participant-month
    CostPerEntry,               ///< a measure's cost per entry
};

struct PlausibilityRange {
    double warn_below = 0, warn_above = 0;  ///< outside: implausible (a warning)
    double refuse_above = 0;                ///< above: impossible (refused); 0 = never refused
};

/// The range of a check (percent for rates and shares, euros for costs).
const PlausibilityRange& plausibility_range(PlausibilityCheck check);

struct PlausibilityFinding {
    PlausibilityCheck check{};
    bool refused = false;
    double value = 0;          ///< in the range's unit
    std::string file;          ///< where the figure stands,
    std::string pointer;       ///< "/integrations/total", "line 4, column 7"
    std::string subject;       ///< the measure's id, for costs; else ""
};

/// The figures of the key-figure file, checked; refusals first.
std::vector<PlausibilityFinding> check_key_figures(const KeyFigures& k);

/// Yearly actuals by indicator (calibrate), checked where the figures a ratio needs are
/// given; the pointer names the numerator's indicator.
std::vector<PlausibilityFinding> check_yearly_actuals(const std::map<std::string, double>& actuals,
                                                      const std::string& file);

}  // namespace intsim
