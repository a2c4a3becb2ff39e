#include "models/decisions/mix_evaluation.hpp"

#include <cmath>
#include <memory>

#include "models/decisions/replication_values.hpp"
#include "models/expected_model.hpp"
#include "models/indicators.hpp"
#include "models/projection.hpp"
#include "models/simulate.hpp"

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

MixEstimate estimate_by_monte_carlo(const Model& model, std::uint64_t replications, std::uint32_t seed,
                                    const RunControl& control) {
    const std::vector<double> tallies = simulate_tallies(model, seed, 0, replications, control);
    const ReplicationValues values = replication_values(model, tallies, replications);
    MixEstimate e;
    const auto integrations = values.of("integrations_total");
    const auto spend = values.of("budget_spend");
    e.integrations_by_replication.assign(integrations.begin(), integrations.end());
    e.integrations_summary = summarise(integrations);
    e.spend_summary = summarise(spend);
    e.integrations = e.integrations_summary.mean;
    e.spend = e.spend_summary.mean;
    e.p_all_targets_met = values.p_all_targets_met();
    const double egt = model.scenario.operative_egt;
    if (egt > 0 && replications > 0)
        e.p_over_budget = share_meeting(spend, std::nextafter(egt, 1e300), true);

    // Women among measure entries, against the rule's share (seed section 4).
    women_shares(model, tallies, replications, values.mean("elb_avg"), values.mean("women_avg"), e);
    return e;
}

MixEvaluator monte_carlo_evaluator(std::uint64_t replications, std::uint32_t seed, RunControl control) {
    return [replications, seed, control](const Model& model) {
        return estimate_by_monte_carlo(model, replications, seed, control);
    };
}

MixEvaluator expected_shift_evaluator(const Model& plan, std::uint64_t pilot_replications, std::uint32_t seed,
                                      const RunControl& control) {
    const TallyLayout layout = tally_layout(plan);
    const auto pilot = std::make_shared<const ReplicationValues>(
        replication_values(plan, simulate_tallies(plan, seed, 0, pilot_replications, control), pilot_replications));
    const auto plan_expected =
        std::make_shared<const std::vector<double>>(replication_indicators(plan, layout, expected_tally(plan)));
    return [pilot, plan_expected, cancel = control.cancel](const Model& model) {
        if (cancel != nullptr && cancel->load()) throw Cancelled();
        const std::vector<double> tally = expected_tally(model);
        const std::vector<double> expected = replication_indicators(model, tally_layout(model), tally);
        const auto& names = indicator_names();
        const std::size_t n = pilot->replications;
        // Every pilot replication moved by the mix's expected change.
        std::vector<std::vector<double>> shifted(names.size(), std::vector<double>(n));
        for (std::size_t i = 0; i < names.size(); ++i)
            for (std::size_t r = 0; r < n; ++r)
                shifted[i][r] = pilot->indicators[i][r] + (expected[i] - (*plan_expected)[i]);
        MixEstimate e;
        const auto integrations = shifted[indicator_index("integrations_total")];
        const auto spend = shifted[indicator_index("budget_spend")];
        e.integrations_by_replication = integrations;
        e.integrations_summary = summarise(integrations);
        e.spend_summary = summarise(spend);
        e.integrations = e.integrations_summary.mean;
        e.spend = e.spend_summary.mean;
        const Scenario& s = model.scenario;
        if (!s.targets.empty() && n > 0) {
            std::size_t met = 0;
            for (std::size_t r = 0; r < n; ++r) {
                bool all = true;
                for (const auto& [name, target] : s.targets)
                    all = all && meets(shifted[indicator_index(name)][r], target.value, target.direction);
                met += all;
            }
            e.p_all_targets_met = static_cast<double>(met) / static_cast<double>(n);
        }
        if (s.operative_egt > 0 && n > 0) e.p_over_budget = share_meeting(spend, std::nextafter(s.operative_egt, 1e300), true);
        women_shares(model, tally, 1, expected[indicator_index("elb_avg")], expected[indicator_index("women_avg")], e);
        return e;
    };
}

}  // namespace intsim
