#pragma once
// Where each value of a resolved document came from. A document is built in layers: the
// root file of an `extends` chain, each child's merge patch over it, then command-line
// overrides. For every JSON pointer a layer wrote (objects and leaves; an array is one
// value) the provenance keeps the layers that wrote it, in order: the first introduced
// it, the last set what it is now. Generic: it knows layers and pointers, not what they
// mean.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace intsim {

struct ProvenanceLayer {
    std::string source;  ///< a file ("variants/az-300.json") or an override ("--set a.b=1")
    std::string role;    ///< "" for the file named by the user, else e.g. "extends parent"
    bool is_file = true;
    std::string label() const { return role.empty() ? source : source + " (" + role + ")"; }
};

struct Provenance {
    /// The layers in the order applied: files root first, then overrides.
    std::vector<ProvenanceLayer> layers;
    /// JSON pointer -> indices into `layers` that wrote it, in order.
    std::map<std::string, std::vector<std::size_t>> writers;

    /// The layers that wrote `pointer`; empty when none did (e.g. a default filled in later).
    const std::vector<std::size_t>& writers_of(const std::string& pointer) const;

    /// Adds a layer and returns its index.
    std::size_t add_layer(ProvenanceLayer layer);
    /// `layer` wrote `value` at `pointer`, replacing whatever was there.
    void record_value(const std::string& pointer, const nlohmann::json& value, std::size_t layer);
    /// `layer` applied the RFC 7386 merge patch `patch` at `pointer` over `target` (the
    /// value there before the patch).
    void record_patch(const std::string& pointer, const nlohmann::json& target, const nlohmann::json& patch,
                      std::size_t layer);

private:
    void erase_below(const std::string& pointer);  ///< the pointer and everything under it
    void record_tree(const std::string& pointer, const nlohmann::json& value, std::size_t layer);
};

}  // namespace intsim
