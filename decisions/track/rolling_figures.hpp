#pragma once
// The BA publishes a jobcenter's integrations as rolling 12-month sums (the numerator of
// K2 and of its subgroup figures) and the eLb stock as a rolling 12-month average (K2's
// denominator). Tracking needs the months themselves. Consecutive rolling sums differ by
// the month that enters and the month that leaves the window:
//     R(t) - R(t-1) = x(t) - x(t-12),   so   x(t) = R(t) - R(t-1) + x(t-12),
// and for the stock, from averages A: E(t) = 12 (A(t) - A(t-1)) + E(t-12).
// Rolling sums alone never give the months: any pattern that repeats every 12 months and
// sums to zero leaves them unchanged. So the month of the year before, x(t-12), must come
// from somewhere:
//   - a monthly figure of that month in the file (a row of the previous year, or an
//     earlier row of a longer horizon), reported or itself derived: then x(t) is exact;
//   - for integrations, when the file has none: the scenario's season splits the rolling
//     sum ending the month before, x(t-12) ~ R(t-1) * season(t) / sum(season); the
//     month's own chance (a variance of about that estimate, as for a Poisson count) is
//     carried into the likelihood as approximation_variance;
//   - for the stock there is no such estimate (a year's drift is far larger than what a
//     month's stock tells): the month's eLb stays unknown.
// Needing R(t-1) too, the plan's first month needs the row of the month before it.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "decisions/track/monthly_actuals.hpp"
#include "model/scenario.hpp"

namespace intsim {

/// The rolling figures of key_figure_columns() that stand for a monthly figure.
enum class RollingFigure : std::size_t {
    Integrations,               ///< integrations_12m -> integrations
    IntegrationsWomen,          ///< integrations_women_12m -> integrations_women
    IntegrationsSingleParents,  ///< integrations_single_parents_12m -> integrations_single_parents
    IntegrationsLtr,            ///< integrations_ltr_12m -> integrations_ltr
    ElbAverage,                 ///< elb_avg_12m -> elb
};
inline constexpr std::size_t kRollingFigures = 5;

using RollingRow = std::array<std::optional<double>, kRollingFigures>;

/// Fills the figures of the plan's months (`rows` from `first_plan_row` on; `rows` holds
/// every row of the file, consecutive months) that are empty but follow from the rolling
/// figures of the row, the row before and the month 12 rows earlier, in month order (a
/// derived month may serve a later one). Figures the file reports are kept as they are.
/// @return per derived column, which months and how (for the output)
/// @throw InputError(file, "line N", ...) when an exact derivation comes out negative
///        (the rolling sums and the months given contradict each other)
std::vector<DerivedFigures> derive_monthly_figures(std::vector<MonthlyActual>& rows, const std::vector<RollingRow>& rolling,
                                                std::size_t first_plan_row, const Scenario& plan,
                                                const std::string& file);

}  // namespace intsim
