#pragma once
// What `compare` and `optimise` judge a scenario by over a horizon of several calendar
// years (docs/years.md):
//
//   NAME[@PERIOD]
//   NAME    an indicator of the catalogue (integrations_total, ltr_end, ...) or
//           p_all_targets_met (all targets met in the same replication)
//   PERIOD  all         the whole horizon as one period (indicators; their default)
//           first, last the first or last calendar year of the horizon
//           2023        a calendar year of the horizon
//           every_year  every target of every year with targets (p_all_targets_met; its default)
//
// e.g. integrations_total@all, ltr_end@last, p_all_targets_met@every_year,
// integrations_total@2023. The optimiser's former names stay valid: "p_all" is
// p_all_targets_met@every_year, "integrations" is integrations_total@all; for a 12-month
// horizon starting in January every period is the one year, so they mean what they meant.
#include <cstddef>
#include <string>
#include <vector>

#include "decisions/replication_values.hpp"
#include "model/indicator_catalogue.hpp"
#include "model/scenario.hpp"

namespace intsim {

enum class ObjectivePeriod {
    All,        ///< the whole horizon as one period
    Year,       ///< one calendar year
    EveryYear,  ///< every year with targets, in the same replication
};

struct HorizonObjective {
    std::string indicator = "integrations_total";  ///< a catalogue name, or "p_all_targets_met"
    ObjectivePeriod period = ObjectivePeriod::All;
    std::size_t year = 0;   ///< index into Model::years, for ObjectivePeriod::Year
    int calendar_year = 0;  ///< the year itself, for ObjectivePeriod::Year
    Direction direction = Direction::Higher;

    bool is_probability() const { return indicator == kAllTargetsMet; }
    std::string text() const;  ///< canonical: "integrations_total@2023", "ltr_end@all"

    static constexpr const char* kAllTargetsMet = "p_all_targets_met";
};

/// Reads an objective against the scenario's calendar years and targets. An indicator's
/// direction is that year's target's, else its own; an indicator with neither, a year
/// outside the horizon and p_all_targets_met of a period without targets are refused.
/// @throw InputError(file, pointer, ...) with the nearest valid name for an unknown one
HorizonObjective parse_objective(const std::string& text, const Scenario& scenario, const std::string& file,
                                 const std::string& pointer);

/// The objective in each replication: the indicator's value, or 1 / 0 for targets met.
std::vector<double> objective_values(const HorizonObjective& objective, const ReplicationValues& values);

}  // namespace intsim
