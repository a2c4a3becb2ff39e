#pragma once
// The `optimise` section of a scenario: which measures the mix optimiser may change,
// and how far.
//   "optimise": {
//     "objective": "p_all" | "integrations",           (optional, default "p_all")
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

#include "models/scenario.hpp"

namespace intsim {

enum class MixObjective { PAllTargetsMet, Integrations };

struct OptimiseRange {
    std::string measure_id;
    std::size_t measure = 0;  ///< index into Scenario::measures
    double min = 0, max = 0, step = 1;

    std::size_t count() const;            ///< number of grid values
    double value(std::size_t i) const;    ///< min + i step
    std::size_t nearest(double x) const;  ///< grid index closest to x (clamped)
};

struct OptimiseSection {
    MixObjective objective = MixObjective::PAllTargetsMet;
    std::vector<OptimiseRange> ranges;
};

constexpr std::size_t kMaxOptimisedMeasures = 12;
constexpr std::size_t kMaxGridValues = 1000;  ///< per measure

/// Reads document["optimise"] (empty when absent), checked against the scenario.
/// @throw InputError naming `file` and the JSON pointer of the first problem
std::optional<OptimiseSection> parse_optimise_section(const nlohmann::json& document, const std::string& file,
                                                      const Scenario& scenario);

const char* objective_name(MixObjective objective);

}  // namespace intsim
