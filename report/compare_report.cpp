#include "report/compare_report.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/results_json.hpp"

namespace intsim {

namespace {

nlohmann::json difference_to_json(const PairedDifference& d) {
    std::optional<double> interval_ratio;
    if (d.variance_reduction) interval_ratio = std::sqrt(*d.variance_reduction);
    return {{"direction", direction_name(d.direction)},
            {"base_mean", round_figure(d.base_mean)},
            {"variant_mean", round_figure(d.variant_mean)},
            {"mean_difference", round_figure(d.mean_difference)},
            {"ci95", {{"low", round_figure(d.ci95_low)}, {"high", round_figure(d.ci95_high)}}},
            {"directed", d.directed},
            {"p_variant_better", optional_figure(d.p_variant_better)},
            {"p_equal", round_figure(d.p_equal)},
            {"sd_paired", round_figure(d.sd_paired)},
            {"sd_independent", round_figure(d.sd_independent)},
            {"variance_reduction", optional_figure(d.variance_reduction)},
            {"interval_ratio", optional_figure(interval_ratio)}};
}

// The lines of the printed table: what leadership asks about first.
const std::vector<std::string>& table_indicators() {
    static const std::vector<std::string> names = {
        "integrations_total", "integrations_women", "integrations_single_parents", "integrations_ltr",
        "integration_rate",   "ltr_avg",            "ltr_end",                     "budget_spend"};
    return names;
}

}  // namespace

nlohmann::json comparison_to_json(const Comparison& c, const std::vector<ScenarioIdentity>& scenarios,
                                  const RunFacts& facts, const std::string& version) {
    nlohmann::json doc;
    doc["intsim_version"] = version;
    doc["method"] =
        "paired differences under common random numbers: replication r of every scenario uses the "
        "same seed and replication number; 95 % interval = mean difference +- 1.96 sd / sqrt(n) of the "
        "paired differences; variance_reduction = var(differences with the variant on independent "
        "replications) / var(paired differences), both measured in this run";
    doc["run"] = {{"replications", c.replications},
                  {"seed", c.seed},
                  {"independent_replications", {{"first", c.independent_first}, {"count", c.replications}}},
                  {"threads", facts.threads},
                  {"wall_seconds", std::round(facts.wall_seconds * 1000.0) / 1000.0},
                  {"person_months", c.person_months}};
    nlohmann::json base = identity_to_json(scenarios.at(0));
    base["p_all_targets_met"] = optional_figure(c.base_p_all_targets_met);
    doc["base"] = base;
    nlohmann::json variants = nlohmann::json::array();
    for (std::size_t v = 0; v < c.variants.size(); ++v) {
        const VariantComparison& variant = c.variants[v];
        nlohmann::json entry = identity_to_json(scenarios.at(v + 1));
        entry["p_all_targets_met"] = optional_figure(variant.p_all_targets_met);
        nlohmann::json indicators = nlohmann::json::object();
        for (const auto& d : variant.indicators) indicators[d.indicator] = difference_to_json(d);
        entry["indicators"] = indicators;
        variants.push_back(entry);
    }
    doc["variants"] = variants;
    return doc;
}

std::string comparison_table(const Comparison& c, const RunFacts& facts) {
    std::string out = fmt::format("compare against {}  ({} paired replications, seed {}, {} thread{}, {:.2f} s)\n",
                                  c.base_name, c.replications, c.seed, facts.threads,
                                  facts.threads == 1 ? "" : "s", facts.wall_seconds);
    for (const auto& variant : c.variants) {
        out += fmt::format("\n{} - {}\n", variant.name, c.base_name);
        out += fmt::format("{:<28} {:>12} {:>12} {:>10} {:>23} {:>10} {:>9}\n", "indicator", "base", "variant",
                           "diff", "95 % interval", "P(better)", "var red.");
        for (const auto& name : table_indicators()) {
            for (const auto& d : variant.indicators) {
                if (d.indicator != name) continue;
                const bool fractional = is_percent_indicator(name);
                const std::string interval = table_signed_figure(d.ci95_low, fractional) + " .. " +
                                             table_signed_figure(d.ci95_high, fractional);
                const std::string reduction =
                    d.variance_reduction ? fmt::format("{:.1f}x", *d.variance_reduction) : "-";
                const std::string better =
                    d.p_variant_better ? fmt::format("{:.0f}%", *d.p_variant_better * 100) : "-";
                out += fmt::format("{:<28} {:>12} {:>12} {:>10} {:>23} {:>10} {:>9}\n", name,
                                   table_figure(d.base_mean, fractional), table_figure(d.variant_mean, fractional),
                                   table_signed_figure(d.mean_difference, fractional), interval,
                                   better, reduction);
            }
        }
        if (variant.p_all_targets_met && c.base_p_all_targets_met)
            out += fmt::format("P(all targets met together): base {:.0f} %, variant {:.0f} %\n",
                               *c.base_p_all_targets_met * 100, *variant.p_all_targets_met * 100);
    }
    return out;
}

}  // namespace intsim
