#include "decisions/optimise/mix_search.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "model/build_model.hpp"

namespace intsim {

EvaluatedMix judge_mix(Mix mix, MixEstimate estimate, const MixConstraints& constraints) {
    EvaluatedMix e{std::move(mix), std::move(estimate), true, 0.0};
    const std::vector<double> spends =
        e.estimate.spend_by_year.empty() ? std::vector<double>{e.estimate.spend} : e.estimate.spend_by_year;
    for (std::size_t y = 0; y < spends.size(); ++y) {
        const std::optional<double> limit = constraints.limit(y);
        if (limit && spends[y] > *limit + 0.5) e.violation += (spends[y] - *limit) / std::max(*limit, 1.0);
    }
    const double shortfall =
        e.estimate.women_share_required - constraints.women_share_tolerance - e.estimate.women_share_entries;
    if (e.estimate.women_share_required > 0 && shortfall > 0) e.violation += shortfall;
    e.feasible = e.violation == 0.0;
    return e;
}

namespace {

// An objective's value as far as it decides: a probability exactly, an indicator to its unit.
double decisive(double value, const HorizonObjective& objective) {
    if (objective.is_probability()) return value;
    const double unit = indicator_info(objective.indicator).unit == Unit::Percent ? 0.01 : 1.0;
    return std::round(value / unit) * unit;
}

}  // namespace

bool better_mix(const EvaluatedMix& a, const EvaluatedMix& b, const HorizonObjective& objective) {
    if (a.feasible != b.feasible) return a.feasible;
    if (!a.feasible && a.violation != b.violation) return a.violation < b.violation;
    const double oa = decisive(a.estimate.objective, objective), ob = decisive(b.estimate.objective, objective);
    if (oa != ob) return objective.direction == Direction::Higher ? oa > ob : oa < ob;
    // Whole integrations: a fraction of one a year decides nothing, the money does.
    const double ia = std::round(a.estimate.integrations), ib = std::round(b.estimate.integrations);
    if (ia != ib) return ia > ib;
    return a.estimate.spend < b.estimate.spend;
}

namespace {

using Grid = std::vector<std::size_t>;

class Search {
public:
    Search(const Scenario& plan, const OptimiseSection& section, const MixEvaluator& evaluate,
           const MixSearchOptions& options, MixSearchResult& result)
        : plan_(plan), plan_model_(build_model(plan)), section_(section), evaluate_(evaluate), options_(options),
          result_(result) {}

    bool exhausted() const { return result_.visited.size() >= options_.max_evaluations; }

    // Index into result.visited of the grid point, evaluating it on first sight.
    std::size_t at(const Grid& grid) {
        const auto it = cache_.find(grid);
        if (it != cache_.end()) return it->second;
        Mix mix;
        for (std::size_t i = 0; i < grid.size(); ++i) mix.push_back(section_.ranges[i].value(grid[i]));
        // A mix moves capacities only: the plan's effect factors hold for it.
        const Model model = build_model(scenario_with_mix(plan_, section_, mix), &plan_model_);
        result_.visited.push_back(judge_mix(mix, evaluate_(model), options_.constraints));
        cache_.emplace(grid, result_.visited.size() - 1);
        if (options_.on_evaluated) options_.on_evaluated(result_.visited.size());
        return result_.visited.size() - 1;
    }

    const EvaluatedMix& mix(std::size_t index) const { return result_.visited[index]; }

    // Money one step of each measure moves, measured at `grid` (1 EUR when it moves none).
    std::vector<double> step_costs(const Grid& grid) {
        std::vector<double> cost(grid.size(), 1.0);
        const double here = mix(at(grid)).estimate.spend;
        for (std::size_t i = 0; i < grid.size() && !exhausted(); ++i) {
            Grid other = grid;
            if (grid[i] + 1 < section_.ranges[i].count()) ++other[i];
            else if (grid[i] > 0) --other[i];
            else continue;
            cost[i] = std::max(1.0, std::fabs(mix(at(other)).estimate.spend - here));
        }
        return cost;
    }

    std::vector<Grid> neighbours(const Grid& grid, const std::vector<double>& cost) const {
        std::vector<Grid> out;
        const std::size_t d = grid.size();
        for (std::size_t i = 0; i < d; ++i) {
            if (grid[i] + 1 < section_.ranges[i].count()) out.push_back(with(grid, i, +1));
            if (grid[i] > 0) out.push_back(with(grid, i, -1));
        }
        for (std::size_t i = 0; i < d; ++i) {
            if (grid[i] + 1 >= section_.ranges[i].count()) continue;
            for (std::size_t j = 0; j < d; ++j) {
                if (j == i || grid[j] == 0) continue;
                const auto steps = static_cast<std::size_t>(std::ceil(cost[i] / cost[j] - 1e-9));
                Grid g = with(grid, i, +1);
                g[j] -= std::min(std::max<std::size_t>(steps, 1), grid[j]);
                out.push_back(g);
            }
        }
        return out;
    }

private:
    static Grid with(Grid g, std::size_t i, int delta) {
        g[i] = static_cast<std::size_t>(static_cast<long long>(g[i]) + delta);
        return g;
    }

    const Scenario& plan_;
    const Model plan_model_;  ///< whose effect factors every mix reuses
    const OptimiseSection& section_;
    const MixEvaluator& evaluate_;
    const MixSearchOptions& options_;
    MixSearchResult& result_;
    std::map<Grid, std::size_t> cache_;
};

}  // namespace

MixSearchResult search_mixes(const Scenario& plan, const OptimiseSection& section, const MixEvaluator& evaluate,
                             const MixSearchOptions& options) {
    MixSearchResult result;
    Search search(plan, section, evaluate, options, result);
    Grid current;
    for (const auto& range : section.ranges) {
        current.push_back(range.nearest(plan.measures[range.measure].capacity));
        result.start.push_back(range.value(current.back()));
    }
    std::size_t here = search.at(current);
    const std::vector<double> cost = search.step_costs(current);
    while (true) {
        std::size_t best = here;
        Grid best_grid = current;
        for (const Grid& g : search.neighbours(current, cost)) {
            if (search.exhausted()) {
                result.stopped_by_limit = true;
                break;
            }
            const std::size_t candidate = search.at(g);
            if (better_mix(search.mix(candidate), search.mix(best), options.objective)) {
                best = candidate;
                best_grid = g;
            }
        }
        if (best == here) break;
        here = best;
        current = best_grid;
        ++result.moves;
        if (result.stopped_by_limit) break;
    }
    result.ranking.resize(result.visited.size());
    for (std::size_t i = 0; i < result.ranking.size(); ++i) result.ranking[i] = i;
    std::stable_sort(result.ranking.begin(), result.ranking.end(), [&](std::size_t a, std::size_t b) {
        return better_mix(result.visited[a], result.visited[b], options.objective);
    });
    return result;
}

}  // namespace intsim
