#include "decisions/optimise/mix_confirmation.hpp"

#include <algorithm>
#include <cmath>

#include "decisions/run_phase.hpp"
#include "model/build_model.hpp"

namespace intsim {

PairedInterval paired_interval(const std::vector<double>& own, const std::vector<double>& reference) {
    std::vector<double> difference(std::min(own.size(), reference.size()));
    for (std::size_t r = 0; r < difference.size(); ++r) difference[r] = own[r] - reference[r];
    if (difference.empty()) return {};
    const Summary s = summarise(difference);
    return {s.mean, s.mean - 1.96 * s.mc_se, s.mean + 1.96 * s.mc_se};
}

void rank_on_paired_differences(std::vector<ConfirmedMix>& mixes, const HorizonObjective& objective) {
    std::stable_sort(mixes.begin(), mixes.end(), [&](const ConfirmedMix& a, const ConfirmedMix& b) {
        return better_mix(a.evaluated, b.evaluated, objective);
    });
    // a beats b beyond noise: feasible against infeasible, or the objective's paired
    // difference a - b with its whole 95 % interval on the better side of 0.
    const auto beats = [&](const ConfirmedMix& a, const ConfirmedMix& b) {
        if (a.evaluated.feasible != b.evaluated.feasible) return a.evaluated.feasible;
        const PairedInterval d =
            paired_interval(a.evaluated.estimate.objective_by_replication, b.evaluated.estimate.objective_by_replication);
        return objective.direction == Direction::Higher ? d.low > 0 : d.high < 0;
    };
    for (auto& b : mixes) {
        b.rank = 1;
        for (const auto& a : mixes)
            if (&a != &b && beats(a, b)) ++b.rank;
    }
    std::stable_sort(mixes.begin(), mixes.end(),
                     [](const ConfirmedMix& a, const ConfirmedMix& b) { return a.rank < b.rank; });
    const MixEstimate best = mixes.front().evaluated.estimate;
    const bool best_feasible = mixes.front().evaluated.feasible;
    for (auto& c : mixes) {
        const MixEstimate& e = c.evaluated.estimate;
        c.to_best_objective = paired_interval(e.objective_by_replication, best.objective_by_replication);
        c.to_best_integrations = paired_interval(e.integrations_by_replication, best.integrations_by_replication);
        c.to_best_spend = paired_interval(e.spend_by_replication, best.spend_by_replication);
        c.distinguishable_from_best = c.evaluated.feasible != best_feasible || c.to_best_objective.excludes_zero();
    }
}

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
    const auto confirmed_mix = [](EvaluatedMix evaluated, bool is_plan, std::optional<std::size_t> search_rank) {
        ConfirmedMix c;
        c.evaluated = std::move(evaluated);
        c.is_plan = is_plan;
        c.search_rank = search_rank;
        return c;
    };
    const ConfirmedMix plan_entry = confirmed_mix(run(own), true, plan_rank);
    std::vector<ConfirmedMix> confirmed;
    for (std::size_t r : chosen) confirmed.push_back(confirmed_mix(run(search.visited[search.ranking[r]].mix), false, r + 1));
    confirmed.push_back(plan_entry);
    // Paired differences to the plan.
    const MixEstimate& reference = plan_entry.evaluated.estimate;
    for (auto& c : confirmed) {
        const MixEstimate& own = c.evaluated.estimate;
        const PairedInterval i = paired_interval(own.integrations_by_replication, reference.integrations_by_replication);
        const PairedInterval o = paired_interval(own.objective_by_replication, reference.objective_by_replication);
        c.difference_mean = i.mean, c.difference_low = i.low, c.difference_high = i.high;
        c.objective_difference_mean = o.mean, c.objective_difference_low = o.low, c.objective_difference_high = o.high;
    }
    rank_on_paired_differences(confirmed, search_options.objective);
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
