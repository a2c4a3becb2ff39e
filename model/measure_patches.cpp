#include "model/measure_patches.hpp"

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"

namespace intsim {

std::vector<std::string> missing_measure_essentials(const nlohmann::json& definition) {
    std::vector<std::string> missing;
    if (!definition.is_object()) return missing;  // parse_scenario says what a measure must be
    const auto flag = [&](const char* key) {
        const auto it = definition.find(key);
        return it != definition.end() && it->is_boolean() && it->get<bool>();
    };
    if (!definition.contains("capacity")) missing.push_back("capacity");
    if (!definition.contains("duration_months") && !(flag("integration_on_entry") && flag("leaves_benefit")))
        missing.push_back("duration_months");
    const auto funded = definition.find("funded_by");
    const bool third_party = funded != definition.end() && *funded == "third_party";
    if (!definition.contains("cost") && !third_party) missing.push_back("cost");
    return missing;
}

void check_measures_from_patches(const nlohmann::json& resolved, const Provenance& provenance) {
    const auto measures = resolved.find("measures");
    if (measures == resolved.end() || !measures->is_object() || provenance.layers.empty()) return;
    // Ids by the layer that introduced them; the root file's are the established ones.
    std::vector<std::string> earlier_ids;
    struct Introduced {
        std::string id;
        std::size_t layer;
    };
    std::vector<Introduced> introduced;
    for (const auto& item : measures->items()) {
        if (is_documentation_key(item.key()) || item.value().is_null()) continue;
        const auto& writers = provenance.writers_of("/measures/" + escape_pointer_token(item.key()));
        if (writers.empty() || writers.front() == 0) earlier_ids.push_back(item.key());
        else introduced.push_back({item.key(), writers.front()});
    }
    for (const Introduced& m : introduced) {
        const std::vector<std::string> missing = missing_measure_essentials(measures->at(m.id));
        if (missing.empty()) continue;
        std::vector<std::string> before = earlier_ids;
        for (const Introduced& other : introduced)
            if (other.layer < m.layer) before.push_back(other.id);
        const std::string near = nearest_key(m.id, before);
        const ProvenanceLayer& layer = provenance.layers[m.layer];
        // A --set names no file: the message names the user's file and the override.
        std::string file = layer.source, prefix;
        if (!layer.is_file) {
            for (const auto& l : provenance.layers)
                if (l.is_file && l.role.empty()) file = l.source;
            prefix = layer.source + ": ";
        }
        std::string quoted;
        for (std::size_t i = 0; i < missing.size(); ++i)
            quoted += fmt::format("{}\"{}\"", i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ", missing[i]);
        throw InputError(
            file, "/measures/" + escape_pointer_token(m.id),
            fmt::format("{}\"{}\" is not a measure of the scenario{}{}; as a new measure it lacks {} "
                        "(a new measure needs capacity, duration_months and, unless \"funded_by\" is "
                        "\"third_party\", cost)",
                        prefix, m.id, layer.is_file ? " it extends" : "", near.empty() ? "" : " (did you mean \"" + near + "\"?)", quoted));
    }
}

}  // namespace intsim
