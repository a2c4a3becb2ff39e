#include "cli/scenario_loading.hpp"

#include "engine/document.hpp"
#include "engine/input_error.hpp"

namespace intsim {

LoadedScenario load_scenario(const std::string& file, const std::vector<std::string>& sets) {
    ResolvedDocument document = load_document(file);
    for (const auto& assignment : sets) {
        try {
            apply_set(document.json, assignment);
        } catch (const InputError& e) {
            throw InputError(file, e.pointer(), std::string("--set ") + assignment + ": " +
                                                    (e.pointer().empty() ? e.what() : "no such object"));
        }
    }
    LoadedScenario loaded;
    loaded.file = file;
    loaded.resolved = document.json;
    loaded.sha256 = sha256_hex(canonical_dump(document.json));
    // Errors in a merged document name the file the user gave; for a key inherited from a
    // parent the pointer still finds it there.
    loaded.scenario = parse_scenario(document.json, file);
    loaded.optimise = parse_optimise_section(document.json, file, loaded.scenario);
    return loaded;
}

}  // namespace intsim
