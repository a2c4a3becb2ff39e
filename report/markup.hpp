#pragma once
// Text inside HTML and SVG markup.
#include <string>
#include <string_view>

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

/// At most `max_characters` UTF-8 characters of `text`, with "…" when cut (never inside a
/// multi-byte character).
inline std::string shorten(std::string_view text, std::size_t max_characters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
        if (characters == max_characters - 1) {
            std::size_t rest = 0;
            for (std::size_t j = i; j < text.size(); ++j) rest += (static_cast<unsigned char>(text[j]) & 0xC0) != 0x80;
            if (rest > 1) return std::string(text.substr(0, i)) + "\u2026";
            return std::string(text);
        }
        ++characters;
    }
    return std::string(text);
}

}  // namespace intsim
