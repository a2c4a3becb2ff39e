#include "model/indicators.hpp"

#include <algorithm>
#include <stdexcept>

namespace intsim {

namespace {

double sum_over(const TallyLayout& layout, std::span<const double> tally, MonthlyField field, MonthRange months) {
    double total = 0;
    for (std::size_t m = months.first; m < months.first + months.count; ++m) total += tally[layout.monthly(field, m)];
    return total;
}

double ratio(double numerator, double denominator) {
    return denominator > 0 ? numerator / denominator : 0.0;
}

int active_months(const MeasureSpec& spec, int horizon) {
    return std::max(0, std::min(spec.end_month, horizon) - std::max(spec.start_month, 0));
}

MonthRange months_of(const YearFrame& year) {
    return {static_cast<std::size_t>(year.span.first_month), static_cast<std::size_t>(year.span.months)};
}

// The first year's LZB change is against last year's average (the baseline) or, without
// one, the stock at the start.
double first_ltr_reference(const Model& model, const TallyLayout& layout, std::span<const double> tally) {
    const auto baseline = model.scenario.baseline.find("ltr_avg");
    return baseline != model.scenario.baseline.end() ? baseline->second : tally[layout.start_ltr()];
}

std::size_t position_of(std::string_view indicator) {
    const auto& names = indicator_names();
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), indicator) - names.begin());
}

double share_of_ones(const std::vector<std::uint8_t>& flags) {
    return static_cast<double>(std::count(flags.begin(), flags.end(), 1)) / static_cast<double>(flags.size());
}

// Summaries of one period's values ([indicator][replication]) held against its targets;
// `all_met` keeps 1 for the replications that meet every target.
std::vector<IndicatorResult> summarise_indicators(const std::vector<std::vector<double>>& values,
                                                  const std::map<std::string, Target>& targets,
                                                  double offer_probability, std::vector<std::uint8_t>& all_met) {
    const auto& names = indicator_names();
    std::vector<IndicatorResult> out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        IndicatorResult indicator;
        indicator.name = names[i];
        indicator.summary = summarise(values[i]);
        indicator.direction = default_direction(names[i]);
        indicator.directed = has_default_direction(names[i]);
        const auto target = targets.find(names[i]);
        if (target != targets.end()) {
            indicator.direction = target->second.direction;
            indicator.target = target->second.value;
            indicator.directed = true;
        }
        const bool higher = indicator.direction == Direction::Higher;
        if (indicator.directed) {
            std::vector<double> sorted = values[i];
            std::sort(sorted.begin(), sorted.end());
            indicator.offer_p80 = offer_value(sorted, 0.8, higher);
            indicator.offer_p90 = offer_value(sorted, 0.9, higher);
            indicator.offer_chosen = offer_value(sorted, offer_probability, higher);
        }
        if (indicator.target) {
            indicator.p_target_met = share_meeting(values[i], *indicator.target, higher);
            for (std::size_t r = 0; r < all_met.size(); ++r) {
                const double x = values[i][r];
                all_met[r] &= higher ? x >= *indicator.target : x <= *indicator.target;
            }
        }
        out.push_back(indicator);
    }
    return out;
}

BudgetResult summarise_budget(const std::vector<std::vector<double>>& values, double operative_egt) {
    BudgetResult budget;
    if (!(operative_egt > 0)) return budget;
    budget.present = true;
    budget.operative_egt = operative_egt;
    const auto& spend = values[position_of("budget_spend")];
    budget.spend = quantiles_of(spend);
    budget.remaining = quantiles_of(values[position_of("budget_remaining")]);
    std::size_t over = 0;
    for (double x : spend) over += x > operative_egt;
    budget.p_over_budget = spend.empty() ? 0.0 : static_cast<double>(over) / static_cast<double>(spend.size());
    return budget;
}

}  // namespace

Quantiles quantiles_of(std::span<const double> values) {
    const Summary s = summarise(values);
    return {s.mean, s.p05, s.p50, s.p95, s.p25, s.p75};
}

const IndicatorResult& Results::indicator(const std::string& name) const {
    for (const auto& indicator : indicators)
        if (indicator.name == name) return indicator;
    throw std::out_of_range("no indicator " + name);
}

