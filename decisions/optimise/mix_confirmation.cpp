#include "decisions/optimise/mix_confirmation.hpp"

#include <algorithm>
#include <cmath>

#include "decisions/run_phase.hpp"
#include "model/build_model.hpp"

namespace intsim {

MixWarnings mix_warnings(const OptimiseSection& section, const ConfirmedMix& best, const MixConstraints& constraints) {
    MixWarnings warnings;
    for (std::size_t i = 0; i < section.ranges.size(); ++i) {
        const OptimiseRange& range = section.ranges[i];
        const double value = best.evaluated.mix[i];
        if (range.max > range.min && (value >= range.max || value <= range.min))
            warnings.at_limits.push_back({range.measure_id, value, value >= range.max,
                                          value >= range.max && range.ceiling.has_value()});
    }
    const MixEstimate& estimate = best.evaluated.estimate;
    const std::size_t years = std::max<std::size_t>(1, estimate.spend_by_year.size());
    double limits = 0, unspent = 0;
    for (std::size_t y = 0; y < years; ++y) {
        const std::optional<double> limit = constraints.limit(y);
        if (!limit || *limit <= 0) continue;
        const double spend = estimate.spend_by_year.empty() ? estimate.spend : estimate.spend_by_year[y];
        const double left = *limit - spend;
        if (left <= kUnspentWarningShare * *limit) continue;
        warnings.unspent_years.push_back({y, *limit, left, left / *limit});
        limits += *limit;
        unspent += left;
    }
    if (!warnings.unspent_years.empty()) {
        warnings.unspent = unspent;
        warnings.unspent_share = unspent / limits;
    }
    return warnings;
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

    // Which mixes are confirmed is known before any runs: the best candidates of the
    // search other than the plan's own mix, and the plan.
    const Mix own = plan_mix(plan, section);
    std::vector<std::size_t> chosen;  // ranks (0-based) of the candidates to run
    std::optional<std::size_t> plan_rank;
    for (std::size_t r = 0; r < search.ranking.size() && chosen.size() < options.candidates; ++r) {
        if (search.visited[search.ranking[r]].mix == own) plan_rank = r + 1;
        else chosen.push_back(r);
    }
    if (options.on_runs) options.on_runs(chosen.size() + 1);

    // The plan first: the reference of the paired differences.
    ConfirmedMix plan_entry{run(own), true, plan_rank};
    std::vector<ConfirmedMix> confirmed;
    for (std::size_t r : chosen) confirmed.push_back({run(search.visited[search.ranking[r]].mix), false, r + 1});
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
    std::size_t marginal_runs = 0;
    for (std::size_t i = 0; i < section.ranges.size(); ++i) {
        const OptimiseRange& range = section.ranges[i];
        const double at = best.mix[i];
        marginal_runs += (std::max(range.min, at - range.step) != at) + (std::min(range.max, at + range.step) != at);
    }
    if (options.on_runs) options.on_runs(out.runs + marginal_runs);
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
            const auto& a = high.estimate.integrations_by_replication;
            const auto& b = low.estimate.integrations_by_replication;
            std::vector<double> paired(a.size());
            for (std::size_t r = 0; r < a.size() && r < b.size(); ++r) paired[r] = a[r] - b[r];
            const Summary s = summarise(paired);
            m.integrations_difference_low = s.mean - 1.96 * s.mc_se;
            m.integrations_difference_high = s.mean + 1.96 * s.mc_se;
            m.spend_difference = high.estimate.spend - low.estimate.spend;
            if (std::fabs(m.spend_difference) >= 1.0)
                m.integrations_per_100k_eur = m.integrations_difference / m.spend_difference * 100000.0;
        }
        out.marginal.push_back(m);
    }
    return out;
}

}  // namespace intsim
