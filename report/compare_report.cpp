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

nlohmann::json differences_to_json(const std::vector<PairedDifference>& differences) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& d : differences) out[d.indicator] = difference_to_json(d);
    return out;
}

// The lines of the printed table: what leadership asks about first.
const std::vector<std::string>& table_indicators() {
    static const std::vector<std::string> names = {
        "integrations_total", "integrations_women", "integrations_single_parents", "integrations_ltr",
        "integration_rate",   "ltr_avg",            "ltr_end",                     "budget_spend"};
    return names;
}

// Each calendar year side by side: the variant's difference and P(better) per indicator.
std::string years_table(const Comparison& c, const VariantComparison& variant) {
    std::string out = "by calendar year (difference, P(better)):\n";
    out += fmt::format("{:<28}", "indicator");
    for (const auto& year : c.years) out += fmt::format(" {:>22}", fmt::format("{}{}", year.year, year.partial() ? " (partial)" : ""));
    out += "\n";
    for (const auto& name : table_indicators()) {
        out += fmt::format("{:<28}", name);
        for (const auto& year : variant.years)
            for (const auto& d : year.indicators) {
                if (d.indicator != name) continue;
                const std::string better = d.p_variant_better ? fmt::format("{:.0f}%", *d.p_variant_better * 100) : "-";
                out += fmt::format(" {:>22}", fmt::format("{} {}", table_signed_figure(d.mean_difference, is_percent_indicator(name)), better));
            }
        out += "\n";
    }
    return out;
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
    base["p_all_targets_met_every_year"] = optional_figure(c.base_p_all_targets_met_every_year);
    nlohmann::json base_years = nlohmann::json::array();
    for (std::size_t y = 0; y < c.years.size(); ++y)
        base_years.push_back({{"year", c.years[y].year},
                              {"partial", c.years[y].partial()},
                              {"p_all_targets_met", optional_figure(c.base_p_all_targets_met_by_year[y])}});
    base["years"] = base_years;
    doc["base"] = base;
    doc["objective"] = objective_to_json(c.objective);
    nlohmann::json variants = nlohmann::json::array();
    for (std::size_t v = 0; v < c.variants.size(); ++v) {
        const VariantComparison& variant = c.variants[v];
        nlohmann::json entry = identity_to_json(scenarios.at(v + 1));
        entry["p_all_targets_met"] = optional_figure(variant.p_all_targets_met);
        entry["p_all_targets_met_every_year"] = optional_figure(variant.p_all_targets_met_every_year);
        entry["indicators"] = differences_to_json(variant.indicators);
        entry["objective"] = difference_to_json(variant.objective);
        nlohmann::json years = nlohmann::json::array();
        for (std::size_t y = 0; y < variant.years.size(); ++y)
            years.push_back({{"year", c.years[y].year},
                             {"partial", c.years[y].partial()},
                             {"p_all_targets_met", optional_figure(variant.years[y].p_all_targets_met)},
                             {"indicators", differences_to_json(variant.years[y].indicators)}});
        entry["years"] = years;
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
        if (c.years.size() > 1) out += years_table(c, variant);
        const PairedDifference& o = variant.objective;
        const bool fractional = c.objective.is_probability() || is_percent_indicator(c.objective.indicator);
        const auto shown = [&](double x) { return c.objective.is_probability() ? x * 100 : x; };
        out += fmt::format("objective {}: base {}, variant {}, difference {} (95 % interval {} .. {}), P(better) {}\n",
                           c.objective.text(), table_figure(shown(o.base_mean), fractional),
                           table_figure(shown(o.variant_mean), fractional),
                           table_signed_figure(shown(o.mean_difference), fractional),
                           table_signed_figure(shown(o.ci95_low), fractional),
                           table_signed_figure(shown(o.ci95_high), fractional),
                           o.p_variant_better ? fmt::format("{:.0f} %", *o.p_variant_better * 100) : "-");
    }
    return out;
}

}  // namespace intsim
