#pragma once
// The run's tables as CSV: indicators.csv, years.csv, monthly.csv, measures.csv (docs/design.md
// section 5). The same numbers as results.json (rounded the same way), one row per
// indicator, month or measure, so that a spreadsheet can chart them directly.
#include "model/results.hpp"
#include "report/csv_writer.hpp"

namespace intsim {

/// indicator, mean, sd, mc_se, p05 ... p95, min, max, target, direction, p_target_met,
/// offer_p80, offer_p90.
CsvOutputTable indicators_table(const Results& results);

/// One row per calendar year and indicator: year, partial, first_month, last_month, then
/// the columns of indicators_table (against that year's targets), then the year's
/// year_p_all_targets_met, year_operative_egt, year_operative_egt_carried_forward and
/// year_p_over_budget (the same on every row of the year; empty without targets or EGT).
CsvOutputTable years_table(const Results& results);

/// month, then <quantity>_mean, _p05, _p25, _p50, _p75, _p95 for elb, ltr, integrations,
/// integrations_cum, inflow, spend_cum, women, single_parents, exits, k2_rate_12m, then
/// k2_rate_12m_basis.
CsvOutputTable monthly_table(const Results& results);

/// id, name, funded_by, capacity_kind, capacity, then the quantiles of entries,
/// women_share_entries, occupancy_avg, spend, integrations_after.
CsvOutputTable measures_table(const Results& results);

}  // namespace intsim
