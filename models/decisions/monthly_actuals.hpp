#pragma once
// The monthly actuals of the target-tracking dialogue: one row per month so far with
// the stock of eLb and LZB and the month's integrations (in total, of women, of single
// parents, of LZB). They come as a CSV table; this file turns the table into checked
// numbers (the table itself is read by engine/csv_reader).
#include <cstddef>
#include <string>
#include <vector>

#include "engine/csv_reader.hpp"
#include "models/scenario.hpp"

namespace intsim {

struct MonthlyActual {
    YearMonth month;
    std::size_t line = 0;  ///< line of the CSV row
    double elb = 0, ltr = 0;
    double integrations = 0, integrations_women = 0, integrations_single_parents = 0, integrations_ltr = 0;
};

/// Column names of the actuals, in the documented order.
const std::vector<std::string>& monthly_actual_columns();

/// Checks the table against the plan: every column present (no others), months as
/// "YYYY-MM" starting at the plan's start and consecutive, at most the plan's horizon,
/// counts whole and >= 0, LZB <= eLb, integration subgroups <= integrations.
/// @throw InputError(file, "line N", what was expected)
std::vector<MonthlyActual> monthly_actuals_from_table(const CsvTable& table, const std::string& file,
                                                      const Scenario& plan);

}  // namespace intsim
