#pragma once
// Named entries kept in one catalogue file and used by reference, so that many
// documents share one statement (and its citation) instead of copying it. A document
// names its catalogue with a top-level "catalogue": "path" (relative to the file that
// says so; inherited through `extends`), and any object in it may read
//   {"from_catalogue": "NAME", ...local keys...}
// which stands for the entry NAME with the local keys applied as an RFC 7386 merge patch
// (a local null removes a key of the entry). The catalogue file is
//   {"description": ..., "entries": {"NAME": {...}, ...}}
#include <nlohmann/json.hpp>

#include <string>

#include "provenance.hpp"

namespace intsim {

/// Replaces every object of `document` that holds "from_catalogue" by its entry (merged
/// with the object's other keys; "from_catalogue" stays as the record of where it came
/// from). `catalogue_file` is the catalogue's path ("" when the document names none);
/// errors name `document_file` and the JSON pointer of the reference, or the catalogue
/// file and the pointer within it. With `provenance`, the keys an entry brings are
/// recorded as written by the catalogue (one layer, role "catalogue").
void resolve_catalogue_references(nlohmann::json& document, const std::string& catalogue_file,
                                  const std::string& document_file, Provenance* provenance = nullptr);

}  // namespace intsim
