#include "document.hpp"

#include <openssl/evp.h>

#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "catalogue.hpp"
#include "json_reader.hpp"
#include "input_error.hpp"
#include "json_file.hpp"

namespace intsim {
namespace fs = std::filesystem;

namespace {

// The same file under any spelling (../a.json, ./a.json, a symlink), for cycle detection.
// The error_code overloads: a path the system cannot resolve is compared as written.
std::string same_file_key(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec) return path;
    const fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal().string() : canonical.string();
}

// Reads `path` and its ancestors into `files` (child first), checking for cycles.
void read_chain(const std::string& path, std::vector<std::string>& chain, std::vector<nlohmann::json>& files) {
    const std::string canonical = same_file_key(path);
    for (const auto& seen : chain) {
        if (same_file_key(seen) == canonical) {
            std::string cycle;
            for (const auto& file : chain) cycle += file + " -> ";
            throw InputError(chain.front(), "/extends",
                             "extends cycle: " + cycle + path);
        }
    }
    chain.push_back(path);
    nlohmann::json document = parse_json_file(path);
    if (!document.is_object())
        throw InputError(path, "/", "expected a JSON object at the top level");
    // A catalogue is named relative to the file that names it: from here on, relative
    // to where we run.
    if (const auto catalogue = document.find("catalogue"); catalogue != document.end()) {
        if (!catalogue->is_string() || catalogue->get<std::string>().empty())
            throw InputError(path, "/catalogue", "expected the path of a catalogue file as a string");
        *catalogue = normal_path_beside(path, catalogue->get<std::string>());
    }
    const auto parent_it = document.find("extends");
    if (parent_it == document.end()) {
        files.push_back(std::move(document));
        return;
    }
    if (!parent_it->is_string() || parent_it->get<std::string>().empty())
        throw InputError(path, "/extends", "expected the path of a parent file as a string");
    const fs::path parent_path =
        fs::path(path).parent_path() / fs::path(parent_it->get<std::string>());
    std::error_code ec;
    if (!fs::exists(parent_path, ec))
        throw InputError(path, "/extends",
                         "parent file \"" + parent_path.string() + "\" does not exist");
    if (fs::is_directory(parent_path, ec))
        throw InputError(path, "/extends",
                         "parent \"" + parent_path.string() + "\" is a directory, expected a file");
    document.erase("extends");
    files.push_back(std::move(document));
    read_chain(parent_path.lexically_normal().string(), chain, files);
}

// A file of the chain as a provenance layer: which ancestor of the user's file it is.
ProvenanceLayer chain_layer(const std::vector<std::string>& chain, std::size_t generation) {
    static const char* const roles[] = {"", "extends parent", "extends grandparent"};
    return {chain[generation],
            generation < 3 ? roles[generation] : "extends ancestor " + std::to_string(generation), true};
}

}  // namespace

ResolvedDocument load_document(const std::string& path, const std::vector<std::string>& sets) {
    ResolvedDocument out;
    out.file = path;
    std::vector<nlohmann::json> files;  // child first, like out.chain
    read_chain(path, out.chain, files);
    // The root first, then each child's merge patch over what its ancestors built.
    for (std::size_t g = files.size(); g-- > 0;) {
        const std::size_t layer = out.provenance.add_layer(chain_layer(out.chain, g));
        if (g + 1 == files.size()) {
            out.json = std::move(files[g]);
            out.provenance.record_value("", out.json, layer);
        } else {
            out.provenance.record_patch("", out.json, files[g], layer);
            out.json.merge_patch(files[g]);
        }
    }
    const auto apply = [&](bool references) {
        for (const auto& assignment : sets) {
            const std::string target = assignment.substr(0, assignment.find('='));
            const std::string reference = "from_catalogue";
            const bool names_entry = target.size() >= reference.size() &&
                                     target.compare(target.size() - reference.size(), reference.size(), reference) == 0;
            if (names_entry != references) continue;
            apply_set_naming(out, path, assignment);
        }
    };
    apply(true);
    if (const auto catalogue = out.json.find("catalogue"); catalogue != out.json.end()) {
        if (catalogue->is_string()) out.catalogue = catalogue->get<std::string>();
        out.json.erase(catalogue);
    }
    resolve_catalogue_references(out.json, out.catalogue, path, &out.provenance);
    apply(false);
    return out;
}

