#include "decisions/track/tracked_year.hpp"

#include <algorithm>

#include "model/indicator_catalogue.hpp"

namespace intsim {

int tracked_months(const Scenario& plan) { return std::min(plan.months, 13 - plan.start.month); }

const std::vector<std::string>& tracked_indicators() { return indicators_shown_in(kShownInTracking); }

std::size_t tracked_index(const std::string& name) {
    const auto& names = tracked_indicators();
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

namespace {

constexpr MonthlyField kTallyField[kActualFields] = {MonthlyField::Elb,
                                                     MonthlyField::Ltr,
                                                     MonthlyField::Integrations,
                                                     MonthlyField::IntegrationsWomen,
                                                     MonthlyField::IntegrationsSingleParents,
                                                     MonthlyField::IntegrationsLtr};

double ratio(double numerator, double denominator) { return denominator > 0 ? numerator / denominator : 0.0; }

// Month m's figure f: observed, else the replication's.
double figure(const std::vector<MonthlyActual>& actuals, std::size_t m, std::size_t f, const TallyLayout& layout,
              std::span<const double> tally) {
    if (m < actuals.size() && actuals[m].figures[f]) return *actuals[m].figures[f];
    return tally[layout.monthly(kTallyField[f], m)];
}

}  // namespace

YearToDate year_to_date(const std::vector<MonthlyActual>& actuals) {
    YearToDate y;
    for (const auto& a : actuals)
        for (std::size_t f = 0; f < kActualFields; ++f) {
            if (!a.figures[f]) continue;
            y.sum[f] += *a.figures[f];
            y.months[f] += 1;
            y.last[f] = a.figures[f];
        }
    return y;
}

bool year_fully_observed(const Scenario& plan, const std::vector<MonthlyActual>& actuals) {
    if (static_cast<int>(actuals.size()) < tracked_months(plan)) return false;
    return std::all_of(actuals.begin(), actuals.end(), [](const MonthlyActual& a) {
        return std::all_of(a.figures.begin(), a.figures.end(), [](const auto& f) { return f.has_value(); });
    });
}

double ltr_reference(const Scenario& plan) {
    const auto baseline = plan.baseline.find("ltr_avg");
    if (baseline != plan.baseline.end()) return baseline->second;
    return static_cast<double>(plan.start_elb) * plan.start_ltr_share;
}

std::vector<double> year_values(const Scenario& plan, const std::vector<MonthlyActual>& actuals,
                                const TallyLayout& layout, std::span<const double> tally) {
    std::array<double, kActualFields> sum{}, last{};
    const auto months = static_cast<std::size_t>(tracked_months(plan));
    for (std::size_t m = 0; m < months; ++m)
        for (std::size_t f = 0; f < kActualFields; ++f) {
            last[f] = figure(actuals, m, f, layout, tally);
            sum[f] += last[f];
        }
    const auto at = [](ActualField f) { return static_cast<std::size_t>(f); };
    const double elb_avg = sum[at(ActualField::Elb)] / static_cast<double>(months);
    const double ltr_avg = sum[at(ActualField::Ltr)] / static_cast<double>(months);
    const double reference = ltr_reference(plan);
    return {sum[at(ActualField::Integrations)],
            sum[at(ActualField::IntegrationsWomen)],
            sum[at(ActualField::IntegrationsSingleParents)],
            sum[at(ActualField::IntegrationsLtr)],
            100.0 * ratio(sum[at(ActualField::Integrations)], elb_avg),
            100.0 * ratio(sum[at(ActualField::IntegrationsLtr)], ltr_avg),
            elb_avg,
            last[at(ActualField::Elb)],
            ltr_avg,
            last[at(ActualField::Ltr)],
            reference > 0 ? 100.0 * (ltr_avg / reference - 1.0) : 0.0};
}

std::vector<double> observed_tally(const std::vector<MonthlyActual>& actuals, const TallyLayout& layout,
                                   std::span<const double> tally) {
    std::vector<double> filled(tally.begin(), tally.end());
    for (std::size_t m = 0; m < actuals.size(); ++m)
        for (std::size_t f = 0; f < kActualFields; ++f)
            if (actuals[m].figures[f]) filled[layout.monthly(kTallyField[f], m)] = *actuals[m].figures[f];
    return filled;
}

std::vector<double> cumulative_integrations(const Scenario& plan, const std::vector<MonthlyActual>& actuals,
                                            const TallyLayout& layout, std::span<const double> tally) {
    std::vector<double> out;
    double sum = 0;
    for (std::size_t m = 0; m < static_cast<std::size_t>(tracked_months(plan)); ++m) {
        sum += figure(actuals, m, static_cast<std::size_t>(ActualField::Integrations), layout, tally);
        out.push_back(sum);
    }
    return out;
}

std::optional<double> indicator_so_far(const std::string& indicator, const YearToDate& so_far) {
    const auto sum_of = [&](ActualField f) -> std::optional<double> {
        const auto i = static_cast<std::size_t>(f);
        if (so_far.months[i] == 0) return std::nullopt;
        return so_far.sum[i];
    };
    const auto average_of = [&](ActualField f) -> std::optional<double> {
        const auto i = static_cast<std::size_t>(f);
        if (so_far.months[i] == 0) return std::nullopt;
        return so_far.sum[i] / so_far.months[i];
    };
    if (indicator == "integrations_total") return sum_of(ActualField::Integrations);
    if (indicator == "integrations_women") return sum_of(ActualField::IntegrationsWomen);
    if (indicator == "integrations_single_parents") return sum_of(ActualField::IntegrationsSingleParents);
    if (indicator == "integrations_ltr") return sum_of(ActualField::IntegrationsLtr);
    if (indicator == "elb_avg") return average_of(ActualField::Elb);
    if (indicator == "ltr_avg") return average_of(ActualField::Ltr);
    return std::nullopt;
}

std::optional<MonthlyNeed> monthly_need(const Scenario& plan, const std::string& name, const Target& target,
                                        const YearToDate& so_far, const std::vector<double>& year_means) {
    const double months = static_cast<double>(tracked_months(plan));
    const double goal = target.value;
    const auto mean = [&](const char* indicator) { return year_means[tracked_index(indicator)]; };
    // needed_total and projected_total are in the unit of field f summed over the year.
    const auto need = [&](ActualField f, double needed_total, double projected_total,
                          const char* unit) -> std::optional<MonthlyNeed> {
        const auto i = static_cast<std::size_t>(f);
        const int open = tracked_months(plan) - so_far.months[i];
        if (open <= 0) return std::nullopt;
        MonthlyNeed n;
        n.open_months = open;
        n.needed = (needed_total - so_far.sum[i]) / open;
        if (target.direction == Direction::Higher) n.needed = std::max(0.0, n.needed);  // already reached
        n.projected = (projected_total - so_far.sum[i]) / open;
        n.unit = unit;
        return n;
    };
    using F = ActualField;
    if (name == "integrations_total")
        return need(F::Integrations, goal, mean("integrations_total"), "integrations per month");
    if (name == "integrations_women")
        return need(F::IntegrationsWomen, goal, mean("integrations_women"), "integrations of women per month");
    if (name == "integrations_single_parents")
        return need(F::IntegrationsSingleParents, goal, mean("integrations_single_parents"),
                    "integrations of single parents per month");
    if (name == "integrations_ltr")
        return need(F::IntegrationsLtr, goal, mean("integrations_ltr"), "integrations of LZB per month");
    if (name == "integration_rate")
        return need(F::Integrations, goal / 100.0 * mean("elb_avg"), mean("integrations_total"),
                    "integrations per month");
    if (name == "ltr_integration_rate")
        return need(F::IntegrationsLtr, goal / 100.0 * mean("ltr_avg"), mean("integrations_ltr"),
                    "integrations of LZB per month");
    if (name == "elb_avg")
        return need(F::Elb, goal * months, mean("elb_avg") * months, "average eLb stock of the open months");
    if (name == "ltr_avg")
        return need(F::Ltr, goal * months, mean("ltr_avg") * months, "average LZB stock of the open months");
    if (name == "ltr_change_pct")
        return need(F::Ltr, ltr_reference(plan) * (1.0 + goal / 100.0) * months, mean("ltr_avg") * months,
                    "average LZB stock of the open months");
    return std::nullopt;
}

}  // namespace intsim
