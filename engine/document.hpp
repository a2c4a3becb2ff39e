#pragma once
// Input documents: JSON files that may `extends` a parent file. The child is applied to
// the parent as an RFC 7386 merge patch, so a variant scenario is a few lines. Paths in
// `extends` are relative to the file that names them; cycles are errors.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "engine/json_file.hpp"
#include "engine/provenance.hpp"

namespace intsim {

/// A document after `extends` and catalogue references have been resolved.
struct ResolvedDocument {
    nlohmann::json json;             ///< merged content, without "extends" and "catalogue"
    std::string file;                ///< the file the user named
    std::vector<std::string> chain;  ///< the file and its ancestors, child first
    std::string catalogue;           ///< the catalogue file the references came from ("" if none)
    Provenance provenance;           ///< which file (or --set) wrote each value
};

/// Loads `path`, resolves its `extends` chain (merge patch, child over parent) and its
/// catalogue references (engine/catalogue.hpp, against the catalogue the nearest file of
/// the chain names), and applies the command-line overrides `sets` (see apply_set; an
/// error names `path`). Overrides of a "from_catalogue" key apply before the references
/// are resolved, so that they choose another entry; all others after, so that they can
/// reach into an entry's content.
ResolvedDocument load_document(const std::string& path, const std::vector<std::string>& sets = {});

/// Applies one command-line override "a.b.c=VALUE": VALUE is parsed as JSON when it is
/// valid JSON (numbers, true, null, {...}), else taken as a string. Dots separate keys;
/// a key containing a dot can be written with a JSON pointer "/a/b.c=VALUE".
/// @return the JSON pointer that was set
std::string apply_set(nlohmann::json& document, const std::string& assignment);

/// The same, recording the override in the document's provenance.
void apply_set(ResolvedDocument& document, const std::string& assignment);

/// `name` as the file `file` writes it: relative to the folder of `file` (an absolute
/// name stays as it is).
std::string path_beside(const std::string& file, const std::string& name);

/// The same without "." and ".." steps (lexically: links are not followed).
std::string normal_path_beside(const std::string& file, const std::string& name);

/// apply_set as load_document applies an override of `file`: an error names the file and
/// the assignment ("scenario.json: /measures/x: --set measures.x.capacity.slots=5: no such object").
void apply_set_naming(ResolvedDocument& document, const std::string& file, const std::string& assignment);

/// SHA-256 of a byte string, as 64 lowercase hex digits.
std::string sha256_hex(const std::string& bytes);

/// Canonical text of a JSON value (sorted keys, no spaces): the input to its hash.
std::string canonical_dump(const nlohmann::json& value);

}  // namespace intsim
