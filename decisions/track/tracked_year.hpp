#pragma once
// The year of one replication as tracking sees it (the plan's first calendar year): every
// month's figure as observed where
// the actuals have it, else the replication's own simulated figure (months not observed
// yet, and cells of observed months that are still empty). Also what the actuals alone
// say so far, and what the open months must bring to reach a target.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "decisions/track/monthly_actuals.hpp"
#include "model/scenario.hpp"
#include "model/tally.hpp"

namespace intsim {

/// The months of the tracked year: the plan's first calendar year inside its horizon (as
/// results.json's top-level indicators and targets), 12 for a plan starting in January.
int tracked_months(const Scenario& plan);

/// Indicators a year of actuals plus projection can give (the actuals have no columns
/// for the stock of women or single parents, nor for spending).
const std::vector<std::string>& tracked_indicators();
std::size_t tracked_index(const std::string& name);

/// The figures observed so far, by ActualField.
struct YearToDate {
    std::array<double, kActualFields> sum{};          ///< over the months that have the figure
    std::array<int, kActualFields> months{};          ///< how many months have it
    std::array<std::optional<double>, kActualFields> last;  ///< the latest month's that has it
};

YearToDate year_to_date(const std::vector<MonthlyActual>& actuals);

/// True when every month of the tracked year is observed with every figure year_values() uses.
bool year_fully_observed(const Scenario& plan, const std::vector<MonthlyActual>& actuals);

/// One replication's year in tracked_indicators() order. `tally` (tally_layout wide) fills
/// what the actuals lack; it may be empty only when year_fully_observed().
std::vector<double> year_values(const Scenario& plan, const std::vector<MonthlyActual>& actuals,
                                const TallyLayout& layout, std::span<const double> tally);

/// `tally` with the figures the actuals observed written over the replication's own (the
/// month's integrations, eLb and LZB counts ... where the actuals have them), so that every
/// period formed from it counts the actuals as they were.
std::vector<double> observed_tally(const std::vector<MonthlyActual>& actuals, const TallyLayout& layout,
                                   std::span<const double> tally);

/// The same year's cumulative integrations after each month (actuals where observed).
std::vector<double> cumulative_integrations(const Scenario& plan, const std::vector<MonthlyActual>& actuals,
                                            const TallyLayout& layout, std::span<const double> tally);

/// The reference of ltr_change_pct: last year's LZB average, else the plan's start stock.
double ltr_reference(const Scenario& plan);

/// What the open months (those without an observed figure) must bring on average to reach
/// a target, against what the projection brings there.
struct MonthlyNeed {
    double needed = 0;     ///< at least (higher is better) or at most (lower is better)
    double projected = 0;  ///< the projection's mean per open month
    int open_months = 0;
    std::string unit;
};

/// @param year_means the mean of each tracked indicator's year (tracked_indicators() order)
/// @return empty for end-of-year stocks and when no month is open
std::optional<MonthlyNeed> monthly_need(const Scenario& plan, const std::string& indicator, const Target& target,
                                        const YearToDate& so_far, const std::vector<double>& year_means);

/// The indicator's figure so far: sums of integrations, averages of stocks over the months
/// observed; empty for rates and end-of-year stocks, and when no month has the figure.
std::optional<double> indicator_so_far(const std::string& indicator, const YearToDate& so_far);

}  // namespace intsim
