#pragma once
// A small, strict reader for input tables in CSV. Generic: it knows nothing of the
// columns; callers look them up by name and convert fields with parse_csv_number().
//
// Two dialects, told apart by the header line:
//   - RFC 4180: ',' separates fields, '.' is the decimal point;
//   - German Excel: ';' separates fields, ',' is the decimal comma, '.' may group
//     thousands ("10.983" is ten thousand nine hundred eighty-three), and the file often
//     starts with a UTF-8 byte-order mark.
// Fields may be quoted ("a ""b""", and a quoted field may span lines). Lines starting
// with '#' are comments; blank lines and rows of empty fields (Excel writes ";;;;") are
// skipped. Every row remembers the physical line it starts on, so that errors can say
// "file: line N: what was expected". The parser works on text only (no file I/O) and
// never trusts its input: it is meant to be fuzzed.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace intsim {

struct CsvDialect {
    char separator = ',';
    char decimal_point = '.';
    bool german() const { return separator == ';'; }
};

inline constexpr CsvDialect kCsvRfc4180{',', '.'};
inline constexpr CsvDialect kCsvGerman{';', ','};

struct CsvRow {
    std::size_t line = 0;             ///< 1-based physical line the row starts on
    std::vector<std::string> fields;  ///< as many as the header has
};

struct CsvTable {
    CsvDialect dialect;
    std::size_t header_line = 0;
    std::vector<std::string> header;  ///< column names, surrounding spaces removed
    std::vector<CsvRow> rows;

    /// Index of the column called `name`, or -1.
    int column(std::string_view name) const;
};

/// Parses CSV text; `origin` names it in error messages.
/// @throw InputError(origin, "line N", ...) for an unclosed quote, text after a closing
///        quote, a NUL byte, a row whose field count differs from the header's, an empty
///        or duplicate column name, or a text without a header line
CsvTable parse_csv(std::string_view text, const std::string& origin);

/// Reads and parses a CSV file. @throw InputError when it cannot be read or parsed
CsvTable read_csv_file(const std::string& path);

/// A number in the dialect's notation: optional '-', digits, optional decimal part; in
/// the German dialect also thousands groups ("1.234,5"). Surrounding spaces are ignored.
/// No exponents, no "inf" or "nan". Empty optional when the field is not such a number.
std::optional<double> parse_csv_number(std::string_view field, const CsvDialect& dialect);

/// " (how numbers are written in the dialect)" when `field` holds a '.' or ',', else "":
/// for error messages, as a German file with a decimal point (or the other way round) is
/// the most common mix-up.
std::string number_format_hint(std::string_view field, const CsvDialect& dialect);

}  // namespace intsim
