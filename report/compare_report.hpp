#pragma once
// compare.json (docs/compare.schema.json) and the table `intsim compare` prints.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "models/decisions/paired_comparison.hpp"
#include "report/decision_report_support.hpp"

namespace intsim {

/// @param scenarios BASE first, then the variants in the order of comparison.variants
nlohmann::json comparison_to_json(const Comparison& comparison, const std::vector<ScenarioIdentity>& scenarios,
                                  const RunFacts& facts, const std::string& version);

std::string comparison_table(const Comparison& comparison, const RunFacts& facts);

}  // namespace intsim
