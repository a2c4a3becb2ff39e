#include "decisions/track/rolling_figures.hpp"

#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "engine/input_error.hpp"

namespace intsim {

namespace {

struct RollingPair {
    RollingFigure rolling;
    ActualField monthly;
    const char* column;
    bool is_sum;  ///< a 12-month sum (flows); else a 12-month average (the stock)
};

constexpr RollingPair kPairs[] = {
    {RollingFigure::Integrations, ActualField::Integrations, "integrations_12m", true},
    {RollingFigure::IntegrationsWomen, ActualField::IntegrationsWomen, "integrations_women_12m", true},
    {RollingFigure::IntegrationsSingleParents, ActualField::IntegrationsSingleParents,
     "integrations_single_parents_12m", true},
    {RollingFigure::IntegrationsLtr, ActualField::IntegrationsLtr, "integrations_ltr_12m", true},
    {RollingFigure::ElbAverage, ActualField::Elb, "elb_avg_12m", false},
};

// The share of a year's integrations that falls in `month` by the plan's hiring season.
double season_share(const Scenario& plan, const YearMonth& month) {
    const double total = std::accumulate(plan.integration.season.begin(), plan.integration.season.end(), 0.0);
    if (!(total > 0)) return 1.0 / 12.0;
    return plan.integration.season[static_cast<std::size_t>(month.month - 1)] / total;
}

// 2022-01 to 2022-03, 2022-05: months as ranges of consecutive ones.
std::vector<std::pair<YearMonth, YearMonth>> month_ranges(const std::vector<YearMonth>& months) {
    std::vector<std::pair<YearMonth, YearMonth>> ranges;
    for (std::size_t i = 0; i < months.size();) {
        std::size_t j = i;
        while (j + 1 < months.size() && months[j].plus(1).text() == months[j + 1].text()) ++j;
        ranges.emplace_back(months[i], months[j]);
        i = j + 1;
    }
    return ranges;
}

// Both averages whole numbers: each was rounded to whole persons, and 12 times their
// difference carries 12^2 times the variance of two roundings (1/12 each).
double rounding_variance(double a, double b) {
    return std::floor(a) == a && std::floor(b) == b ? 144.0 * 2.0 / 12.0 : 0.0;
}

}  // namespace

std::vector<DerivedFigures> derive_monthly_figures(std::vector<MonthlyActual>& rows,
                                                   const std::vector<RollingRow>& rolling, std::size_t first_plan_row,
                                                   const Scenario& plan, const std::string& file) {
    std::vector<DerivedFigures> notes;
    for (const RollingPair& pair : kPairs) {
        const auto r = static_cast<std::size_t>(pair.rolling);
        const auto m = static_cast<std::size_t>(pair.monthly);
        std::vector<YearMonth> exact, estimated;
        for (std::size_t t = std::max<std::size_t>(first_plan_row, 1); t < rows.size(); ++t) {
            MonthlyActual& row = rows[t];
            if (row.figures[m] || !rolling[t][r] || !rolling[t - 1][r]) continue;
            const double now = *rolling[t][r], before = *rolling[t - 1][r];
            const double change = pair.is_sum ? now - before : 12.0 * (now - before);
            const MonthlyActual* year_before = t >= 12 ? &rows[t - 12] : nullptr;
            double value = 0, variance = pair.is_sum ? 0.0 : rounding_variance(now, before);
            if (year_before != nullptr && year_before->figures[m]) {
                value = change + *year_before->figures[m];
                variance += year_before->approximation_variance[m];
                if (value < -0.5)
                    throw InputError(
                        file, fmt::format("line {}", row.line),
                        fmt::format("column \"{}\": changes by {:.0f} from the month before, but {} (line {}) had "
                                    "{} {:.0f} to leave the 12-month window: the rolling figures and the monthly "
                                    "ones contradict each other",
                                    pair.column, change, year_before->month.text(), year_before->line,
                                    actual_field_name(pair.monthly), *year_before->figures[m]));
                value = std::max(0.0, value);
                exact.push_back(row.month);
            } else if (pair.is_sum) {
                const double leaving = before * season_share(plan, row.month);
                value = std::max(0.0, change + leaving);
                variance += leaving;
                estimated.push_back(row.month);
            } else {
                continue;
            }
            row.figures[m] = value;
            row.approximation_variance[m] = variance;
            row.derived[m] = true;
        }
        if (!exact.empty()) notes.push_back({pair.monthly, pair.column, month_ranges(exact), true, pair.is_sum});
        if (!estimated.empty()) notes.push_back({pair.monthly, pair.column, month_ranges(estimated), false, pair.is_sum});
    }
    return notes;
}

}  // namespace intsim
