#pragma once
// CSV tables in two dialects: plain (RFC 4180: "," and a decimal point, English column
// keys, true/false) for scripts, and the one German Excel opens with a double click (";",
// decimal comma, UTF-8 with a byte order mark, without which Excel reads the file as
// Windows-1252 and garbles "§" or "ü"; German column names from model/column_glossary.hpp,
// ja/nein). A German number is never written in the form intsim's reader refuses as
// ambiguous (engine/csv_values.hpp): 6.125 is "6,1250", not "6,125".
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace intsim {

struct CsvOutputDialect {
    char separator = ',';
    char decimal_mark = '.';
    bool byte_order_mark = false;
    bool german_words = false;  ///< German column names and ja/nein
};

/// "en" (plain) or "de" (German Excel); throws std::invalid_argument otherwise.
CsvOutputDialect csv_dialect(std::string_view name);

/// A yes/no cell: true/false, or ja/nein in German.
struct CsvFlag {
    bool value = false;
};

/// A cell: text, a number (written exactly, see format_plain), a flag or empty.
using CsvOutputCell = std::variant<std::monostate, std::string, double, CsvFlag>;

/// The German name of a column key: the glossary's, or for a composite key its parts'
/// ("elb_p05" -> "eLb p05", "integrations_total_offer_p80" -> "Integrationen Zielangebot
/// p80", "spend_2023" -> "Ausgaben 2023"); a key of neither kind (a measure's id) as it is.
std::string german_header(const std::string& key);

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
