#pragma once
// Measures that a patch brings in. A variant names measures by id; a misspelt id
// ("aktivierungszentrumm") would otherwise be a new measure with only the fields the
// patch gives and defaults for the rest (one month long, free of charge). So a measure
// that the root file of an `extends` chain does not have, introduced by a child file or
// a --set, must say what every measure needs; a brand-new measure defined in full in a
// variant stays allowed.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "engine/provenance.hpp"

namespace intsim {

/// The keys a measure defined by `definition` lacks of what it needs: "capacity";
/// "duration_months" unless its entrants leave benefit on entry; "cost" unless
/// "funded_by" is "third_party". Empty when it has all.
std::vector<std::string> missing_measure_essentials(const nlohmann::json& definition);

/// @throw InputError naming the file (or --set) that introduced an incomplete measure,
///        its pointer, what it lacks and the nearest id of the measures before it
void check_measures_from_patches(const nlohmann::json& resolved, const Provenance& provenance);

}  // namespace intsim
