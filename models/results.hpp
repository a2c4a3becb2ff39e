#pragma once
// What a run found, summarised over replications: the content of results.json
// (DESIGN.md section 5) as plain structs. Writers in report/ turn it into files.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/statistics.hpp"
#include "models/effects/measure_effect.hpp"
#include "models/scenario.hpp"

namespace intsim {

/// A quantity's mean and 5/25/50/75/95 % quantiles over replications ("Q" in the
/// contract). p25/p75 come last so that a brace-initialiser {mean, p05, p50, p95}
/// written against the contract's four keys still means what it says.
struct Quantiles {
    double mean = 0, p05 = 0, p50 = 0, p95 = 0;
    double p25 = 0, p75 = 0;  ///< the quartiles: the inner band of the report's fan charts
};

struct IndicatorResult {
    std::string name;
    Summary summary;
    Direction direction = Direction::Higher;
    std::optional<double> target;
    std::optional<double> p_target_met;
    /// Whether the indicator has a direction (a target's, or the catalogue's own): only
    /// then is there an offer.
    bool directed = true;
    std::optional<double> offer_p80, offer_p90;
    std::optional<double> offer_chosen;  ///< at RunInfo::offer_probability
};

struct MonthlyResult {
    std::string month;  ///< "2022-01"
    Quantiles elb, ltr, integrations, integrations_cum, inflow, spend_cum;
    Quantiles women, single_parents, exits;
};

struct MeasureResult {
    std::string id, name;
    bool egt_funded = true;
    double capacity = 0;
    std::string capacity_kind;
    Quantiles entries, women_share_entries, occupancy_avg, spend, integrations_after;
    // The effect as stated (spec) and as derived (effect), for results.json.
    MeasureSpec spec;
    MeasureEffect effect;
    ImpliedEffects implied;
};

struct BudgetResult {
    bool present = false;  ///< false when the scenario names no operative EGT
    double operative_egt = 0;
    Quantiles spend, remaining;
    double p_over_budget = 0;
};

struct RunInfo {
    std::uint64_t replications = 0;
    std::uint64_t first_replication = 0;
    std::uint32_t seed = 1;
    int threads = 1;
    int ranks = 1;
    double wall_seconds = 0;
    double person_months = 0;
    double offer_probability = 0.8;
};

struct Results {
    std::string scenario_name;
    std::string scenario_sha256;
    RunInfo run;
    bool expected_only = false;  ///< from the expected-value model: means only, no spread
    std::vector<IndicatorResult> indicators;  ///< in indicator_names() order
    std::optional<double> p_all_targets_met;  ///< all targets met in the same replication
    std::vector<MonthlyResult> monthly;
    std::vector<MeasureResult> measures;
    BudgetResult budget;

    const IndicatorResult& indicator(const std::string& name) const;
};

Quantiles quantiles_of(std::span<const double> values);

}  // namespace intsim
