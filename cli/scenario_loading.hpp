#pragma once
// scenario file -> resolved JSON (extends, --set) -> typed Scenario -> Model.
#include <nlohmann/json.hpp>

#include <cstdint>
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

/// Refuses (InputError naming `file`) a model whose replications, `workers` at a time,
/// would need more memory than the machine has: better a message now than the kernel's
/// out-of-memory killer an hour into the run.
void check_fits_in_memory(const std::string& file, const Model& model, std::uint64_t workers);

}  // namespace intsim
