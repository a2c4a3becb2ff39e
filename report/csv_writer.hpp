#pragma once
// CSV tables in two dialects: plain (RFC 4180: "," and a decimal point) for scripts, and
// the one German Excel opens with a double click (";", decimal comma, UTF-8 with a byte
// order mark, without which Excel reads the file as Windows-1252 and garbles "§" or "ü").
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace intsim {

struct CsvOutputDialect {
    char separator = ',';
    char decimal_mark = '.';
    bool byte_order_mark = false;
};

/// "en" (plain) or "de" (German Excel); throws std::invalid_argument otherwise.
CsvOutputDialect csv_dialect(std::string_view name);

/// A cell: text, a number (written exactly, see format_plain) or empty.
using CsvOutputCell = std::variant<std::monostate, std::string, double>;

struct CsvOutputTable {
    std::vector<std::string> header;
    std::vector<std::vector<CsvOutputCell>> rows;
};

/// The table as CSV text; lines end with CRLF (RFC 4180), text is quoted only when it
/// holds the separator, a quote or a line break.
std::string to_csv(const CsvOutputTable& table, const CsvOutputDialect& dialect);

/// Reads CSV written in `dialect` back into rows of text cells (quotes removed, BOM
/// skipped). For tests and for reading small files such as actuals; not a general parser
/// of every CSV in the wild.
std::vector<std::vector<std::string>> parse_written_csv(std::string_view text, const CsvOutputDialect& dialect);

/// A cell's number in `dialect` (decimal comma or point); throws std::invalid_argument
/// when the cell is not a number.
double parse_written_csv_number(const std::string& cell, const CsvOutputDialect& dialect);

}  // namespace intsim
