#pragma once
// What a run found, summarised over replications: the content of results.json
// (docs/design.md section 5) as plain structs. Writers in report/ turn it into files.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/statistics.hpp"
#include "model/effects/measure_effect.hpp"
#include "model/scenario.hpp"

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
    Quantiles k2_rate_12m;  ///< the BA's rolling 12-month integration rate, per cent
    std::string k2_rate_12m_basis = "horizon";  ///< how months before the start enter (rolling_k2_rate)
};

struct MeasureResult {
    std::string id, name;
    bool egt_funded = true;
    double capacity = 0;
    std::string capacity_kind;
    /// Entry ends the benefit spell: participants leave the stock the model follows, so
    /// their occupancy is 0 while the measure still spends (not in results.json).
    bool leaves_benefit = false;
    double cost_fixed = 0;  ///< commitments from earlier years in the spend (not in results.json)
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

/// One calendar year of the horizon (docs/years.md).
struct YearResult {
    int year = 2022;
    bool partial = false;             ///< fewer than 12 of its months are in the horizon
    std::vector<std::string> months;  ///< its months in the horizon, "2022-01", ...
    std::vector<IndicatorResult> indicators;  ///< in indicator_names() order, against this year's targets
    bool has_targets = false;
    std::optional<double> p_all_targets_met;
    BudgetResult budget;  ///< against this year's operative EGT
    bool egt_carried_forward = false;  ///< the EGT is the first year's, assumed again
};

/// The whole horizon as one period: no targets; the EGT is the sum of the years'.
struct HorizonResult {
    std::vector<IndicatorResult> indicators;
    BudgetResult budget;
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
    std::vector<IndicatorResult> indicators;  ///< in indicator_names() order, of the first calendar year
    std::optional<double> p_all_targets_met;  ///< all targets met in the same replication
    std::vector<YearResult> years;  ///< every calendar year; `indicators`, `p_all_targets_met` and `budget` are the first
    /// every target of every year met in the same replication; empty when no year has targets
    std::optional<double> p_all_targets_met_every_year;
    HorizonResult horizon;
    std::vector<MonthlyResult> monthly;
    std::vector<MeasureResult> measures;
    BudgetResult budget;

    const IndicatorResult& indicator(const std::string& name) const;
};

Quantiles quantiles_of(std::span<const double> values);

}  // namespace intsim
