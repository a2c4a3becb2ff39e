#include "engine/catalogue.hpp"

#include <filesystem>
#include <vector>

#include "engine/input_error.hpp"
#include "engine/json_file.hpp"
#include "engine/json_reader.hpp"

namespace intsim {

namespace {

constexpr const char* kReference = "from_catalogue";

// The catalogue's entries, checked: an object of objects that refer to nothing themselves.
nlohmann::json read_entries(const std::string& file, const std::string& referring_file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw InputError(referring_file, "/catalogue", "catalogue file \"" + file + "\" does not exist");
    const nlohmann::json catalogue = parse_json_file(file);
    if (!catalogue.is_object()) throw InputError(file, "/", "expected a JSON object with \"entries\"");
    for (const auto& item : catalogue.items())
        if (item.key() != "entries" && item.key() != "description" && !is_documentation_key(item.key()))
            throw InputError(file, "/" + escape_pointer_token(item.key()),
                             "unknown key \"" + item.key() + "\" (expected \"entries\", \"description\")");
    const auto entries = catalogue.find("entries");
    if (entries == catalogue.end() || !entries->is_object())
        throw InputError(file, "/entries", "expected an object of named entries");
    for (const auto& item : entries->items()) {
        const std::string pointer = "/entries/" + escape_pointer_token(item.key());
        if (!item.value().is_object())
            throw InputError(file, pointer, "expected an object, found " + json_type_words(item.value()));
        if (item.value().contains(kReference))
            throw InputError(file, pointer + "/" + kReference, "an entry cannot refer to another entry");
    }
    return *entries;
}

struct Resolver {
    const std::string& catalogue_file;
    const std::string& document_file;
    Provenance* provenance;
    nlohmann::json entries;
    bool loaded = false;
    std::size_t layer = 0;

    void visit(nlohmann::json& node, const std::string& pointer) {
        if (node.is_array()) {
            for (std::size_t i = 0; i < node.size(); ++i) visit(node[i], pointer + "/" + std::to_string(i));
            return;
        }
        if (!node.is_object()) return;
        if (node.contains(kReference)) {
            replace(node, pointer);
            return;
        }
        for (auto& item : node.items()) visit(item.value(), pointer + "/" + escape_pointer_token(item.key()));
    }

    void replace(nlohmann::json& node, const std::string& pointer) {
        const std::string where = pointer + "/" + kReference;
        const nlohmann::json& name = node[kReference];
        if (!name.is_string() || name.get<std::string>().empty())
            throw InputError(document_file, where, "expected the name of a catalogue entry, found " + json_type_words(name));
        if (catalogue_file.empty())
            throw InputError(document_file, where,
                             "no catalogue to take \"" + name.get<std::string>() +
                                 "\" from: expected a top-level \"catalogue\" naming the catalogue file");
        if (!loaded) {
            entries = read_entries(catalogue_file, document_file);
            loaded = true;
            if (provenance) layer = provenance->add_layer({catalogue_file, "catalogue", true});
        }
        const std::string key = name.get<std::string>();
        if (!entries.contains(key)) {
            std::vector<std::string> names;
            for (const auto& item : entries.items()) names.push_back(item.key());
            const std::string near = nearest_key(key, names);
            throw InputError(document_file, where,
                             "unknown catalogue entry \"" + key + "\" in " + catalogue_file +
                                 (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
        nlohmann::json local = node;
        local.erase(kReference);
        nlohmann::json resolved = entries[key];
        resolved.merge_patch(local);
        if (provenance)
            for (const auto& item : resolved.items())
                if (!local.contains(item.key()))
                    provenance->record_value(pointer + "/" + escape_pointer_token(item.key()), item.value(), layer);
        resolved[kReference] = key;
        node = std::move(resolved);
    }
};

}  // namespace

void resolve_catalogue_references(nlohmann::json& document, const std::string& catalogue_file,
                                  const std::string& document_file, Provenance* provenance) {
    Resolver resolver{catalogue_file, document_file, provenance, {}, false, 0};
    resolver.visit(document, "");
}

}  // namespace intsim
