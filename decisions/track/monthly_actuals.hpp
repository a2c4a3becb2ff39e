#pragma once
// The monthly actuals of the target-tracking dialogue: one row per month so far with
// what is known of it: the stock of eLb and LZB, the month's integrations (in total, of
// women, of single parents, of LZB). Figures arrive at different times (the BA publishes
// integrations after a three-month waiting period, stocks earlier), so any cell may be
// empty and any figure column may be left out; a month with no figure at all is an error.
//
// Two shapes, told apart by their columns and allowed side by side:
//   - monthly figures: elb, ltr, integrations, integrations_women,
//     integrations_single_parents, integrations_ltr;
//   - the BA's key figures under § 48a SGB II as published monthly per jobcenter:
//     integrations_12m (the numerator of K2: integrations of the 12 months up to and
//     including the month), elb_avg_12m (its denominator: the average eLb stock of those
//     months), k2 (the rate in %, read as a check of the two), the subgroups'
//     numerators integrations_women_12m, integrations_single_parents_12m (K2E4) and
//     integrations_ltr_12m (K3E1), and the LZB stock ltr (the stock K3 compares).
//     Rolling sums become monthly figures in rolling_figures.hpp; for that the file may
//     begin up to 12 months before the plan's start (the previous year's months).
// The table itself is read by engine/csv_reader; actuals_table.hpp turns it into these
// checked numbers.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"

namespace intsim {

/// The monthly figures, in the order of monthly_actual_columns() after "month".
enum class ActualField : std::size_t {
    Elb,
    Ltr,
    Integrations,
    IntegrationsWomen,
    IntegrationsSingleParents,
    IntegrationsLtr,
};
inline constexpr std::size_t kActualFields = 6;

struct MonthlyActual {
    YearMonth month;
    std::size_t line = 0;  ///< line of the CSV row
    std::array<std::optional<double>, kActualFields> figures;  ///< empty: not known (yet)
    /// Variance of a figure derived from rolling sums with an estimated month of the year
    /// before (rolling_figures.hpp); 0 for figures as reported or derived exactly.
    std::array<double, kActualFields> approximation_variance{};
    /// True when the figure was derived from a rolling 12-month sum, not reported.
    std::array<bool, kActualFields> derived{};

    const std::optional<double>& operator[](ActualField f) const { return figures[static_cast<std::size_t>(f)]; }
    std::optional<double>& operator[](ActualField f) { return figures[static_cast<std::size_t>(f)]; }
    bool any() const;
};

/// Monthly figures of one kind derived from a rolling key figure of the BA
/// (rolling_figures.hpp); the report words how.
struct DerivedFigures {
    ActualField field = ActualField::Integrations;
    std::string column;  ///< the rolling key figure's column, e.g. integrations_12m
    /// The months derived, as ranges of consecutive months (first, last).
    std::vector<std::pair<YearMonth, YearMonth>> months;
    /// The month a year earlier came from the file (exact); else it was estimated by the
    /// scenario's season share of the rolling sum.
    bool exact = true;
    bool rolling_sum = true;  ///< a 12-month sum; else a 12-month average (times 12)
};

/// The checked actuals: the plan's months from its start, consecutive (1 .. plan.months).
struct MonthlyActuals {
    std::vector<MonthlyActual> months;
    std::vector<std::string> columns;  ///< the figure columns the file has, in file order
    std::vector<DerivedFigures> derived;  ///< how figures were derived from key figures
};

/// Column names of the monthly shape, "month" first, then ActualField order.
const std::vector<std::string>& monthly_actual_columns();
/// Column names of the key-figure shape (rolling 12-month figures), without "month".
const std::vector<std::string>& key_figure_columns();
/// The column of a monthly figure.
const std::string& actual_field_name(ActualField field);

}  // namespace intsim
