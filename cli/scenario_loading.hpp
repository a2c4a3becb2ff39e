#pragma once
// scenario file -> resolved JSON (extends, --set) -> typed Scenario -> Model.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "decisions/optimise/optimise_section.hpp"
#include "engine/provenance.hpp"
#include "model/model.hpp"

namespace intsim {

struct LoadedScenario {
    std::string file;
    nlohmann::json resolved;  ///< after extends and --set
    Provenance provenance;    ///< which file or --set wrote each value of `resolved`
    DefaultLog defaults;      ///< the values parse_scenario took as defaults
    std::string sha256;       ///< of the canonical resolved JSON
    Scenario scenario;
    std::optional<OptimiseSection> optimise;  ///< the `optimise` section, checked; empty when absent
};

LoadedScenario load_scenario(const std::string& file, const std::vector<std::string>& sets);

}  // namespace intsim
