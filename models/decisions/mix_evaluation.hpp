#pragma once
// What a measure mix achieves, as the mix optimiser sees it. The search asks a
// MixEvaluator, a plain function from a Model to a MixEstimate. Today that is Monte
// Carlo at a small replication count (every mix with the same seed, so that mixes are
// compared under common random numbers); the expected-value model can take its place
// when it exists (DESIGN.md, "inner loop of the mix optimiser") without the search
// changing.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/runner.hpp"
#include "engine/statistics.hpp"
#include "models/decisions/optimise_section.hpp"
#include "models/model.hpp"

namespace intsim {

/// One capacity per optimised measure, in the order of OptimiseSection::ranges.
using Mix = std::vector<double>;

/// The scenario with the mix's capacities.
Scenario scenario_with_mix(const Scenario& plan, const OptimiseSection& section, const Mix& mix);

/// The plan's own capacities of the optimised measures.
Mix plan_mix(const Scenario& plan, const OptimiseSection& section);

struct MixEstimate {
    double integrations = 0;                  ///< expected integrations_total
    std::optional<double> p_all_targets_met;  ///< empty when the scenario has no targets
    double spend = 0;                         ///< expected EGT spending
    double women_share_entries = 0;           ///< women among all measure entries (expected counts)
    double women_share_required = 0;          ///< the rule's share (0 when the rule is off)
    /// Per replication (Monte Carlo only; empty for an expected-value estimate).
    std::vector<double> integrations_by_replication;
    Summary spend_summary;
    Summary integrations_summary;
    double p_over_budget = 0;  ///< share of replications spending more than the scenario's operative EGT
};

using MixEvaluator = std::function<MixEstimate(const Model&)>;

/// Monte Carlo estimate: replications 0 .. replications-1 of `seed`.
MixEstimate estimate_by_monte_carlo(const Model& model, std::uint64_t replications, std::uint32_t seed,
                                    const RunControl& control);

MixEvaluator monte_carlo_evaluator(std::uint64_t replications, std::uint32_t seed, RunControl control);

}  // namespace intsim
