// report.html of `intsim compare`: what each variant changes against the base, how sure
// that is, and what an extra integration costs.
#include <algorithm>
#include <cmath>

#include "report/chart_axis.hpp"
#include "report/compare_parts.hpp"
#include "report/compare_report.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/results_json.hpp"
#include "report/report_parts.hpp"

namespace intsim {

namespace {

namespace w = words;

// The indicators charted, in this order: integrations first, then stocks, then money.
const std::vector<std::string>& charted_indicators() {
    static const std::vector<std::string> names = {"integrations_total", "integrations_ltr", "ltr_avg",
                                                   "elb_avg",            "integration_rate", "budget_spend"};
    return names;
}

// Differences on an axis: signed, money in millions once the steps are large.
ChartFormat difference_format(const std::string& indicator, const Wording& say) {
    return [say, indicator](double v, double step) {
        if (is_euro_indicator(indicator) && step >= 1e5) {
            const std::string sign = v < 0 ? "\u2212" : v > 0 ? "+" : "";
            return sign + say.euro_millions(std::fabs(v), std::max(1, decimals_for_step(step / 1e6)));
        }
        return say.difference(indicator, v, step > 0 ? decimals_for_step(step) : 0);
    };
}

std::string probability(const std::optional<double>& p, const Wording& say) { return p ? say.percent(*p) : "\u2013"; }

std::string key_figures(const Comparison& c, const Wording& say) {
    std::string out = "<div class=\"cards\">\n";
    for (const auto& variant : c.variants) {
        const PairedDifference* d = find_difference(variant, "integrations_total");
        if (!d) continue;
        const int decimals = difference_decimals(d->indicator, d->mean_difference, d->ci95_low, d->ci95_high);
        std::string detail = say(w::interval95_of, say.difference(d->indicator, d->ci95_low, decimals) + " .. " +
                                                       say.difference(d->indicator, d->ci95_high, decimals)) +
                             " \u00b7 " + say(w::p_better_of, probability(d->p_variant_better, say)) + " \u00b7 " +
                             say(w::p_worse_of, probability(d->p_variant_worse, say));
        if (variant.p_all_targets_met && c.base_p_all_targets_met)
            detail += " \u00b7 " + say(w::p_all_change, say.percent(*c.base_p_all_targets_met),
                                       say.percent(*variant.p_all_targets_met));
        const IntervalTone tone = difference_tone(*d);
        // Several calendar years: the cards are the first year's (the charts show each).
        const std::string label = c.years.size() < 2 ? say(w::difference_card, variant.name)
                                                     : say(w::in_year, say(w::difference_card, variant.name),
                                                           c.years.front().partial()
                                                               ? say(w::year_partial, c.years.front().year)
                                                               : std::to_string(c.years.front().year));
        out += key_figure_html(label,
                               say.difference(d->indicator, d->mean_difference, decimals), detail,
                               tone == IntervalTone::Better ? "good" : tone == IntervalTone::Worse ? "poor" : "");
    }
    return out + "</div>\n";
}

// One chart per indicator, one row per variant. A later dimension (calendar years) adds
// rows under each variant's heading, not charts.
std::string difference_charts(const Comparison& c, const Wording& say) {
    std::string out = "<h2>" + escape_markup(say(w::differences_heading)) + "</h2>\n<div class=\"charts\">\n";
    for (const auto& name : charted_indicators()) {
        IntervalChart chart;
        chart.id = "diff-" + name;
        chart.title = say(w::difference_chart_title, say.indicator(name));
        chart.reference_label = say(w::no_difference);
        chart.axis_title = say(w::difference_axis, say.indicator(name));
        chart.format = difference_format(name, say);
        const auto add = [&](const std::string& group, const std::string& label, const PairedDifference& d) {
            chart.rows.push_back({group, label, d.mean_difference, d.ci95_low, d.ci95_high, difference_tone(d),
                                  difference_with_interval(d, say),
                                  (group.empty() ? label : group + ", " + label) + ": " + difference_with_interval(d, say) +
                                      "; " + say(w::p_better_of, probability(d.p_variant_better, say)) + "; " +
                                      say(w::p_worse_of, probability(d.p_variant_worse, say))});
        };
        for (const auto& variant : c.variants) {
            if (c.years.size() < 2) {
                if (const PairedDifference* d = find_difference(variant, name)) add("", variant.name, *d);
                continue;
            }
            // Several calendar years: a row per year under the variant's heading.
            for (std::size_t y = 0; y < variant.years.size() && y < c.years.size(); ++y)
                for (const auto& d : variant.years[y].indicators)
                    if (d.indicator == name)
                        add(variant.name,
                            c.years[y].partial() ? say(w::year_partial, c.years[y].year) : std::to_string(c.years[y].year),
                            d);
        }
        if (chart.rows.empty()) continue;
        out += figure_html(say(w::difference_chart_title, say.indicator(name)), interval_chart_svg(chart), "");
    }
    return out + "</div>\n<p class=\"note\">" + escape_markup(say(w::difference_chart_note)) + "</p>\n";
}

std::string cost_section(const Comparison& c, const Wording& say) {
    HtmlTable table{"cost", "", {}, {}};
    table.header = {text_cell(say(w::variant_col)), number_cell(say(w::extra_integrations_col)),
                    number_cell(say(w::extra_spend_col)), number_cell(say(w::cost_per_col)),
                    number_cell(say(w::p_all_col))};
    for (const auto& variant : c.variants) {
        const PairedDifference* integrations = find_difference(variant, "integrations_total");
        const PairedDifference* spend = find_difference(variant, "budget_spend");
        if (!integrations || !spend) continue;
        std::string p_all = "\u2013";
        if (variant.p_all_targets_met && c.base_p_all_targets_met)
            p_all = say.percent(*c.base_p_all_targets_met) + " \u2192 " + say.percent(*variant.p_all_targets_met);
        table.rows.push_back({text_cell(variant.name), number_cell(difference_with_interval(*integrations, say)),
                              number_cell(say.difference("budget_spend", spend->mean_difference, 0)),
                              number_cell(cost_text(variant, say)), number_cell(p_all)});
    }
    return "<h2>" + escape_markup(say(w::cost_heading)) + "</h2>\n" + html_table(table) + "<p class=\"note\">" +
           escape_markup(say(w::cost_note)) + "</p>\n";
}

std::string variant_section(const Comparison& c, std::size_t v, const Wording& say) {
    const VariantComparison& variant = c.variants[v];
    HtmlTable table{"variant-" + std::to_string(v + 1), "", {}, {}};
    table.header = {text_cell(say(w::Indicator)),      number_cell(say(w::base_mean_col)),
                    number_cell(say(w::variant_mean_col)), number_cell(say(w::difference_col)),
                    number_cell(say(w::interval95)),    number_cell(say(w::p_better)),
                    number_cell(say(w::p_worse)),       number_cell(say(w::narrower_col))};
    for (const auto& d : variant.indicators) {
        const int decimals = difference_decimals(d.indicator, d.mean_difference, d.ci95_low, d.ci95_high);
        const IntervalTone tone = difference_tone(d);
        const std::string css = tone == IntervalTone::Better ? "num better" : tone == IntervalTone::Worse ? "num worse" : "num";
        table.rows.push_back({indicator_cell(d.indicator, say), number_cell(say.value(d.indicator, d.base_mean)),
                              number_cell(say.value(d.indicator, d.variant_mean)),
                              {escape_markup(say.difference(d.indicator, d.mean_difference, decimals)), css},
                              number_cell(say.range(say.difference(d.indicator, d.ci95_low, decimals),
                                                    say.difference(d.indicator, d.ci95_high, decimals))),
                              number_cell(d.directed ? probability(d.p_variant_better, say) : say(w::no_direction)),
                              number_cell(d.directed ? probability(d.p_variant_worse, say) : say(w::no_direction)),
                              number_cell(narrower_text(d, say, false))});
    }
    return "<h2>" + escape_markup(say(w::variant_minus_base, variant.name, c.base_name)) + "</h2>\n" +
           html_table(table);
}

}  // namespace

std::string comparison_html(const Comparison& c, const std::vector<ScenarioIdentity>& scenarios,
                            const std::string& version, const Wording& say) {
    std::vector<std::pair<std::string, std::string>> codes;
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        codes.push_back({say(i == 0 ? w::base_sha : w::variant_sha, scenarios[i].name), scenarios[i].sha256});
    const std::string meta = say(w::compare_meta, c.variants.size(), say.number(static_cast<double>(c.replications))) +
                             " \u00b7 " + say(w::seed_n, c.seed) + " \u00b7 " + say(w::intsim_version, version);
    std::string body = report_header(say(w::compare_title, c.base_name), meta, codes);
    body += key_figures(c, say) + difference_charts(c, say) + cost_section(c, say);
    for (std::size_t v = 0; v < c.variants.size(); ++v) body += variant_section(c, v, say);
    body += "<p class=\"note\">" + escape_markup(say(w::variant_table_note)) + "</p>\n";
    body += "<footer>" + escape_markup(say(w::compare_footer)) + "</footer>\n";
    return html_page(say(w::compare_page_title, c.base_name), std::string(language_code(say.language)), body);
}

CsvOutputTable differences_table(const Comparison& c) {
    CsvOutputTable table;
    table.header = {"variant",          "indicator",       "direction",       "directed",      "base_mean",
                    "variant_mean",     "mean_difference", "ci95_low",        "ci95_high",     "p_variant_better",
                    "p_variant_worse",  "p_equal",         "sd_paired",       "sd_independent", "variance_reduction",
                    "interval_ratio"};
    const auto optional = [](const std::optional<double>& x) {
        return x ? CsvOutputCell(round_figure(*x)) : CsvOutputCell();
    };
    for (const auto& variant : c.variants)
        for (const auto& d : variant.indicators) {
            std::optional<double> ratio;
            if (d.variance_reduction) ratio = std::sqrt(*d.variance_reduction);
            table.rows.push_back({variant.name, d.indicator, std::string(direction_name(d.direction)),
                                  std::string(d.directed ? "true" : "false"), round_figure(d.base_mean),
                                  round_figure(d.variant_mean), round_figure(d.mean_difference),
                                  round_figure(d.ci95_low), round_figure(d.ci95_high), optional(d.p_variant_better),
                                  optional(d.p_variant_worse), round_figure(d.p_equal), round_figure(d.sd_paired),
                                  round_figure(d.sd_independent), optional(d.variance_reduction), optional(ratio)});
        }
    return table;
}

CsvOutputTable variants_table(const Comparison& c, const std::vector<ScenarioIdentity>& scenarios) {
    CsvOutputTable table;
    table.header = {"variant", "file", "sha256", "base_p_all_targets_met", "p_all_targets_met",
                    "integrations_difference", "integrations_ci95_low", "integrations_ci95_high",
                    "spend_difference", "cost_per_extra_integration"};
    const auto optional = [](const std::optional<double>& x) {
        return x ? CsvOutputCell(round_figure(*x)) : CsvOutputCell();
    };
    for (std::size_t v = 0; v < c.variants.size(); ++v) {
        const VariantComparison& variant = c.variants[v];
        const PairedDifference* integrations = find_difference(variant, "integrations_total");
        const PairedDifference* spend = find_difference(variant, "budget_spend");
        const ScenarioIdentity& identity = scenarios.at(v + 1);
        table.rows.push_back({variant.name, identity.file, identity.sha256, optional(c.base_p_all_targets_met),
                              optional(variant.p_all_targets_met),
                              integrations ? CsvOutputCell(round_figure(integrations->mean_difference)) : CsvOutputCell(),
                              integrations ? CsvOutputCell(round_figure(integrations->ci95_low)) : CsvOutputCell(),
                              integrations ? CsvOutputCell(round_figure(integrations->ci95_high)) : CsvOutputCell(),
                              spend ? CsvOutputCell(round_figure(spend->mean_difference)) : CsvOutputCell(),
                              optional(cost_per_extra_integration(variant))});
    }
    return table;
}

void stage_compare_outputs(OutputSet& outputs, const Comparison& comparison,
                           const std::vector<ScenarioIdentity>& scenarios, const RunFacts& facts,
                           const std::string& version, const ReportOptions& options) {
    if (options.json)
        outputs.add("compare.json", comparison_to_json(comparison, scenarios, facts, version).dump(1) + "\n");
    if (options.csv) {
        outputs.add("differences.csv", to_csv(differences_table(comparison), options.csv_dialect));
        outputs.add("variants.csv", to_csv(variants_table(comparison, scenarios), options.csv_dialect));
    }
    if (options.html) outputs.add("report.html", comparison_html(comparison, scenarios, version, options.wording()));
    outputs.retire({"compare.json", "differences.csv", "variants.csv", "report.html"});
}

}  // namespace intsim