std::vector<double> period_indicators(const TallyLayout& layout, std::span<const double> tally, MonthRange range,
                                      double ltr_reference, double operative_egt) {
    const double months = static_cast<double>(range.count);
    const std::size_t last = range.first + range.count - 1;
    const auto sum = [&](MonthlyField field) { return sum_over(layout, tally, field, range); };
    PeriodFigures period;
    period.months = months;
    period.integrations = sum(MonthlyField::Integrations);
    period.integrations_women = sum(MonthlyField::IntegrationsWomen);
    period.integrations_single_parents = sum(MonthlyField::IntegrationsSingleParents);
    period.integrations_ltr = sum(MonthlyField::IntegrationsLtr);
    period.elb_avg = sum(MonthlyField::Elb) / months;
    period.ltr_avg = sum(MonthlyField::Ltr) / months;
    period.women_avg = sum(MonthlyField::Women) / months;
    period.single_parents_avg = sum(MonthlyField::SingleParents) / months;
    period.elb_end = tally[layout.monthly(MonthlyField::Elb, last)];
    period.ltr_end = tally[layout.monthly(MonthlyField::Ltr, last)];
    period.spend = sum(MonthlyField::SpendEgt);
    period.ltr_reference = ltr_reference;
    period.operative_egt = operative_egt;
    std::vector<double> values;
    values.reserve(indicator_catalogue().size());
    for (const IndicatorInfo& info : indicator_catalogue()) values.push_back(info.value(period));
    return values;
}

std::vector<double> replication_indicators(const Model& model, const TallyLayout& layout,
                                           std::span<const double> tally) {
    const YearFrame& first = model.years.front();
    return period_indicators(layout, tally, months_of(first), first_ltr_reference(model, layout, tally),
                             first.operative_egt);
}

std::vector<std::vector<double>> yearly_indicators(const Model& model, const TallyLayout& layout,
                                                   std::span<const double> tally) {
    std::vector<std::vector<double>> years;
    double ltr_reference = first_ltr_reference(model, layout, tally);
    for (const YearFrame& year : model.years) {
        years.push_back(period_indicators(layout, tally, months_of(year), ltr_reference, year.operative_egt));
        ltr_reference = years.back()[position_of("ltr_avg")];
    }
    return years;
}

double horizon_egt(const Model& model) {
    double egt = 0;
    for (const YearFrame& year : model.years) {
        if (!(year.operative_egt > 0)) return 0;
        egt += year.operative_egt;
    }
    return egt;
}

std::vector<double> horizon_indicators(const Model& model, const TallyLayout& layout,
                                       std::span<const double> tally) {
    return period_indicators(layout, tally, {0, layout.months}, first_ltr_reference(model, layout, tally),
                             horizon_egt(model));
}

RollingRate rolling_k2_rate(const Model& model, const TallyLayout& layout, std::span<const double> tally,
                            std::size_t month) {
    const std::size_t inside = std::min<std::size_t>(month + 1, 12);
    const MonthRange window{month + 1 - inside, inside};
    double integrations = sum_over(layout, tally, MonthlyField::Integrations, window);
    double stock = sum_over(layout, tally, MonthlyField::Elb, window);
    if (inside == 12) return {100.0 * ratio(integrations, stock / 12.0), "horizon"};
    const auto& baseline = model.scenario.baseline;
    const auto base_integrations = baseline.find("integrations_total");
    const auto base_stock = baseline.find("elb_avg");
    if (base_integrations != baseline.end() && base_stock != baseline.end()) {
        const double before = static_cast<double>(12 - inside);
        integrations += before * base_integrations->second / 12.0;
        stock += before * base_stock->second;
        return {100.0 * ratio(integrations, stock / 12.0), "baseline"};
    }
    const double n = static_cast<double>(inside);
    return {100.0 * ratio(integrations * 12.0 / n, stock / n), "annualised"};
}

