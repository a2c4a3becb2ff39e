#include "cli/scenario_loading.hpp"

#include <fmt/format.h>

#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "model/measure_patches.hpp"

namespace intsim {

LoadedScenario load_scenario(const std::string& file, const std::vector<std::string>& sets) {
    const ResolvedDocument document = load_document(file, sets);
    LoadedScenario loaded;
    loaded.file = file;
    loaded.resolved = document.json;
    loaded.provenance = document.provenance;
    loaded.sha256 = sha256_hex(canonical_dump(document.json));
    check_measures_from_patches(document.json, document.provenance);
    // Errors in a merged document name the file the user gave; for a key inherited from a
    // parent the pointer still finds it there.
    loaded.scenario = parse_scenario(document.json, file, &loaded.defaults);
    loaded.optimise = parse_optimise_section(document.json, file, loaded.scenario);
    return loaded;
}

}  // namespace intsim
