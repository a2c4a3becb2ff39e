#pragma once
// The BA's key figures under § 48a SGB II as published: one table for every jobcenter,
// one row per jobcenter and month. Which of its columns holds which figure is not code but
// a small layout file (scenarios/ba-tables/layout-2025.json, with the layout's date), so
// that a new layout of the published files is an edit. The rows of one jobcenter become
// the monthly key-figure table track reads (monthly_actuals.hpp), cell for cell, every
// message still naming the published file's line and column.
#include <string>
#include <utility>
#include <vector>

#include "engine/csv_reader.hpp"
#include "model/scenario.hpp"

namespace intsim {

struct BaLayout {
    std::string file;              ///< the layout file, for messages
    std::string date;              ///< "2025-06": the month the layout was taken from
    std::string describes;         ///< which published file it describes
    std::string jobcenter_column;  ///< the jobcenter's id (e.g. "Regionalschlüssel")
    std::string name_column;       ///< the jobcenter's name; "" when the table has none
    std::string month_column;      ///< the reporting month
    /// intsim's key-figure column (key_figure_columns(), and "ltr") -> the table's column.
    std::vector<std::pair<std::string, std::string>> figures;
};

/// @throw InputError naming the layout file and the JSON pointer
BaLayout read_ba_layout(const std::string& file);

/// The rows of `jobcenter` from `from` to `to` in months order as a table of monthly key figures: header
/// "month" and the figure keys the layout maps, rows keeping the published file's line
/// numbers and (file_columns) its column numbers.
/// @throw InputError(file, "line 1") for a column the layout names that the table lacks;
///        (file, "line N, column C") for a month that is not one or a jobcenter and month
///        twice; (file, "") for an id not in the table (with the nearest ids)
CsvTable ba_jobcenter_table(const CsvTable& table, const BaLayout& layout, const std::string& jobcenter,
                            const std::string& file, const YearMonth& from, const YearMonth& to);

}  // namespace intsim