void apply_set_naming(ResolvedDocument& document, const std::string& file, const std::string& assignment) {
    try {
        apply_set(document, assignment);
    } catch (const InputError& e) {
        throw InputError(file, e.pointer(), std::string("--set ") + assignment + ": " +
                                                (e.pointer().empty() ? e.what() : e.detail()));
    }
}

void apply_set(ResolvedDocument& document, const std::string& assignment) {
    const std::string pointer = apply_set(document.json, assignment);
    const std::size_t layer = document.provenance.add_layer({"--set " + assignment, "", false});
    document.provenance.record_value(pointer, document.json.at(nlohmann::json::json_pointer(pointer)), layer);
}

std::string apply_set(nlohmann::json& document, const std::string& assignment) {
    const auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
        throw InputError("--set", "", "expected PATH=VALUE, found \"" + assignment + "\"");
    try {
        (void)nlohmann::json(assignment).dump();  // the resolved scenario must stay valid JSON
    } catch (const nlohmann::json::type_error&) {
        throw InputError("--set", "", "\"" + assignment + "\" is not valid UTF-8");
    }
    const std::string path = assignment.substr(0, equals);
    const std::string text = assignment.substr(equals + 1);

    std::string pointer_text;
    if (path.front() == '/') {
        pointer_text = path;
    } else {
        std::size_t start = 0;
        while (start <= path.size()) {
            const auto dot = path.find('.', start);
            const std::string key =
                path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (key.empty())
                throw InputError("--set", "", "empty key in \"" + path + "\"");
            std::string escaped;
            for (char c : key) escaped += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
            pointer_text += "/" + escaped;
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
    }
    check_nesting(text, "--set");
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error&) {
        value = text;
    } catch (const nlohmann::json::out_of_range&) {
        throw InputError("--set", "", "the number \"" + text + "\" is too large for a double");
    }

    try {
        const nlohmann::json::json_pointer pointer(pointer_text);
        // Only existing parents may be addressed, so that a typo is not silently
        // added as a new branch; the scenario check then rejects unknown leaf keys.
        if (!pointer.parent_pointer().empty() && !document.contains(pointer.parent_pointer())) {
            // The first key that is missing, and the nearest one its object has ("measures.az"
            // for "measures.aktivierungszentrum"): a misspelt id is the usual reason.
            nlohmann::json::json_pointer existing = pointer.parent_pointer();
            std::string missing;
            while (!existing.empty() && !document.contains(existing)) {
                missing = existing.back();
                existing.pop_back();
            }
            std::string hint;
            if (const nlohmann::json& object = document.at(existing); object.is_object() && !missing.empty()) {
                std::vector<std::string> keys;
                for (const auto& item : object.items()) keys.push_back(item.key());
                if (const std::string nearest = nearest_key(missing, keys); !nearest.empty())
                    hint = " (did you mean \"" + nearest + "\"?)";
            }
            throw InputError("--set", pointer.parent_pointer().to_string(), "no such object" + hint);
        }
        // An array element must exist: document[pointer] would pad the array with nulls
        // up to any index, however large.
        if (document.at(pointer.parent_pointer()).is_array() && !document.contains(pointer))
            throw InputError("--set", pointer_text, "no such array element");
        document[pointer] = value;
    } catch (const nlohmann::json::exception& e) {
        throw InputError("--set", pointer_text, std::string("cannot set: ") + e.what());
    }
    return pointer_text;
}

std::string path_beside(const std::string& file, const std::string& name) {
    return (fs::path(file).parent_path() / name).string();
}

std::string normal_path_beside(const std::string& file, const std::string& name) {
    return (fs::path(file).parent_path() / name).lexically_normal().string();
}

std::string canonical_dump(const nlohmann::json& value) {
    // nlohmann::json stores objects in a std::map, so dump() is already key-sorted.
    return value.dump();
}

std::string sha256_hex(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) hex += fmt::format("{:02x}", digest[i]);
    return hex;
}

}  // namespace intsim
