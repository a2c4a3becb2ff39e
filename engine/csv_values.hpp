#pragma once
// The cells of a CSV table (engine/csv_reader.hpp) as a spreadsheet writes them: numbers in
// either dialect, months in the forms German Excel shows, and column names in English or
// German. Generic: the callers bring the names of their columns (model/column_glossary.hpp).
//
// The rules, so that a cell is read one way or refused, never guessed:
//   - plain dialect (',' separates): decimal point, no thousands separator ("10872", "0.5");
//   - German dialect (';' separates): decimal comma, '.' between thousands ("10.872",
//     "1.234,5", "0,5"). A ',' followed by exactly three digits after one to three
//     leading digits ("6,000", "12,500") is refused as ambiguous: a German decimal comma
//     (six) or an English thousands separator (six thousand) — the one mix-up that gives
//     a wrong number without any other sign. "0,125" and "6,0" and "6000" are not
//     ambiguous. A '.' group is the thousands separator German Excel writes for a cell
//     formatted with "1000er-Trennzeichen"; a decimal point in a German file ("0.5",
//     "6.5") is not a number of that dialect and is refused with the dialect's notation.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace intsim {

struct CsvDialect;
struct CsvRow;
struct CsvTable;

/// A number in the dialect's notation: optional '-', digits, optional decimal part; in
/// the German dialect also thousands groups ("1.234,5"). Surrounding spaces are ignored.
/// No exponents, no "inf" or "nan". Empty optional when the field is not such a number.
/// An ambiguous German field ("6,000") gets its decimal-comma reading here; read cells
/// with csv_cell_number, which refuses it.
std::optional<double> parse_csv_number(std::string_view field, const CsvDialect& dialect);

/// The two readings of an ambiguous field (German dialect, "6,000": {6, 6000}), or empty.
std::optional<std::pair<double, double>> ambiguous_csv_number(std::string_view field, const CsvDialect& dialect);

/// " (how numbers are written in the dialect)" when `field` holds a '.' or ',', else "":
/// for error messages, as a German file with a decimal point (or the other way round) is
/// the most common mix-up.
std::string number_format_hint(std::string_view field, const CsvDialect& dialect);

/// "line 4, column 7": where a cell stands in the file, counting columns from 1 as a
/// spreadsheet does (through table.file_columns when the table was cut from a wider one).
std::string csv_cell_pointer(const CsvTable& table, const CsvRow& row, int column);

/// The number in a cell; empty when the cell is not a number of the table's dialect.
/// @throw InputError(origin, "line N, column C", both readings) for an ambiguous cell
std::optional<double> csv_cell_number(const CsvTable& table, const CsvRow& row, int column, const std::string& origin);

struct CsvMonth {
    int year = 0;
    int month = 0;  ///< 1..12
};

/// A calendar month as spreadsheets write it: "2025-05", "2025-05-01", "01.05.2025" (any
/// valid day: the month counts), "05.2025", "05/2025", "Mai 2025", "Mai. 2025", "Mai-2025",
/// "May 2025" (German or English names, full or three letters, any letter case). Years
/// 1900..2199 with four digits. Empty when the field is none of these.
std::optional<CsvMonth> parse_csv_month(std::string_view field);

/// The forms parse_csv_month reads, for messages.
inline constexpr std::string_view kCsvMonthForms = "2025-05, 01.05.2025, 05.2025 or Mai 2025";

/// A column's key and its German name.
struct CsvColumnName {
    std::string_view key;     ///< "integrations_women"
    std::string_view german;  ///< "Integrationen Frauen"
};

/// Renames the header's columns to their keys when they match a key or its German name;
/// letter case, surrounding spaces and the difference between ' ', '_' and '-' do not
/// count ("Integrationen_Frauen" and "INTEGRATIONS WOMEN" match). Other columns keep
/// their names, for the caller to refuse with a suggestion.
/// @throw InputError(origin, "line N") when two columns name the same key
void name_csv_columns(CsvTable& table, std::span<const CsvColumnName> names, const std::string& origin);

/// The name a column is known by in messages, quoted: its key, and what the file wrote
/// when that differs ("\"integrations\" (\"Integrationen\")").
std::string csv_column_shown(const CsvTable& table, int column);

}  // namespace intsim
