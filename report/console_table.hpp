#pragma once
// Tables for the terminal: columns as wide as their widest cell, counted in characters
// (not bytes, so "Maßnahme" and "−3" line up), text left-aligned and figures right-aligned.
#include <string>
#include <vector>

namespace intsim {

struct ConsoleTable {
    std::vector<std::string> header;
    std::vector<bool> right_aligned;  ///< per column; missing entries: the first column left, the others right
    std::vector<std::vector<std::string>> rows;
};

/// The table as text, one line per row (the header first), columns two spaces apart.
std::string console_table(const ConsoleTable& table);

/// `text` with non-breaking spaces (which keep "56 %" together on a page) as plain ones:
/// a terminal does not wrap, and scripts reading the output expect plain spaces.
std::string plain_spaces(std::string text);

/// The number of characters (UTF-8 code points) of `text`.
std::size_t text_width(const std::string& text);

}  // namespace intsim
