#include "engine/csv_values.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "engine/csv_reader.hpp"
#include "engine/input_error.hpp"

namespace intsim {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lower case, ' ', '_' and '-' alike, spaces collapsed: how a column name is compared.
std::string comparable(std::string_view name) {
    std::string out;
    for (char c : trim(name)) {
        c = (c == '_' || c == '-') ? ' ' : lower(c);
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::optional<int> digits(std::string_view s) {
    if (s.empty() || s.size() > 4) return std::nullopt;
    int value = 0;
    for (char c : s) {
        if (!is_digit(c)) return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

int days_in(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::optional<CsvMonth> month_of(std::optional<int> year, std::optional<int> month, std::size_t year_digits) {
    if (!year || !month || year_digits != 4 || *year < 1900 || *year > 2199 || *month < 1 || *month > 12)
        return std::nullopt;
    return CsvMonth{*year, *month};
}

// "Mai", "mai.", "March", "Mär", "Maerz": the month's number, or 0.
int month_named(std::string_view word) {
    std::string w;
    for (char c : word) w += lower(c);
    if (!w.empty() && w.back() == '.') w.pop_back();
    static const std::array<std::array<const char*, 4>, 12> names = {{
        {"januar", "january", "jan", "jän"},
        {"februar", "february", "feb", ""},
        {"märz", "march", "mar", "mär"},
        {"april", "apr", "", ""},
        {"mai", "may", "", ""},
        {"juni", "june", "jun", ""},
        {"juli", "july", "jul", ""},
        {"august", "aug", "", ""},
        {"september", "sep", "sept", ""},
        {"oktober", "october", "okt", "oct"},
        {"november", "nov", "", ""},
        {"dezember", "december", "dez", "dec"},
    }};
    if (w == "maerz") return 3;
    // Upper-case umlauts are not lowered above ("MÄRZ"): compare their lower-case bytes.
    for (std::size_t m = 0; m < names.size(); ++m)
        for (const char* name : names[m])
            if (*name != '\0' && w == name) return static_cast<int>(m) + 1;
    if (w == "m\xc3\x84rz" || w == "m\xc3\x84r") return 3;
    if (w == "j\xc3\x84n") return 1;
    return 0;
}

}  // namespace

std::optional<double> parse_csv_number(std::string_view field, const CsvDialect& dialect) {
    field = trim(field);
    std::string normal;
    std::size_t i = 0;
    if (i < field.size() && field[i] == '-') normal += field[i++];
    // Integer part: plain digits, or (German) 1-3 digits followed by '.'-separated groups of 3.
    const std::size_t int_start = i;
    while (i < field.size() && is_digit(field[i])) normal += field[i++];
    const std::size_t lead = i - int_start;
    if (lead == 0) return std::nullopt;
    if (dialect.german() && i < field.size() && field[i] == '.') {
        // "0.125" is a decimal point in a German file, not a thousands group.
        if (lead > 3 || field[int_start] == '0') return std::nullopt;
        while (i < field.size() && field[i] == '.') {
            ++i;
            for (int k = 0; k < 3; ++k) {
                if (i >= field.size() || !is_digit(field[i])) return std::nullopt;
                normal += field[i++];
            }
        }
        if (i < field.size() && is_digit(field[i])) return std::nullopt;
    }
    if (i < field.size() && field[i] == dialect.decimal_point) {
        ++i;
        normal += '.';
        const std::size_t frac_start = i;
        while (i < field.size() && is_digit(field[i])) normal += field[i++];
        if (i == frac_start) return std::nullopt;
    }
    if (i != field.size()) return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(normal.data(), normal.data() + normal.size(), value);
    if (error != std::errc() || end != normal.data() + normal.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::pair<double, double>> ambiguous_csv_number(std::string_view field, const CsvDialect& dialect) {
    if (!dialect.german()) return std::nullopt;
    field = trim(field);
    const bool negative = !field.empty() && field.front() == '-';
    if (negative) field.remove_prefix(1);
    const std::size_t comma = field.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma > 3 || field.size() != comma + 4) return std::nullopt;
    if (field.front() == '0') return std::nullopt;  // "0,125": no thousands group starts with 0
    for (std::size_t i = 0; i < field.size(); ++i)
        if (i != comma && !is_digit(field[i])) return std::nullopt;
    const double whole = *digits(field.substr(0, comma));
    const double three = *digits(field.substr(comma + 1));
    const double sign = negative ? -1.0 : 1.0;
    return std::pair{sign * (whole + three / 1000.0), sign * (whole * 1000.0 + three)};
}

std::string number_format_hint(std::string_view field, const CsvDialect& dialect) {
    if (field.find_first_of(".,") == std::string_view::npos) return "";
    return dialect.german() ? " (German dialect, as the header is separated by ';': decimal comma, '.' between "
                              "thousands, as in 10.872 or 0,5)"
                            : " (plain dialect, as the header is separated by ',': decimal point, no thousands "
                              "separator, as in 10872 or 0.5)";
}

std::string csv_cell_pointer(const CsvTable& table, const CsvRow& row, int column) {
    const auto c = static_cast<std::size_t>(column);
    const int in_file = c < table.file_columns.size() ? table.file_columns[c] : column;
    return fmt::format("line {}, column {}", row.line, in_file + 1);
}

std::optional<double> csv_cell_number(const CsvTable& table, const CsvRow& row, int column, const std::string& origin) {
    const std::string& field = row.fields.at(static_cast<std::size_t>(column));
    if (const auto readings = ambiguous_csv_number(field, table.dialect)) {
        const std::string written(trim(field));
        const std::size_t comma = written.find(',');
        std::string decimals = written.substr(comma + 1);
        while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
        // The smaller reading without the doubt: "6,000" -> "6", "12,500" -> "12,5", "6,125" -> "6,1250".
        const std::string small = written.substr(0, comma) + (decimals.empty() ? "" : "," + decimals) +
                                  (decimals.size() == 3 ? "0" : "");
        const std::string large = fmt::format("{:.0f}", readings->second);
        throw InputError(origin, csv_cell_pointer(table, row, column),
                         fmt::format("column {}: \"{}\" reads two ways in a file separated by ';': as {} with a German "
                                     "decimal comma, or as {} with an English thousands separator; write {} or {} "
                                     "for {}, {} for {}",
                                     csv_column_shown(table, column), written, readings->first, large, large,
                                     written.substr(0, comma) + "." + written.substr(comma + 1), large, small,
                                     readings->first));
    }
    return parse_csv_number(field, table.dialect);
}

std::optional<CsvMonth> parse_csv_month(std::string_view field) {
    field = trim(field);
    if (field.empty()) return std::nullopt;
    // "2025-05" and "2025-05-01"
    if (field.size() >= 7 && field[4] == '-') {
        const auto year = digits(field.substr(0, 4));
        if (field.size() == 7) return month_of(year, digits(field.substr(5, 2)), 4);
        if (field.size() == 10 && field[7] == '-') {
            const auto month = month_of(year, digits(field.substr(5, 2)), 4);
            const auto day = digits(field.substr(8, 2));
            if (month && day && *day >= 1 && *day <= days_in(month->year, month->month)) return month;
        }
        return std::nullopt;
    }
    // "01.05.2025", "1.5.2025", "05.2025", "05/2025"
    if (is_digit(field.front())) {
        std::vector<std::string_view> parts;
        const char separator = field.find('/') != std::string_view::npos ? '/' : '.';
        std::size_t start = 0;
        while (true) {
            const std::size_t next = field.find(separator, start);
            parts.push_back(field.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start));
            if (next == std::string_view::npos) break;
            start = next + 1;
        }
        for (const auto& part : parts)
            if (part.empty() || part.size() > 4) return std::nullopt;
        if (parts.size() == 2 && parts[0].size() <= 2) return month_of(digits(parts[1]), digits(parts[0]), parts[1].size());
        if (parts.size() == 3 && separator == '.' && parts[0].size() <= 2 && parts[1].size() <= 2) {
            const auto month = month_of(digits(parts[2]), digits(parts[1]), parts[2].size());
            const auto day = digits(parts[0]);
            if (month && day && *day >= 1 && *day <= days_in(month->year, month->month)) return month;
        }
        return std::nullopt;
    }
    // "Mai 2025", "Mai. 2025", "Mai-2025"
    const std::size_t gap = field.find_first_of(" -");
    if (gap == std::string_view::npos) return std::nullopt;
    const int month = month_named(field.substr(0, gap));
    const std::string_view year = trim(field.substr(gap + 1));
    if (month == 0) return std::nullopt;
    return month_of(digits(year), month, year.size());
}

void name_csv_columns(CsvTable& table, std::span<const CsvColumnName> names, const std::string& origin) {
    for (std::string& column : table.header) {
        const std::string written = comparable(column);
        for (const CsvColumnName& name : names)
            if (written == comparable(name.key) || written == comparable(name.german)) {
                column = std::string(name.key);
                break;
            }
    }
    for (std::size_t i = 0; i < table.header.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (table.header[i] == table.header[j])
                throw InputError(origin, fmt::format("line {}", table.header_line),
                                 fmt::format("columns {} (\"{}\") and {} (\"{}\") both name \"{}\"; keep one", j + 1,
                                             table.written_header.at(j), i + 1, table.written_header.at(i),
                                             table.header[i]));
}

std::string csv_column_shown(const CsvTable& table, int column) {
    const auto c = static_cast<std::size_t>(column);
    const std::string& key = table.header.at(c);
    if (c >= table.written_header.size() || table.written_header[c] == key) return "\"" + key + "\"";
    return fmt::format("\"{}\" (\"{}\")", key, table.written_header[c]);
}

}  // namespace intsim
