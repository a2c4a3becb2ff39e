#pragma once
// The second half of the mix optimiser: the best mixes of the search, and the plan's
// own mix for reference, are run again with more replications under common random
// numbers (same seed for every mix), ranked on their paired differences (mixes whose
// difference to a better one lies within its 95 % interval share its rank), and the best one's
// marginal effects are measured: what one more (or one less) step of each measure does
// to integrations and spending, as integrations per 100,000 EUR.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "decisions/optimise/mix_search.hpp"
#include "engine/runner.hpp"

namespace intsim {

/// A paired difference (this mix - another, replication by replication): mean and the
/// normal 95 % interval, mean +- 1.96 sd / sqrt(n).
struct PairedInterval {
    double mean = 0, low = 0, high = 0;
    bool excludes_zero() const { return low > 0 || high < 0; }
};

PairedInterval paired_interval(const std::vector<double>& own, const std::vector<double>& reference);

struct ConfirmedMix {
    EvaluatedMix evaluated;  ///< with the confirmation's replications
    bool is_plan = false;    ///< the plan's own capacities
    std::optional<std::size_t> search_rank;  ///< 1-based rank in the search; empty for the plan
    /// Paired difference of integrations (over the horizon) to the plan's mix: mean and 95 % interval.
    double difference_mean = 0, difference_low = 0, difference_high = 0;
    /// The same for the objective (a probability's difference for p_all_targets_met).
    double objective_difference_mean = 0, objective_difference_low = 0, objective_difference_high = 0;
    /// Shared rank, 1-based: one more than the number of confirmed mixes that beat this one
    /// beyond noise, i.e. feasible where this one is not, or of the same feasibility with
    /// an objective whose paired difference to this one has its 95 % interval on the better
    /// side of 0. Mixes the interval cannot tell apart share a rank.
    std::size_t rank = 1;
    /// Paired differences to the first of rank 1 (this - best), over the horizon; zero for
    /// the best itself. What separates the mix from the best.
    PairedInterval to_best_objective, to_best_integrations, to_best_spend;
    /// The objective's interval to the best excludes 0 (or feasibility differs).
    bool distinguishable_from_best = false;
};

/// Sets rank, to_best_* and distinguishable_from_best of each mix and orders them by rank,
/// then by better_mix (the mean figures). `mixes` carry their per-replication values of
/// the same replication numbers (common random numbers).
void rank_on_paired_differences(std::vector<ConfirmedMix>& mixes, const HorizonObjective& objective);

struct MarginalEffect {
    std::string measure_id;
    double at = 0;              ///< the best mix's capacity
    double lower = 0, upper = 0;  ///< the two capacities compared (one of them may be `at`)
    double integrations_difference = 0;  ///< integrations(upper) - integrations(lower)
    /// 95 % interval of the integrations difference (paired replications, common random numbers)
    double integrations_difference_low = 0, integrations_difference_high = 0;
    double spend_difference = 0;         ///< spend(upper) - spend(lower)
    std::optional<double> integrations_per_100k_eur;  ///< empty when no EGT money moves
};

struct MixConfirmation {
    std::vector<ConfirmedMix> ranked;  ///< best first
    std::vector<MarginalEffect> marginal;
    std::size_t runs = 0;  ///< Monte Carlo runs of `replications` each
};

/// What the optimiser's answer should be read with: the best mix at the edge of a range
/// the user gave (the optimum may lie beyond it), and money it leaves unspent.
struct MixWarnings {
    struct AtLimit {
        std::string measure_id;
        double value = 0;
        bool at_max = true;  ///< false: at the range's minimum
        bool at_ceiling = false;  ///< the maximum is what employers take up (OptimiseRange::ceiling)
    };
    /// A calendar year whose limit less the best mix's expected spend of that year is more
    /// than kUnspentWarningShare of the limit (the budget holds in each year).
    struct UnspentYear {
        std::size_t year = 0;  ///< index into Model::years
        double limit = 0;
        double unspent = 0;
        double share = 0;  ///< of the limit
    };
    std::vector<AtLimit> at_limits;
    std::vector<UnspentYear> unspent_years;
    /// Summed over unspent_years, and its share of those years' limits; empty without any.
    std::optional<double> unspent;
    double unspent_share = 0;
};

constexpr double kUnspentWarningShare = 0.02;

MixWarnings mix_warnings(const OptimiseSection& section, const ConfirmedMix& best, const MixConstraints& constraints);

struct ConfirmOptions {
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    std::size_t candidates = 5;  ///< best mixes of the search to confirm
    RunControl control;          ///< progress counts the replications of all runs, one run after another
    /// Told the number of runs as soon as it is known: first the mixes to confirm, then,
    /// once the best is known, those plus the marginal runs (for a progress bar that
    /// counts what is done, not a bound).
    std::function<void(std::size_t runs)> on_runs;
};

MixConfirmation confirm_mixes(const Scenario& plan, const OptimiseSection& section, const MixSearchResult& search,
                              const MixSearchOptions& search_options, const ConfirmOptions& options);

}  // namespace intsim
