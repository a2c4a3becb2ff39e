#pragma once
// `intsim validate --explain`: the resolved scenario, one value a line, each with where
// it came from: the file that set it (the user's file, an `extends` ancestor), a --set
// override, or a default the scenario did not give (with its documented reason).
#include <nlohmann/json.hpp>

#include <string>

#include "engine/json_reader.hpp"
#include "engine/provenance.hpp"

namespace intsim {

std::string explain_scenario(const nlohmann::json& resolved, const Provenance& provenance,
                             const DefaultLog& defaults);

}  // namespace intsim
