#include "provenance.hpp"

#include "json_reader.hpp"

namespace intsim {

const std::vector<std::size_t>& Provenance::writers_of(const std::string& pointer) const {
    static const std::vector<std::size_t> none;
    const auto it = writers.find(pointer);
    return it == writers.end() ? none : it->second;
}

std::size_t Provenance::add_layer(ProvenanceLayer layer) {
    layers.push_back(std::move(layer));
    return layers.size() - 1;
}

void Provenance::erase_below(const std::string& pointer) {
    writers.erase(pointer);
    const std::string prefix = pointer + "/";
    for (auto it = writers.lower_bound(prefix); it != writers.end() && it->first.compare(0, prefix.size(), prefix) == 0;)
        it = writers.erase(it);
}

void Provenance::record_tree(const std::string& pointer, const nlohmann::json& value, std::size_t layer) {
    writers[pointer].push_back(layer);
    if (!value.is_object()) return;
    for (const auto& item : value.items()) record_tree(pointer + "/" + escape_pointer_token(item.key()), item.value(), layer);
}

void Provenance::record_value(const std::string& pointer, const nlohmann::json& value, std::size_t layer) {
    erase_below(pointer);
    record_tree(pointer, value, layer);
}

void Provenance::record_patch(const std::string& pointer, const nlohmann::json& target, const nlohmann::json& patch,
                              std::size_t layer) {
    if (!patch.is_object()) {
        // A leaf or an array replaces the target; a null member removes it (RFC 7386).
        if (patch.is_null()) erase_below(pointer);
        else record_value(pointer, patch, layer);
        return;
    }
    if (!target.is_object()) erase_below(pointer);  // the patch builds a new object there
    writers[pointer].push_back(layer);
    for (const auto& item : patch.items()) {
        const std::string child = pointer + "/" + escape_pointer_token(item.key());
        static const nlohmann::json absent;
        const bool had = target.is_object() && target.contains(item.key());
        record_patch(child, had ? target.at(item.key()) : absent, item.value(), layer);
    }
}

}  // namespace intsim
