#include "decisions/compare/paired_comparison.hpp"

#include <algorithm>
#include <cmath>

#include "decisions/replication_values.hpp"
#include "decisions/run_phase.hpp"
#include "engine/statistics.hpp"
#include "model/tally.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

namespace {

double sample_variance(std::span<const double> values) {
    const Summary s = summarise(values);
    return s.sd * s.sd;
}

double person_months_of(const Model& model, std::span<const double> tallies, std::size_t replications) {
    const TallyLayout layout = tally_layout(model);
    double total = 0;
    for (std::size_t r = 0; r < replications; ++r) total += tallies[r * layout.size() + layout.person_months()];
    return total;
}

}  // namespace

PairedDifference paired_difference(std::span<const double> base, std::span<const double> variant,
                                   std::span<const double> variant_independent, Direction direction,
                                   bool directed) {
    const std::size_t n = base.size();
    PairedDifference d;
    d.direction = direction;
    d.directed = directed;
    d.base_mean = mean_of(base);
    d.variant_mean = mean_of(variant);
    std::vector<double> paired(n), independent(n);
    std::size_t better = 0, worse = 0, equal = 0;
    for (std::size_t r = 0; r < n; ++r) {
        paired[r] = variant[r] - base[r];
        independent[r] = variant_independent[r] - base[r];
        equal += paired[r] == 0.0;
        better += direction == Direction::Higher ? paired[r] > 0.0 : paired[r] < 0.0;
        worse += direction == Direction::Higher ? paired[r] < 0.0 : paired[r] > 0.0;
    }
    const Summary s = summarise(paired);
    d.mean_difference = s.mean;
    d.sd_paired = s.sd;
    // Normal interval of the mean: with hundreds of replications the mean of the paired
    // differences is close to normal even when a single difference is not.
    d.ci95_low = s.mean - 1.96 * s.mc_se;
    d.ci95_high = s.mean + 1.96 * s.mc_se;
    d.ci90_low = s.mean - 1.645 * s.mc_se;
    d.ci90_high = s.mean + 1.645 * s.mc_se;
    const double var_independent = sample_variance(independent);
    d.sd_independent = std::sqrt(var_independent);
    // A paired variance below 1e-12 of the independent one is rounding noise, not data.
    const double var_paired = s.sd * s.sd;
    if (var_paired > 1e-12 * std::max(var_independent, 1e-300)) d.variance_reduction = var_independent / var_paired;
    if (n > 0) {
        if (d.directed) {
            d.p_variant_better = static_cast<double>(better) / static_cast<double>(n);
            d.p_variant_worse = static_cast<double>(worse) / static_cast<double>(n);
        }
        d.p_equal = static_cast<double>(equal) / static_cast<double>(n);
    }
    return d;
}

const PairedDifference* find_difference(const VariantComparison& variant, const std::string& indicator) {
    for (const auto& d : variant.indicators)
        if (d.indicator == indicator) return &d;
    return nullptr;
}

std::optional<double> cost_per_extra_integration(const VariantComparison& variant) {
    if (variant.years.empty()) return std::nullopt;
    return variant.years.front().cost.per_integration;
}

std::string_view verdict_name(ExtraIntegrationCost::Verdict verdict) {
    switch (verdict) {
        case ExtraIntegrationCost::Verdict::Costs: return "costs";
        case ExtraIntegrationCost::Verdict::SpendsNoMore: return "spends_no_more";
        case ExtraIntegrationCost::Verdict::NoExtraIntegrations: return "no_extra_integrations";
        case ExtraIntegrationCost::Verdict::FewerIntegrations: return "fewer_integrations";
    }
    return "no_extra_integrations";
}

ExtraIntegrationCost extra_integration_cost(std::span<const double> base_integrations,
                                            std::span<const double> variant_integrations,
                                            std::span<const double> base_spend,
                                            std::span<const double> variant_spend) {
    const std::size_t n = base_integrations.size();
    ExtraIntegrationCost cost;
    if (n < 2) return cost;
    std::vector<double> integrations(n), spend(n);
    for (std::size_t r = 0; r < n; ++r) {
        integrations[r] = variant_integrations[r] - base_integrations[r];
        spend[r] = variant_spend[r] - base_spend[r];
    }
    const Summary i = summarise(integrations), s = summarise(spend);
    cost.extra_integrations = i.mean;
    cost.extra_integrations_low = i.mean - 1.96 * i.mc_se;
    cost.extra_integrations_high = i.mean + 1.96 * i.mc_se;
    cost.extra_spend = s.mean;
    cost.extra_spend_low = s.mean - 1.96 * s.mc_se;
    cost.extra_spend_high = s.mean + 1.96 * s.mc_se;
    using Verdict = ExtraIntegrationCost::Verdict;
    if (cost.extra_integrations_high < 0) {
        cost.verdict = Verdict::FewerIntegrations;
        return cost;
    }
    if (!(cost.extra_integrations_low > 0)) {
        cost.verdict = Verdict::NoExtraIntegrations;
        return cost;
    }
    const double base_mean = mean_of(base_spend);
    if (!(cost.extra_spend_low > 0) || cost.extra_spend < kBudgetNeutralShare * std::fabs(base_mean)) {
        cost.verdict = Verdict::SpendsNoMore;
        return cost;
    }
    cost.verdict = Verdict::Costs;
    // Fieller's interval of a ratio of means a / b: every theta with
    // (a - theta b)^2 <= z^2 var(a - theta b), the variances those of the means. The
    // integrations' interval lies above 0, so b^2 > z^2 var(b) and the set is an interval.
    double covariance = 0;
    for (std::size_t r = 0; r < n; ++r) covariance += (spend[r] - s.mean) * (integrations[r] - i.mean);
    covariance /= static_cast<double>(n - 1);
    const double dn = static_cast<double>(n), z2 = 1.96 * 1.96;
    const double v_spend = s.sd * s.sd / dn, v_integrations = i.sd * i.sd / dn, v_both = covariance / dn;
    const double a = s.mean, b = i.mean;
    const double qa = b * b - z2 * v_integrations, qb = a * b - z2 * v_both, qc = a * a - z2 * v_spend;
    const double root = std::sqrt(std::max(0.0, qb * qb - qa * qc));
    cost.per_integration = a / b;
    cost.per_integration_low = (qb - root) / qa;
    cost.per_integration_high = (qb + root) / qa;
    return cost;
}

