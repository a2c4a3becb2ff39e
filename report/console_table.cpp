#include "report/console_table.hpp"
#include "report/markup.hpp"

#include <algorithm>

namespace intsim {

std::size_t text_width(const std::string& text) { return utf8_characters(text); }

std::string plain_spaces(std::string text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\u00a0") == 0) {
            out += ' ';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string console_table(const ConsoleTable& table) {
    std::vector<std::size_t> widths(table.header.size(), 0);
    const auto measure = [&](const std::vector<std::string>& row) {
        // (widths count a non-breaking space as one character, as it prints)
        if (row.size() > widths.size()) widths.resize(row.size(), 0);
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], text_width(row[c]));
    };
    measure(table.header);
    for (const auto& row : table.rows) measure(row);
    const auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (std::size_t c = 0; c < row.size(); ++c) {
            const bool right = c < table.right_aligned.size() ? table.right_aligned[c] : c > 0;
            const std::string padding(widths[c] - text_width(row[c]), ' ');
            if (c > 0) out += "  ";
            out += right ? padding + row[c] : row[c] + (c + 1 < row.size() ? padding : "");
        }
        return out + "\n";
    };
    std::string out = line(table.header);
    for (const auto& row : table.rows) out += line(row);
    return plain_spaces(out);
}

}  // namespace intsim
