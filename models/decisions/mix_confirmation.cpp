#include "models/decisions/mix_confirmation.hpp"

#include <algorithm>
#include <cmath>

#include "models/decisions/run_phase.hpp"

namespace intsim {

std::size_t confirmation_runs(const OptimiseSection& section, std::size_t candidates) {
    return candidates + 1 + 2 * section.ranges.size();
}

MixConfirmation confirm_mixes(const Scenario& plan, const OptimiseSection& section, const MixSearchResult& search,
                              const MixSearchOptions& search_options, const ConfirmOptions& options) {
    MixConfirmation out;
    std::size_t done = 0;
    const Model plan_model = build_model(plan);  // a mix moves capacities only: its effect factors hold
    const auto run = [&](const Mix& mix) {
        const Model model = build_model(scenario_with_mix(plan, section, mix), &plan_model);
        MixEstimate estimate = estimate_by_monte_carlo(model, search_options.objective, options.replications,
                                                       options.seed, run_phase(options.control, done));
        done += options.replications;
        ++out.runs;
        return judge_mix(mix, std::move(estimate), search_options.constraints);
    };

    // The plan first: the reference of the paired differences.
    ConfirmedMix plan_entry{run(plan_mix(plan, section)), true, std::nullopt};
    std::vector<ConfirmedMix> confirmed;
    for (std::size_t r = 0; r < search.ranking.size() && confirmed.size() < options.candidates; ++r) {
        const EvaluatedMix& candidate = search.visited[search.ranking[r]];
        if (candidate.mix == plan_entry.evaluated.mix) {
            plan_entry.search_rank = r + 1;
            continue;
        }
        confirmed.push_back({run(candidate.mix), false, r + 1});
    }
    confirmed.push_back(plan_entry);
    // Paired differences to the plan: mean and normal 95 % interval.
    const auto paired = [](const std::vector<double>& own, const std::vector<double>& reference, double& mean,
                           double& low, double& high) {
        std::vector<double> difference(own.size());
        for (std::size_t r = 0; r < own.size(); ++r) difference[r] = own[r] - reference[r];
        const Summary s = summarise(difference);
        mean = s.mean;
        low = s.mean - 1.96 * s.mc_se;
        high = s.mean + 1.96 * s.mc_se;
    };
    const MixEstimate& reference = plan_entry.evaluated.estimate;
    for (auto& c : confirmed) {
        const MixEstimate& own = c.evaluated.estimate;
        paired(own.integrations_by_replication, reference.integrations_by_replication, c.difference_mean,
               c.difference_low, c.difference_high);
        paired(own.objective_by_replication, reference.objective_by_replication, c.objective_difference_mean,
               c.objective_difference_low, c.objective_difference_high);
    }
    std::stable_sort(confirmed.begin(), confirmed.end(), [&](const ConfirmedMix& a, const ConfirmedMix& b) {
        return better_mix(a.evaluated, b.evaluated, search_options.objective);
    });
    out.ranked = confirmed;

    // Marginal effects at the best mix: one step down against one step up (or against
    // the mix itself at the edge of the range).
    const EvaluatedMix& best = out.ranked.front().evaluated;
    for (std::size_t i = 0; i < section.ranges.size(); ++i) {
        const OptimiseRange& range = section.ranges[i];
        MarginalEffect m;
        m.measure_id = range.measure_id;
        m.at = best.mix[i];
        m.lower = std::max(range.min, m.at - range.step);
        m.upper = std::min(range.max, m.at + range.step);
        if (m.upper > m.lower) {
            const auto at_capacity = [&](double capacity) {
                if (capacity == m.at) return best;
                Mix mix = best.mix;
                mix[i] = capacity;
                return run(mix);
            };
            const EvaluatedMix low = at_capacity(m.lower), high = at_capacity(m.upper);
            m.integrations_difference = high.estimate.integrations - low.estimate.integrations;
            m.spend_difference = high.estimate.spend - low.estimate.spend;
            if (std::fabs(m.spend_difference) >= 1.0)
                m.integrations_per_100k_eur = m.integrations_difference / m.spend_difference * 100000.0;
        }
        out.marginal.push_back(m);
    }
    return out;
}

}  // namespace intsim
