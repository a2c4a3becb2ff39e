#pragma once
// Reading one JSON input file: its bytes (with a size cap) and the parse, whose errors
// name the file, the line and column, or the JSON pointer of a repeated key.
#include <nlohmann/json.hpp>

#include <string>

namespace intsim {

/// The bytes of an input file (scenario, actuals). Refuses directories and anything
/// larger than 64 MiB (a mistaken path such as /dev/zero), naming the file.
std::string read_input_file(const std::string& path);

/// Whether a regular file is at `path`: for a message that names where a file another
/// input names should be, before its reader says only that it cannot open it.
bool is_input_file(const std::string& path);

/// Parses one JSON file; a syntax error names the file, line and column.
nlohmann::json parse_json_file(const std::string& path);

/// Parses JSON text; `origin` names it in error messages.
nlohmann::json parse_json_text(const std::string& text, const std::string& origin);

/// Rejects JSON text nested deeper than 100 levels before a document is built from it
/// (the recursive parts of nlohmann::json would exhaust the stack), naming `origin` and
/// the line and column. The scan knows strings (brackets in them do not count) and nothing
/// else: syntax is the parser's job.
void check_nesting(const std::string& text, const std::string& origin);

}  // namespace intsim
