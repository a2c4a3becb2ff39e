#pragma once
// A small, strict reader for input tables in CSV. Generic: it knows nothing of the
// columns; callers name them (name_csv_columns), look them up by key and read cells with
// csv_cell_number() and parse_csv_month() (engine/csv_values.hpp).
//
// Two dialects, detected from the header line (the first line that is neither blank nor
// a comment): German when it holds a ';' outside quotes, else plain.
//   - RFC 4180: ',' separates fields, '.' is the decimal point;
//   - German Excel: ';' separates fields, ',' is the decimal comma, '.' may group
//     thousands ("10.983" is ten thousand nine hundred eighty-three), and the file often
//     starts with a UTF-8 byte-order mark.
// Fields may be quoted ("a ""b""", and a quoted field may span lines). Lines starting
// with '#' are comments; blank lines and rows of empty fields (Excel writes ";;;;") are
// skipped. Every row remembers the physical line it starts on, so that errors can say
// "file: line N: what was expected". Text must be UTF-8 (with or without a byte-order
// mark); lines may end with CRLF, LF or CR. The parser works on text only (no file I/O) and
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
    std::vector<std::string> header;  ///< column names, surrounding spaces removed (keys after name_csv_columns)
    std::vector<std::string> written_header;  ///< the names as the file writes them
    /// Each column's 0-based position in the file, when the table was cut from a wider one
    /// (a BA table's columns of one jobcenter); empty: the columns are the file's.
    std::vector<int> file_columns;
    std::vector<CsvRow> rows;

    /// Index of the column called `name`, or -1.
    int column(std::string_view name) const;
};

/// Parses CSV text; `origin` names it in error messages.
/// @throw InputError(origin, "line N", ...) for an unclosed quote, text after a closing
///        quote, a NUL byte, a row whose field count differs from the header's, an empty
///        or duplicate column name, or a text without a header line; and
///        InputError(origin, "line N, column C", ...) for a cell that is not UTF-8
CsvTable parse_csv(std::string_view text, const std::string& origin);

/// Reads and parses a CSV file. @throw InputError when it cannot be read or parsed
CsvTable read_csv_file(const std::string& path);

}  // namespace intsim
