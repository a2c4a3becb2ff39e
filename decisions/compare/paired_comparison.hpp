#pragma once
// Paired comparison of measure mixes (docs/design.md: "how sure is that difference?").
// BASE and every VARIANT run with the same seed and replication numbers, so that
// replication r of each draws the same random numbers for the same purpose, person and
// month wherever the scenarios coincide (common random numbers). The difference of a
// replication pair then carries little of the noise both share, and its spread is far
// smaller than that of two independent runs. How much smaller is measured, not assumed:
// every variant also runs on a disjoint set of replication numbers (independent random
// numbers), and the ratio of the two variances is reported.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "decisions/horizon_objective.hpp"
#include "engine/runner.hpp"
#include "model/model.hpp"

namespace intsim {

struct PairedDifference {
    std::string indicator;
    Direction direction = Direction::Higher;
    bool directed = true;  ///< false: neither way is better, P(better) is not given
    double base_mean = 0, variant_mean = 0;
    double mean_difference = 0;          ///< variant - base
    double ci95_low = 0, ci95_high = 0;  ///< mean difference +- 1.96 sd_paired / sqrt(n)
    /// mean difference +- 1.645 sd_paired / sqrt(n): the workbench's interval (issue 27
    /// asks for 90 %); compare's files and report keep the 95 % one
    double ci90_low = 0, ci90_high = 0;
    double sd_paired = 0;                ///< sd of the per-replication paired differences
    double sd_independent = 0;           ///< the same with the variant on independent numbers
    /// var(independent differences) / var(paired differences); empty when the paired
    /// differences do not vary at all (the indicator does not react to the variant)
    std::optional<double> variance_reduction;
    std::optional<double> p_variant_better;  ///< share of replications where the variant is strictly better
    std::optional<double> p_variant_worse;   ///< share where it is strictly worse (1 - better - equal)
    double p_equal = 0;           ///< share of replications with exactly the same value
};

/// Summarises per-replication values: `base` and `variant` paired (same replication
/// numbers), `variant_independent` on other replication numbers (same size).
PairedDifference paired_difference(std::span<const double> base, std::span<const double> variant,
                                   std::span<const double> variant_independent, Direction direction,
                                   bool directed = true);

/// What a variant's extra integrations cost in one period: the extra EGT spend over the
/// extra integrations, both paired mean differences, with a 95 % interval of the ratio
/// (Fieller's, from the paired differences' means, variances and covariance). Given only
/// where the variant spends more *and* integrates more, each beyond its interval and the
/// spend by at least kBudgetNeutralShare of the base's; otherwise `verdict` says why not.
struct ExtraIntegrationCost {
    enum class Verdict {
        Costs,                ///< more spend for more integrations: `per_integration` holds the price
        SpendsNoMore,         ///< more integrations without more money (budget-neutral, or less)
        NoExtraIntegrations,  ///< the integrations' interval includes 0
        FewerIntegrations,    ///< the integrations' interval lies below 0
    };
    Verdict verdict = Verdict::NoExtraIntegrations;
    double extra_spend = 0, extra_spend_low = 0, extra_spend_high = 0;
    double extra_integrations = 0, extra_integrations_low = 0, extra_integrations_high = 0;
    std::optional<double> per_integration, per_integration_low, per_integration_high;
};

/// A spend difference smaller than this share of the base's spend in the period is
/// budget-neutral: moving money between measures changes spend by rounding of entries.
constexpr double kBudgetNeutralShare = 0.005;

/// `base_*` and `variant_*` per replication, paired (same replication numbers).
ExtraIntegrationCost extra_integration_cost(std::span<const double> base_integrations,
                                            std::span<const double> variant_integrations,
                                            std::span<const double> base_spend,
                                            std::span<const double> variant_spend);

std::string_view verdict_name(ExtraIntegrationCost::Verdict verdict);  ///< "costs", "spends_no_more", ...

/// The differences of one period: a calendar year, or the whole horizon.
struct PeriodDifferences {
    std::vector<PairedDifference> indicators;  ///< in indicator_names() order, directions from BASE's targets of that year
    std::optional<double> p_all_targets_met;   ///< of the variant, by its own targets of that year (the horizon: every year)
    /// P(target met) of each indicator (as `indicators`) with a target that year: BASE by its
    /// targets, the variant by its own; empty where the scenario sets none (always, for the horizon)
    std::vector<std::optional<double>> base_p_target_met, variant_p_target_met;
    ExtraIntegrationCost cost;
};
using YearDifferences = PeriodDifferences;

struct VariantComparison {
    std::string name;
    std::vector<PairedDifference> indicators;  ///< the first calendar year, in indicator_names() order
    std::optional<double> p_all_targets_met;   ///< of the variant, judged by its own targets (first year)
    std::vector<YearDifferences> years;        ///< every calendar year (years[0]: the first)
    std::optional<double> p_all_targets_met_every_year;
    /// The whole horizon as one period (results.json's `horizon`): directions of their own,
    /// no targets; p_all_targets_met is p_all_targets_met_every_year.
    PeriodDifferences horizon;
    PairedDifference objective;                ///< the comparison's objective
    double person_months = 0;
};

struct Comparison {
    std::string base_name;
    std::uint64_t replications = 0;
    std::uint32_t seed = 1;
    std::uint64_t independent_first = 0;  ///< first replication number of the independent runs
    std::optional<double> base_p_all_targets_met;
    std::vector<CalendarYear> years;  ///< the horizon's calendar years (BASE and variants share them)
    std::string first_month, last_month;  ///< of the horizon, "YYYY-MM"
    std::vector<std::optional<double>> base_p_all_targets_met_by_year;
    std::optional<double> base_p_all_targets_met_every_year;
    HorizonObjective objective;
    std::vector<VariantComparison> variants;
    double person_months = 0;  ///< over all runs
};

struct ComparisonOptions {
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    RunControl control;  ///< progress counts (1 + 2 x variants) x replications
    HorizonObjective objective;  ///< read against BASE (parse_objective)
};

/// EGT spend per extra integration of a variant in the first calendar year (compare.json's
/// `cost_per_extra_integration`): ExtraIntegrationCost::per_integration of years[0], empty
/// unless the variant spends more there and integrates more.
std::optional<double> cost_per_extra_integration(const VariantComparison& variant);

/// The difference of one indicator (nullptr when the variant has none of that name).
const PairedDifference* find_difference(const VariantComparison& variant, const std::string& indicator);

/// Runs BASE and the variants with common random numbers, and each variant once more on
/// replications N .. 2N-1 of the same seed (independent of 0 .. N-1) to measure the
/// variance reduction. Directions are BASE's (its targets', else the defaults), year by
/// year. The variants must cover BASE's calendar years (same start and months).
Comparison compare_scenarios(const Model& base, const std::vector<Model>& variants,
                             const ComparisonOptions& options);

}  // namespace intsim
