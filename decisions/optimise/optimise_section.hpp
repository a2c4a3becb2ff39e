#pragma once
// The `optimise` section of a scenario: which measures the mix optimiser may change,
// and how far.
//   "optimise": {
//     "objective": "integrations_total@all",        (optional, default "p_all"; see horizon_objective.hpp)
//     "measures": {
//       "aktivierungszentrum": {"min": 200, "max": 300, "step": 25},
//       "egz": {"min": 80, "max": 160, "step": 20}
//     }
//   }
// min, max and step are in the measure's capacity unit: slots, entries per year (whole
// numbers) or euros (for budget-limited measures).
#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "decisions/horizon_objective.hpp"
#include "model/scenario.hpp"

namespace intsim {


struct OptimiseRange {
    std::string measure_id;
    std::size_t measure = 0;  ///< index into Scenario::measures
    double min = 0, max = 0, step = 1;
    /// Entries a year employers take up (MeasureSpec::employer_ceiling) where it ends the
    /// range: `max` is then the last grid value at or below it.
    std::optional<double> ceiling;

    std::size_t count() const;            ///< number of grid values
    double value(std::size_t i) const;    ///< min + i step
    std::size_t nearest(double x) const;  ///< grid index closest to x (clamped)
};

struct OptimiseSection {
    /// What the search maximises (or minimises, for lower-is-better indicators), as
    /// written: "p_all" (p_all_targets_met@every_year, the default) or any objective of
    /// decisions/horizon_objective.hpp, checked against the scenario (p_all only by
    /// the command, which may be told another objective for a scenario without targets).
    std::string objective_text = "p_all";
    std::vector<OptimiseRange> ranges;
};

constexpr std::size_t kMaxOptimisedMeasures = 12;
constexpr std::size_t kMaxGridValues = 1000;  ///< per measure

/// Reads document["optimise"] (empty when absent), checked against the scenario.
/// @throw InputError naming `file` and the JSON pointer of the first problem
std::optional<OptimiseSection> parse_optimise_section(const nlohmann::json& document, const std::string& file,
                                                      const Scenario& scenario);


}  // namespace intsim
