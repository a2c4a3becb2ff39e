#include "report/number_format.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include <fmt/format.h>

namespace intsim {

double round_figure(double x) {
    if (!std::isfinite(x) || x == 0.0) return x == 0.0 ? 0.0 : x;
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", x);
    return std::strtod(text, nullptr);
}

namespace {

struct Marks {
    char decimal;
    char thousands;
};

Marks marks_of(NumberLocale locale) {
    return locale == NumberLocale::De ? Marks{',', '.'} : Marks{'.', ','};
}

}  // namespace

NumberLocale number_locale(std::string_view name) {
    if (name == "en") return NumberLocale::En;
    if (name == "de") return NumberLocale::De;
    throw std::invalid_argument("unknown locale " + std::string(name) + " (expected en or de)");
}

std::string format_number(double x, int decimals, NumberLocale locale) {
    if (!std::isfinite(x)) return "\u2013";
    const Marks marks = marks_of(locale);
    // fmt rounds the decimal expansion correctly; we only regroup its digits.
    std::string text = fmt::format("{:.{}f}", std::fabs(x), decimals);
    const bool negative = std::signbit(x) && text.find_first_not_of("0.") != std::string::npos;
    const std::size_t point = text.find('.');
    const std::string whole = text.substr(0, point);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += marks.thousands;
        out += whole[i];
    }
    if (point != std::string::npos) out += marks.decimal + text.substr(point + 1);
    return negative ? "-" + out : out;
}

std::string format_percent(double share, int decimals, NumberLocale locale) {
    if (!std::isfinite(share)) return "\u2013";
    // A non-breaking space keeps "56 %" together when a table cell wraps.
    return format_number(100.0 * share, decimals, locale) + "\u00a0%";
}

std::string format_euro(double x, NumberLocale locale) {
    const std::string number = format_number(x, 0, locale);
    if (locale == NumberLocale::De) return number + "\u00a0\u20ac";
    // "-€700", not "€-700": the sign leads in English.
    return number.front() == '-' ? "-\u20ac" + number.substr(1) : "\u20ac" + number;
}

std::string format_euro_millions(double x, int decimals, NumberLocale locale) {
    const std::string number = format_number(x / 1e6, decimals, locale);
    if (locale == NumberLocale::De) return number + "\u00a0Mio.\u00a0\u20ac";
    return (number.front() == '-' ? "-\u20ac" + number.substr(1) : "\u20ac" + number) + "\u00a0m";
}

std::string format_plain(double x, char decimal_mark) {
    if (!std::isfinite(x)) return "";
    if (x == 0.0) return "0";
    // fmt's default for double is the shortest representation that reads back exactly;
    // its exponent form ("1e-07", "1e+17") is written out in digits, as no spreadsheet
    // dialect (nor intsim's reader) takes exponents.
    std::string text = fmt::format("{}", x);
    if (const std::size_t e = text.find('e'); e != std::string::npos) {
        const bool negative = text.front() == '-';
        std::string digits;
        std::size_t point = 0;  // digits before the decimal point in the mantissa
        for (std::size_t i = negative ? 1 : 0; i < e; ++i) {
            if (text[i] == '.') point = digits.size();
            else digits += text[i];
        }
        if (text.find('.') == std::string::npos || text.find('.') > e) point = digits.size();
        const int shift = std::stoi(text.substr(e + 1));
        const long position = static_cast<long>(point) + shift;  // digits before the point after the shift
        std::string plain;
        if (position <= 0) plain = "0." + std::string(static_cast<std::size_t>(-position), '0') + digits;
        else if (position >= static_cast<long>(digits.size()))
            plain = digits + std::string(static_cast<std::size_t>(position) - digits.size(), '0');
        else plain = digits.substr(0, static_cast<std::size_t>(position)) + "." + digits.substr(static_cast<std::size_t>(position));
        text = (negative ? "-" : "") + plain;
    }
    for (char& c : text)
        if (c == '.') c = decimal_mark;
    return text;
}

}  // namespace intsim
