#include "decisions/optimise/mix_evaluation.hpp"

#include <cmath>
#include <memory>

#include "decisions/replication_values.hpp"
#include "expected/expected_model.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

Scenario scenario_with_mix(const Scenario& plan, const OptimiseSection& section, const Mix& mix) {
    Scenario s = plan;
    for (std::size_t i = 0; i < section.ranges.size(); ++i) s.measures[section.ranges[i].measure].capacity = mix[i];
    return s;
}

Mix plan_mix(const Scenario& plan, const OptimiseSection& section) {
    Mix mix;
    for (const auto& range : section.ranges) mix.push_back(plan.measures[range.measure].capacity);
    return mix;
}

namespace {

// Women among the entries of all measures, and the share the rule asks for.
void women_shares(const Model& model, std::span<const double> tallies, std::size_t replications, double elb_avg,
                  double women_avg, MixEstimate& e) {
    const TallyLayout layout = tally_layout(model);
    double entries = 0, entries_women = 0;
    for (std::size_t r = 0; r < replications; ++r)
        for (std::size_t k = 0; k < layout.measures; ++k) {
            entries += tallies[r * layout.size() + layout.measure(MeasureField::Entries, k)];
            entries_women += tallies[r * layout.size() + layout.measure(MeasureField::EntriesWomen, k)];
        }
    e.women_share_entries = entries > 0 ? entries_women / entries : 0.0;
    const Scenario& s = model.scenario;
    if (s.women_share_rule) e.women_share_required = s.women_share_min.value_or(elb_avg > 0 ? women_avg / elb_avg : 0.0);
}

}  // namespace

namespace {

// The estimate's figures from per-replication values (simulated, or shifted pilot ones).
MixEstimate estimate_from_values(const Model& model, const HorizonObjective& objective, const ReplicationValues& values) {
    MixEstimate e;
    const std::size_t integrations_index = indicator_index("integrations_total");
    const std::size_t spend_index = indicator_index("budget_spend");
    const auto& integrations = values.horizon[integrations_index];
    const auto& spend = values.horizon[spend_index];
    e.integrations_by_replication = integrations;
    e.spend_by_replication = spend;
    e.integrations_summary = summarise(integrations);
    e.spend_summary = summarise(spend);
    e.integrations = e.integrations_summary.mean;
    e.spend = e.spend_summary.mean;
    e.p_all_targets_met = values.p_all_targets_met_every_year();
    e.objective_by_replication = objective_values(objective, values);
    e.objective = mean_of(e.objective_by_replication);
    std::size_t over = 0;
    for (std::size_t y = 0; y < values.years.size(); ++y) {
        e.spend_by_year.push_back(mean_of(values.years[y][spend_index]));
        e.integrations_by_year.push_back(mean_of(values.years[y][integrations_index]));
        e.p_all_targets_met_by_year.push_back(values.p_all_targets_met(y));
    }
    for (std::size_t r = 0; r < values.replications; ++r) {
        bool any = false;
        for (std::size_t y = 0; y < values.years.size(); ++y) {
            const double egt = model.years[y].operative_egt;
            any = any || (egt > 0 && values.years[y][spend_index][r] > egt);
        }
        over += any;
    }
    if (values.replications > 0) e.p_over_budget = static_cast<double>(over) / static_cast<double>(values.replications);
    return e;
}

}  // namespace

MixEstimate estimate_by_monte_carlo(const Model& model, const HorizonObjective& objective,
                                    std::uint64_t replications, std::uint32_t seed, const RunControl& control) {
    const std::vector<double> tallies = simulate_tallies(model, seed, 0, replications, control);
    const ReplicationValues values = replication_values(model, tallies, replications);
    MixEstimate e = estimate_from_values(model, objective, values);
    // Women among measure entries, against the rule's share (seed section 4).
    women_shares(model, tallies, replications, values.mean("elb_avg"), values.mean("women_avg"), e);
    return e;
}

MixEvaluator monte_carlo_evaluator(const HorizonObjective& objective, std::uint64_t replications, std::uint32_t seed,
                                   RunControl control) {
    return [objective, replications, seed, control](const Model& model) {
        return estimate_by_monte_carlo(model, objective, replications, seed, control);
    };
}

namespace {

// Every indicator value of every period (each year, then the horizon) of one expected tally.
std::vector<std::vector<double>> expected_periods(const Model& model, std::span<const double> tally) {
    const TallyLayout layout = tally_layout(model);
    std::vector<std::vector<double>> periods = yearly_indicators(model, layout, tally);
    periods.push_back(horizon_indicators(model, layout, tally));
    return periods;
}

}  // namespace

MixEvaluator expected_shift_evaluator(const Model& plan, const HorizonObjective& objective,
                                      std::uint64_t pilot_replications, std::uint32_t seed, const RunControl& control) {
    const auto pilot = std::make_shared<const ReplicationValues>(
        replication_values(plan, simulate_tallies(plan, seed, 0, pilot_replications, control), pilot_replications));
    const auto plan_expected = std::make_shared<const std::vector<std::vector<double>>>(
        expected_periods(plan, expected_tally(plan)));
    return [pilot, plan_expected, objective, cancel = control.cancel](const Model& model) {
        if (cancel != nullptr && cancel->load()) throw Cancelled();
        const std::vector<double> tally = expected_tally(model);
        const auto expected = expected_periods(model, tally);
        // Every pilot replication moved by the mix's expected change, period by period.
        ReplicationValues shifted = *pilot;
        const std::size_t years = shifted.years.size();
        for (std::size_t p = 0; p <= years; ++p) {
            auto& period = p < years ? shifted.years[p] : shifted.horizon;
            for (std::size_t i = 0; i < period.size(); ++i)
                for (double& x : period[i]) x += expected[p][i] - (*plan_expected)[p][i];
        }
        shifted.indicators = shifted.years.front();
        judge_targets(model, shifted);
        MixEstimate e = estimate_from_values(model, objective, shifted);
        const auto& first = expected.front();
        women_shares(model, tally, 1, first[indicator_index("elb_avg")], first[indicator_index("women_avg")], e);
        return e;
    };
}

}  // namespace intsim
