#include "models/indicators.hpp"

#include <algorithm>
#include <stdexcept>

namespace intsim {

namespace {

double sum_over_months(const TallyLayout& layout, std::span<const double> tally, MonthlyField field) {
    double total = 0;
    for (std::size_t m = 0; m < layout.months; ++m) total += tally[layout.monthly(field, m)];
    return total;
}

double ratio(double numerator, double denominator) {
    return denominator > 0 ? numerator / denominator : 0.0;
}

int active_months(const MeasureSpec& spec, int horizon) {
    return std::max(0, std::min(spec.end_month, horizon) - std::max(spec.start_month, 0));
}

const char* capacity_kind_name(CapacityKind kind) {
    switch (kind) {
        case CapacityKind::Slots: return "slots";
        case CapacityKind::Entries: return "entries";
        case CapacityKind::Budget: return "budget";
    }
    return "slots";
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

std::vector<double> replication_indicators(const Model& model, const TallyLayout& layout,
                                           std::span<const double> tally) {
    const Scenario& s = model.scenario;
    const double months = static_cast<double>(layout.months);
    const std::size_t last = layout.months - 1;
    const double integrations = sum_over_months(layout, tally, MonthlyField::Integrations);
    const double integrations_ltr = sum_over_months(layout, tally, MonthlyField::IntegrationsLtr);
    const double elb_avg = sum_over_months(layout, tally, MonthlyField::Elb) / months;
    const double ltr_avg = sum_over_months(layout, tally, MonthlyField::Ltr) / months;
    const auto baseline = s.baseline.find("ltr_avg");
    const double ltr_reference = baseline != s.baseline.end() ? baseline->second : tally[layout.start_ltr()];
    const double spend = sum_over_months(layout, tally, MonthlyField::SpendEgt);
    // Same order as indicator_names().
    return {
        integrations,
        sum_over_months(layout, tally, MonthlyField::IntegrationsWomen),
        sum_over_months(layout, tally, MonthlyField::IntegrationsSingleParents),
        integrations_ltr,
        100.0 * ratio(integrations, elb_avg),
        100.0 * ratio(integrations_ltr, ltr_avg),
        elb_avg,
        tally[layout.monthly(MonthlyField::Elb, last)],
        ltr_avg,
        tally[layout.monthly(MonthlyField::Ltr, last)],
        ltr_reference > 0 ? 100.0 * (ltr_avg / ltr_reference - 1.0) : 0.0,
        sum_over_months(layout, tally, MonthlyField::Women) / months,
        sum_over_months(layout, tally, MonthlyField::SingleParents) / months,
        spend,
        s.operative_egt - spend,
    };
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

    // Indicators.
    const auto& names = indicator_names();
    std::vector<std::vector<double>> values(names.size(), std::vector<double>(replications));
    for (std::size_t r = 0; r < replications; ++r) {
        const auto row = replication_indicators(model, layout, tally_of(r));
        for (std::size_t i = 0; i < names.size(); ++i) values[i][r] = row[i];
        results.run.person_months += tally_of(r)[layout.person_months()];
    }
    std::vector<std::uint8_t> all_met(replications, 1);
    for (std::size_t i = 0; i < names.size(); ++i) {
        IndicatorResult indicator;
        indicator.name = names[i];
        indicator.summary = summarise(values[i]);
        indicator.direction = default_direction(names[i]);
        indicator.directed = has_default_direction(names[i]);
        const auto target = s.targets.find(names[i]);
        if (target != s.targets.end()) {
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
            for (std::size_t r = 0; r < replications; ++r) {
                const double x = values[i][r];
                all_met[r] &= higher ? x >= *indicator.target : x <= *indicator.target;
            }
        }
        results.indicators.push_back(indicator);
    }
    if (!s.targets.empty() && replications > 0)
        results.p_all_targets_met =
            static_cast<double>(std::count(all_met.begin(), all_met.end(), 1)) / static_cast<double>(replications);

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

    // Budget.
    if (s.operative_egt > 0) {
        results.budget.present = true;
        results.budget.operative_egt = s.operative_egt;
        const std::size_t spend = std::find(names.begin(), names.end(), "budget_spend") - names.begin();
        const std::size_t remaining = std::find(names.begin(), names.end(), "budget_remaining") - names.begin();
        results.budget.spend = quantiles_of(values[spend]);
        results.budget.remaining = quantiles_of(values[remaining]);
        std::size_t over = 0;
        for (double x : values[spend]) over += x > s.operative_egt;
        results.budget.p_over_budget = replications ? static_cast<double>(over) / static_cast<double>(replications) : 0.0;
    }
    return results;
}

}  // namespace intsim
