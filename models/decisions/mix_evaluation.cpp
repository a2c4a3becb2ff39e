#include "models/decisions/mix_evaluation.hpp"

#include <cmath>

#include "models/decisions/replication_values.hpp"
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
    const TallyLayout layout = tally_layout(model);
    double entries = 0, entries_women = 0;
    for (std::size_t r = 0; r < replications; ++r)
        for (std::size_t k = 0; k < layout.measures; ++k) {
            entries += tallies[r * layout.size() + layout.measure(MeasureField::Entries, k)];
            entries_women += tallies[r * layout.size() + layout.measure(MeasureField::EntriesWomen, k)];
        }
    e.women_share_entries = entries > 0 ? entries_women / entries : 0.0;
    const Scenario& s = model.scenario;
    if (s.women_share_rule) {
        const double elb = values.mean("elb_avg");
        e.women_share_required = s.women_share_min.value_or(elb > 0 ? values.mean("women_avg") / elb : 0.0);
    }
    return e;
}

MixEvaluator monte_carlo_evaluator(std::uint64_t replications, std::uint32_t seed, RunControl control) {
    return [replications, seed, control](const Model& model) {
        return estimate_by_monte_carlo(model, replications, seed, control);
    };
}

}  // namespace intsim
