#pragma once
// The table of monthly actuals (read by engine/csv_reader) turned into checked figures of
// the plan's months: monthly_actuals.hpp says what the columns mean.
#include <string>

#include "decisions/track/monthly_actuals.hpp"
#include "engine/csv_reader.hpp"
#include "model/scenario.hpp"

namespace intsim {

/// Checks the table against the plan: a "month" column and at least one figure column of
/// either shape (no others; each by its key or its German name, model/column_glossary.hpp);
/// months as "YYYY-MM" or as spreadsheets write them (engine/csv_values.hpp), consecutive, starting at the plan's
/// start (with key-figure columns: at most 12 months earlier), at most the tracked year
/// (the plan's first calendar year, tracked_year.hpp);
/// every month with at least one figure; counts whole and >= 0, LZB <= eLb, integration
/// subgroups <= integrations, k2 = 100 x integrations_12m / elb_avg_12m to its rounding.
/// @throw InputError(file, "line N", what was expected)
MonthlyActuals monthly_actuals_from_table(CsvTable table, const std::string& file, const Scenario& plan);

}  // namespace intsim
