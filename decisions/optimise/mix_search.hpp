#pragma once
// The mix optimiser's search: steepest ascent on the grid of the `optimise` section.
// From the plan's own mix (snapped to the grid) it evaluates the neighbours, moves to the
// best one if it is better, and stops when none is. Neighbours are one step up or down
// of one measure, and exchanges that move money: one step up of measure i and enough
// steps down of measure j to pay for it (ceil(cost of a step of i / cost of a step of j),
// both step costs measured at the start). A mix is feasible when its expected EGT
// spending stays within the budget and women's share of measure entries reaches the
// women-share rule (in every calendar year of the horizon). Feasible beats infeasible;
// between feasible mixes the objective decides (an indicator to its unit: whole persons,
// integrations and euros, hundredths of a per cent; a probability exactly), then expected
// integrations over the horizon (to the whole integration), then the lower
// spending (so that P(all targets met), which moves in steps of 1/replications, still
// has a direction, and equal results go to the cheaper mix). Every
// evaluation is cached; the grid is finite and every move strictly improves, so the
// search ends.
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "decisions/optimise/mix_evaluation.hpp"
#include "decisions/optimise/optimise_section.hpp"

namespace intsim {

struct MixConstraints {
    /// Limit of expected EGT spending in each calendar year; empty: none. A year listed in
    /// `budget_by_year` has that limit instead (the command gives each year its operative EGT).
    std::optional<double> budget;
    std::vector<std::optional<double>> budget_by_year;  ///< by Model::years; may be empty
    /// Women's share of entries may fall short of the rule by this much (rounding of
    /// monthly entries, and the stock's share drifting over the year).
    double women_share_tolerance = 0.005;

    std::optional<double> limit(std::size_t year) const {
        return year < budget_by_year.size() ? budget_by_year[year] : budget;
    }
};

struct EvaluatedMix {
    Mix mix;
    MixEstimate estimate;
    bool feasible = true;
    double violation = 0;  ///< relative budget overrun + women-share shortfall; 0 when feasible
};

EvaluatedMix judge_mix(Mix mix, MixEstimate estimate, const MixConstraints& constraints);

/// True when `a` is strictly better than `b` (see the file comment).
bool better_mix(const EvaluatedMix& a, const EvaluatedMix& b, const HorizonObjective& objective);

struct MixSearchOptions {
    HorizonObjective objective;
    MixConstraints constraints;
    std::size_t max_evaluations = 400;
    std::function<void(std::size_t evaluated)> on_evaluated;  ///< after every new evaluation
};

struct MixSearchResult {
    Mix start;                          ///< the plan's mix snapped to the grid
    std::vector<EvaluatedMix> visited;  ///< in the order of evaluation
    std::vector<std::size_t> ranking;   ///< indices into visited, best first
    std::size_t moves = 0;              ///< accepted moves
    bool stopped_by_limit = false;      ///< max_evaluations reached before a local optimum
};

MixSearchResult search_mixes(const Scenario& plan, const OptimiseSection& section, const MixEvaluator& evaluate,
                             const MixSearchOptions& options);

}  // namespace intsim
