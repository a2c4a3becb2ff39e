#pragma once
// Text inside HTML and SVG markup.
#include <string>
#include <string_view>
#include <vector>

namespace intsim {

/// Escapes &, <, >, " and ' so that any text is safe in element content and attributes.
inline std::string escape_markup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace intsim

namespace intsim {

/// The number of UTF-8 characters of `text` (its bytes less the continuation bytes): the
/// width of a label in monospace units, for console columns and SVG text.
inline std::size_t utf8_characters(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

/// At most `max_characters` UTF-8 characters of `text`, with "…" when cut (never inside a
/// multi-byte character).
inline std::string shorten(std::string_view text, std::size_t max_characters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
        if (characters == max_characters - 1) {
            if (utf8_characters(text.substr(i)) > 1) return std::string(text.substr(0, i)) + "\u2026";
            return std::string(text);
        }
        ++characters;
    }
    return std::string(text);
}

/// `text` broken into lines of at most `max_characters` UTF-8 characters at spaces (a
/// word longer than a line stands alone on its line): for SVG text, which does not wrap.
inline std::vector<std::string> wrap_words(std::string_view text, std::size_t max_characters) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(start, end - start);
        if (!word.empty()) {
            if (!line.empty() && utf8_characters(line) + 1 + utf8_characters(word) > max_characters) {
                lines.push_back(line);
                line.clear();
            }
            if (!line.empty()) line += ' ';
            line.append(word);
        }
        start = end + 1;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

}  // namespace intsim
