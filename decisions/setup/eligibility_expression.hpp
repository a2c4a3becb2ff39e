#pragma once
// The eligibility column of the measure table: conditions joined by '+' ("ltr+u25",
// "profile=market|support", "new:3"), checked against the attributes the key figures
// set up, as a scenario's `eligible` object.
#include <nlohmann/json.hpp>

#include <string>

#include "decisions/setup/key_figures.hpp"

namespace intsim {

/// @throw InputError naming the row's file and line (or JSON pointer) and its column "eligible"
nlohmann::json eligibility_of(const std::string& expression, const MeasureRow& row, const KeyFigures& key_figures);

}  // namespace intsim