Results summarise_replications(const Model& model, std::span<const double> tallies,
                               std::size_t replications, double offer_probability) {
    const Scenario& s = model.scenario;
    const TallyLayout layout = tally_layout(model);
    const std::size_t width = layout.size();
    const auto tally_of = [&](std::size_t r) { return tallies.subspan(r * width, width); };
    Results results;
    results.scenario_name = s.name;
    results.run.replications = replications;
    results.run.offer_probability = offer_probability;

    // Indicators, calendar year by calendar year; the top level is the first year.
    const auto& names = indicator_names();
    const std::size_t year_count = model.years.size();
    // [year][indicator][replication]
    std::vector<std::vector<std::vector<double>>> values(
        year_count, std::vector<std::vector<double>>(names.size(), std::vector<double>(replications)));
    for (std::size_t r = 0; r < replications; ++r) {
        const auto rows = yearly_indicators(model, layout, tally_of(r));
        for (std::size_t y = 0; y < year_count; ++y)
            for (std::size_t i = 0; i < names.size(); ++i) values[y][i][r] = rows[y][i];
        results.run.person_months += tally_of(r)[layout.person_months()];
    }
    std::vector<std::uint8_t> met_every_year(replications, 1);
    bool any_targets = false;
    for (std::size_t y = 0; y < year_count; ++y) {
        const YearFrame& frame = model.years[y];
        YearResult year;
        year.year = frame.span.year;
        year.partial = frame.span.partial();
        for (int m = 0; m < frame.span.months; ++m) year.months.push_back(s.start.plus(frame.span.first_month + m).text());
        std::vector<std::uint8_t> all_met(replications, 1);
        year.indicators = summarise_indicators(values[y], frame.targets, offer_probability, all_met);
        year.has_targets = !frame.targets.empty();
        if (year.has_targets && replications > 0) {
            year.p_all_targets_met = share_of_ones(all_met);
            for (std::size_t r = 0; r < replications; ++r) met_every_year[r] &= all_met[r];
            any_targets = true;
        }
        year.budget = summarise_budget(values[y], frame.operative_egt);
        year.egt_carried_forward = frame.egt_carried_forward;
        results.years.push_back(std::move(year));
    }
    const YearResult& first = results.years.front();
    results.indicators = first.indicators;
    results.p_all_targets_met = first.p_all_targets_met;
    results.budget = first.budget;
    if (any_targets && replications > 0) results.p_all_targets_met_every_year = share_of_ones(met_every_year);

    // The whole horizon as one period, without targets (objectives "@all").
    std::vector<std::vector<double>> horizon(names.size(), std::vector<double>(replications));
    for (std::size_t r = 0; r < replications; ++r) {
        const auto row = horizon_indicators(model, layout, tally_of(r));
        for (std::size_t i = 0; i < names.size(); ++i) horizon[i][r] = row[i];
    }
    std::vector<std::uint8_t> unused(replications, 1);
    results.horizon.indicators = summarise_indicators(horizon, {}, offer_probability, unused);
    results.horizon.budget = summarise_budget(horizon, horizon_egt(model));

    // Monthly series.
    std::vector<double> column(replications);
    const auto monthly_quantiles = [&](MonthlyField field, std::size_t m, bool cumulative) {
        for (std::size_t r = 0; r < replications; ++r) {
            const auto t = tally_of(r);
            double x = 0;
            if (cumulative)
                for (std::size_t k = 0; k <= m; ++k) x += t[layout.monthly(field, k)];
            else
                x = t[layout.monthly(field, m)];
            column[r] = x;
        }
        return quantiles_of(column);
    };
    for (std::size_t m = 0; m < layout.months; ++m) {
        MonthlyResult month;
        month.month = s.start.plus(static_cast<int>(m)).text();
        month.elb = monthly_quantiles(MonthlyField::Elb, m, false);
        month.ltr = monthly_quantiles(MonthlyField::Ltr, m, false);
        month.integrations = monthly_quantiles(MonthlyField::Integrations, m, false);
        month.integrations_cum = monthly_quantiles(MonthlyField::Integrations, m, true);
        month.inflow = monthly_quantiles(MonthlyField::Inflow, m, false);
        month.spend_cum = monthly_quantiles(MonthlyField::SpendEgt, m, true);
        month.women = monthly_quantiles(MonthlyField::Women, m, false);
        month.single_parents = monthly_quantiles(MonthlyField::SingleParents, m, false);
        month.exits = monthly_quantiles(MonthlyField::Exits, m, false);
        for (std::size_t r = 0; r < replications; ++r) {
            const RollingRate rate = rolling_k2_rate(model, layout, tally_of(r), m);
            column[r] = rate.value;
            month.k2_rate_12m_basis = rate.basis;
        }
        month.k2_rate_12m = quantiles_of(column);
        results.monthly.push_back(month);
    }

    // Measures.
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        const MeasureSpec& spec = model.measures[k].spec;
        MeasureResult measure;
        measure.id = spec.id;
        measure.name = spec.name;
        measure.egt_funded = spec.egt_funded;
        measure.capacity = spec.capacity;
        measure.capacity_kind = capacity_kind_name(spec.capacity_kind);
        measure.leaves_benefit = spec.leaves_benefit;
        measure.cost_fixed = spec.cost_fixed;
        measure.spec = spec;
        measure.effect = model.measures[k].effect;
        measure.implied = implied_effects(model, k);
        const double months_open = std::max(1, active_months(spec, model.months));
        const auto measure_quantiles = [&](auto value_of) {
            for (std::size_t r = 0; r < replications; ++r) column[r] = value_of(tally_of(r));
            return quantiles_of(column);
        };
        measure.entries = measure_quantiles([&](auto t) { return t[layout.measure(MeasureField::Entries, k)]; });
        measure.women_share_entries = measure_quantiles([&](auto t) {
            return ratio(t[layout.measure(MeasureField::EntriesWomen, k)], t[layout.measure(MeasureField::Entries, k)]);
        });
        measure.occupancy_avg = measure_quantiles(
            [&](auto t) { return t[layout.measure(MeasureField::ParticipantMonths, k)] / months_open; });
        measure.spend = measure_quantiles([&](auto t) { return t[layout.measure(MeasureField::Spend, k)]; });
        measure.integrations_after =
            measure_quantiles([&](auto t) { return t[layout.measure(MeasureField::IntegrationsAfter, k)]; });
        results.measures.push_back(measure);
    }

    return results;
}

}  // namespace intsim