Comparison compare_scenarios(const Model& base, const std::vector<Model>& variants,
                             const ComparisonOptions& options) {
    const std::uint64_t n = options.replications;
    Comparison comparison;
    comparison.base_name = base.scenario.name;
    comparison.replications = n;
    comparison.seed = options.seed;
    comparison.independent_first = n;
    comparison.first_month = base.scenario.start.text();
    comparison.last_month = base.scenario.start.plus(base.scenario.months - 1).text();

    const std::vector<double> base_tallies = simulate_tallies(base, options.seed, 0, n, run_phase(options.control, 0));
    const ReplicationValues base_values = replication_values(base, base_tallies, n);
    comparison.base_p_all_targets_met = base_values.p_all_targets_met();
    for (std::size_t y = 0; y < base.years.size(); ++y) {
        comparison.years.push_back(base.years[y].span);
        comparison.base_p_all_targets_met_by_year.push_back(base_values.p_all_targets_met(y));
    }
    comparison.base_p_all_targets_met_every_year = base_values.p_all_targets_met_every_year();
    comparison.objective = options.objective;
    const std::vector<double> base_objective = objective_values(options.objective, base_values);
    comparison.person_months = person_months_of(base, base_tallies, n);

    std::size_t done = n;
    const auto& names = indicator_names();
    const std::size_t integrations = indicator_index("integrations_total");
    const std::size_t spend = indicator_index("budget_spend");
    for (const Model& variant : variants) {
        const auto paired_tallies = simulate_tallies(variant, options.seed, 0, n, run_phase(options.control, done));
        done += n;
        const auto independent_tallies =
            simulate_tallies(variant, options.seed, n, n, run_phase(options.control, done));
        done += n;
        const ReplicationValues paired = replication_values(variant, paired_tallies, n);
        const ReplicationValues independent = replication_values(variant, independent_tallies, n);

        VariantComparison result;
        result.name = variant.scenario.name;
        result.p_all_targets_met = paired.p_all_targets_met();
        result.person_months = person_months_of(variant, paired_tallies, n) +
                               person_months_of(variant, independent_tallies, n);
        comparison.person_months += result.person_months;
        for (std::size_t y = 0; y < base.years.size(); ++y) {
            const auto& targets = base.years[y].targets;
            YearDifferences year;
            for (std::size_t i = 0; i < names.size(); ++i) {
                PairedDifference d = paired_difference(base_values.years[y][i], paired.years[y][i],
                                                       independent.years[y][i], indicator_direction(targets, names[i]),
                                                       indicator_directed(targets, names[i]));
                d.indicator = names[i];
                year.indicators.push_back(std::move(d));
                const auto p_met = [&](const std::map<std::string, Target>& own, const std::vector<double>& values) {
                    const auto target = own.find(names[i]);
                    return target == own.end() ? std::nullopt
                                               : std::optional(share_meeting(values, target->second.value,
                                                                             target->second.direction == Direction::Higher));
                };
                year.base_p_target_met.push_back(p_met(targets, base_values.years[y][i]));
                year.variant_p_target_met.push_back(
                    p_met(y < variant.years.size() ? variant.years[y].targets : targets, paired.years[y][i]));
            }
            year.p_all_targets_met = paired.p_all_targets_met(y);
            year.cost = extra_integration_cost(base_values.years[y][integrations], paired.years[y][integrations],
                                               base_values.years[y][spend], paired.years[y][spend]);
            result.years.push_back(std::move(year));
        }
        result.indicators = result.years.front().indicators;
        result.p_all_targets_met_every_year = paired.p_all_targets_met_every_year();
        for (std::size_t i = 0; i < names.size(); ++i) {
            PairedDifference d = paired_difference(base_values.horizon[i], paired.horizon[i], independent.horizon[i],
                                                   default_direction(names[i]), has_default_direction(names[i]));
            d.indicator = names[i];
            result.horizon.indicators.push_back(std::move(d));
        }
        result.horizon.p_all_targets_met = result.p_all_targets_met_every_year;
        result.horizon.cost = extra_integration_cost(base_values.horizon[integrations], paired.horizon[integrations],
                                                     base_values.horizon[spend], paired.horizon[spend]);
        result.objective = paired_difference(base_objective, objective_values(options.objective, paired),
                                             objective_values(options.objective, independent),
                                             options.objective.direction, true);
        result.objective.indicator = options.objective.text();
        comparison.variants.push_back(std::move(result));
    }
    return comparison;
}

}  // namespace intsim
