#pragma once
// What a measure mix achieves, as the mix optimiser sees it. The search asks a
// MixEvaluator, a plain function from a Model to a MixEstimate. Two are offered:
//  - expected_shift_evaluator: the expected-value model gives each mix's means in a
//    fraction of a second (docs/design.md: the inner loop of the mix optimiser); the spread
//    around them, which P(all targets met) needs, comes from one Monte Carlo run of the
//    plan (see below);
//  - monte_carlo_evaluator: every mix simulated with a few replications of the same seed
//    (common random numbers), slower, without the expected model's approximations.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "decisions/horizon_objective.hpp"
#include "decisions/optimise/optimise_section.hpp"
#include "engine/runner.hpp"
#include "engine/statistics.hpp"
#include "model/model.hpp"

namespace intsim {

/// One capacity per optimised measure, in the order of OptimiseSection::ranges.
using Mix = std::vector<double>;

/// The scenario with the mix's capacities.
Scenario scenario_with_mix(const Scenario& plan, const OptimiseSection& section, const Mix& mix);

/// The plan's own capacities of the optimised measures.
Mix plan_mix(const Scenario& plan, const OptimiseSection& section);

/// What a mix achieves over the horizon. For a 12-month horizon starting in January the
/// horizon is the one calendar year.
struct MixEstimate {
    double objective = 0;                     ///< the search's objective: mean value, or P(met)
    double integrations = 0;                  ///< expected integrations_total over the horizon
    std::optional<double> p_all_targets_met;  ///< every target of every year; empty without targets
    double spend = 0;                         ///< expected EGT spending over the horizon
    std::vector<double> spend_by_year;        ///< expected EGT spending of each calendar year
    std::vector<double> integrations_by_year;  ///< expected integrations_total of each calendar year
    std::vector<std::optional<double>> p_all_targets_met_by_year;  ///< of each year; empty optional without targets
    double women_share_entries = 0;           ///< women among all measure entries (expected counts)
    double women_share_required = 0;          ///< the rule's share (0 when the rule is off)
    /// Per replication (the shifted pilot replications for an expected-value estimate).
    std::vector<double> integrations_by_replication;
    std::vector<double> objective_by_replication;
    std::vector<double> spend_by_replication;  ///< EGT spending over the horizon
    Summary spend_summary;
    Summary integrations_summary;
    double p_over_budget = 0;  ///< share of replications spending more than a year's operative EGT in some year
};

using MixEvaluator = std::function<MixEstimate(const Model&)>;

/// Monte Carlo estimate: replications 0 .. replications-1 of `seed`.
MixEstimate estimate_by_monte_carlo(const Model& model, const HorizonObjective& objective,
                                    std::uint64_t replications, std::uint32_t seed, const RunControl& control);

MixEvaluator monte_carlo_evaluator(const HorizonObjective& objective, std::uint64_t replications, std::uint32_t seed,
                                   RunControl control);

/// Expected-value estimate with a Monte Carlo spread. The plan runs once with
/// `pilot_replications` replications. For a mix, the expected model gives the change of
/// every indicator against the plan, E[mix] - E[plan] (a difference of two expected-model
/// runs, so that the model's own small bias against Monte Carlo cancels), and each pilot
/// replication is shifted by it: P(all targets met) is the share of shifted replications
/// that meet every target. This assumes a mix moves the indicators' means and leaves
/// their joint spread alone, which the paired comparisons support: under common random
/// numbers a variant's per-replication difference to the plan varies by 2-3 integrations
/// where the year itself varies by about 130.
MixEvaluator expected_shift_evaluator(const Model& plan, const HorizonObjective& objective,
                                      std::uint64_t pilot_replications, std::uint32_t seed, const RunControl& control);

}  // namespace intsim
