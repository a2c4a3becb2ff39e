// report.html of `intsim compare`: what each variant changes against the base, how sure
// that is, and what an extra integration costs.
#include <algorithm>
#include <cmath>

#include "report/chart_axis.hpp"
#include "report/compare_parts.hpp"
#include "report/compare_report.hpp"
#include "report/compare_words.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/optimise_words.hpp"
#include "report/report_parts.hpp"
#include "report/results_json.hpp"
#include "report/run_words.hpp"

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

// "12 % → 39 %", or a dash where either has no targets.
std::string probability_change(const std::optional<double>& base, const std::optional<double>& variant,
                               const Wording& say) {
    return base && variant ? say.percent(*base) + " \u2192 " + say.percent(*variant) : "\u2013";
}

// P(all targets met) of a period: of its year, or of every year for the horizon.
std::optional<double> base_p_all(const Comparison& c, const ComparedPeriod& period) {
    if (period.horizon()) return c.base_p_all_targets_met_every_year;
    const auto y = static_cast<std::size_t>(period.year - c.years.data());
    return y < c.base_p_all_targets_met_by_year.size() ? c.base_p_all_targets_met_by_year[y] : std::nullopt;
}

// The leading period's integrations per variant, and P(all targets met) of the same period.
std::string key_figures(const Comparison& c, const Wording& say) {
    std::string out = "<div class=\"cards\">\n";
    for (const auto& variant : c.variants) {
        const ComparedPeriod lead = compared_periods(c, variant).front();
        const PairedDifference* d = period_difference(lead, "integrations_total");
        if (!d) continue;
        const int decimals = difference_decimals(d->indicator, d->mean_difference, d->ci95_low, d->ci95_high);
        std::string detail = say(w::interval95_of, say.difference(d->indicator, d->ci95_low, decimals) + " .. " +
                                                       say.difference(d->indicator, d->ci95_high, decimals)) +
                             " \u00b7 " + say(w::p_better_of, probability(d->p_variant_better, say)) + " \u00b7 " +
                             say(w::p_worse_of, probability(d->p_variant_worse, say));
        const std::optional<double> base = base_p_all(c, lead);
        const std::optional<double>& own = lead.differences->p_all_targets_met;
        if (base && own)
            detail += " \u00b7 " + say(lead.horizon() ? w::p_all_every_year_change : w::p_all_change,
                                       say.percent(*base), say.percent(*own));
        const IntervalTone tone = difference_tone(*d);
        out += key_figure_html(say(w::difference_card_period, variant.name, period_label(c, lead, say, false)),
                               say.difference(d->indicator, d->mean_difference, decimals), detail,
                               tone == IntervalTone::Better ? "good" : tone == IntervalTone::Worse ? "poor" : "");
    }
    // P(all targets met) of the leading period: in every year for several calendar years.
    for (const auto& variant : c.variants) {
        const ComparedPeriod lead = compared_periods(c, variant).front();
        const std::optional<double> base = base_p_all(c, lead);
        const std::optional<double>& own = lead.differences->p_all_targets_met;
        if (!base || !own) continue;
        const std::string what = lead.horizon() ? say(w::objective_p_all_every_year)
                                                : say(w::objective_of_year, say(w::objective_p_all), lead.year->year);
        out += key_figure_html(say(w::variant_card, variant.name, what), say.percent(*own),
                               say(w::base_value_of, say.percent(*base)), probability_status(*own, 0.8));
    }
    return out + "</div>\n";
}

// One chart per indicator, one row per variant and period (the horizon first). A further
// dimension (calendar years) adds rows under each variant's heading, not charts.
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
            const auto periods = compared_periods(c, variant);
            for (const auto& period : periods) {
                const PairedDifference* d = period_difference(period, name);
                if (!d || !period_shows(period, name)) continue;
                if (periods.size() == 1) add("", variant.name, *d);
                else add(variant.name, period_label(c, period, say, false), *d);
            }
        }
        if (chart.rows.empty()) continue;
        out += figure_html(say(w::difference_chart_title, say.indicator(name)), interval_chart_svg(chart), "");
    }
    std::string note = say(w::difference_chart_note);
    if (c.years.size() > 1) note += " " + say(w::rates_by_year_note);
    return out + "</div>\n<p class=\"note\">" + escape_markup(note) + "</p>\n";
}

// The first and last month of a period, "YYYY-MM".
std::pair<std::string, std::string> period_months(const Comparison& c, const ComparedPeriod& period) {
    if (period.horizon()) return {c.first_month, c.last_month};
    const YearMonth start = parse_year_month(c.first_month).value_or(YearMonth{});
    return {start.plus(period.year->first_month).text(),
            start.plus(period.year->first_month + period.year->months - 1).text()};
}

// "+136 (+135 – +137)": a line may break inside the interval, after its dash.
HtmlCell interval_cell(const std::string& indicator, double mean, double low, double high, const Wording& say) {
    const int decimals = difference_decimals(indicator, mean, low, high);
    return {escape_markup(say.difference(indicator, mean, decimals) + " (" +
                          say.range(say.difference(indicator, low, decimals), say.difference(indicator, high, decimals)) +
                          ")"),
            "num-wrap"};
}

// Each variant and period: the extra integrations, the extra spend, and the extra spend
// per extra integration only where the variant spends more and integrates more.
std::string cost_section(const Comparison& c, const Wording& say) {
    HtmlTable table{"cost", "compact", {}, {}};
    table.header = {text_cell(say(w::variant_col)),          text_cell(say(w::period_col)),
                    number_cell(say(w::extra_integrations_col)), number_cell(say(w::extra_spend_col)),
                    number_cell(say(w::cost_per_col)),       number_cell(say(w::p_all_col))};
    for (const auto& variant : c.variants)
        for (const auto& period : compared_periods(c, variant)) {
            const ExtraIntegrationCost& k = period.differences->cost;
            table.rows.push_back(
                {text_cell(variant.name), text_cell(period_label(c, period, say, false)),
                 interval_cell("integrations_total", k.extra_integrations, k.extra_integrations_low,
                               k.extra_integrations_high, say),
                 interval_cell("budget_spend", k.extra_spend, k.extra_spend_low, k.extra_spend_high, say),
                 {escape_markup(cost_text(k, say)), "num-wrap"},
                 number_cell(probability_change(base_p_all(c, period), period.differences->p_all_targets_met, say))});
        }
    return "<h2>" + escape_markup(say(w::cost_heading)) + "</h2>\n" + html_table(table) + "<p class=\"note\">" +
           escape_markup(say(w::cost_note)) + "</p>\n";
}

// The leading period's table of a variant: every indicator, base and variant, how sure.
std::string period_section(const Comparison& c, std::size_t v, const ComparedPeriod& period, const Wording& say) {
    const VariantComparison& variant = c.variants[v];
    HtmlTable table{"variant-" + std::to_string(v + 1), "compact", {}, {}};
    table.header = {text_cell(say(w::Indicator)),      number_cell(say(w::base_mean_col)),
                    number_cell(say(w::variant_mean_col)), number_cell(say(w::difference_col)),
                    number_cell(say(w::interval95)),    number_cell(say(w::p_better)),
                    number_cell(say(w::p_worse)),       number_cell(say(w::narrower_col))};
    for (const auto& d : period.differences->indicators) {
        if (!period_shows(period, d.indicator)) continue;
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
                              number_cell(narrower_text(d, say, true))});
    }
    return "<h2>" +
           escape_markup(say(w::variant_period_heading, variant.name, c.base_name, period_label(c, period, say))) +
           "</h2>\n" + html_table(table);
}

// Several calendar years: each indicator's difference with its interval, a column per year.
std::string years_section(const Comparison& c, std::size_t v, const Wording& say) {
    const VariantComparison& variant = c.variants[v];
    HtmlTable table{"variant-" + std::to_string(v + 1) + "-years", "compact", {}, {}};
    table.header = {text_cell(say(w::Indicator))};
    for (const auto& year : c.years) table.header.push_back(number_cell(year_label(year, say)));
    for (const auto& name : indicator_names()) {
        std::vector<HtmlCell> row = {indicator_cell(name, say)};
        for (const auto& year : variant.years)
            for (const auto& d : year.indicators) {
                if (d.indicator != name) continue;
                const IntervalTone tone = difference_tone(d);
                row.push_back({escape_markup(difference_with_interval(d, say)),
                               tone == IntervalTone::Better ? "num better" : tone == IntervalTone::Worse ? "num worse" : "num"});
            }
        table.rows.push_back(std::move(row));
    }
    std::vector<HtmlCell> p_all = {text_cell(say(w::p_all_row))};
    bool any_targets = false;
    for (std::size_t y = 0; y < variant.years.size(); ++y) {
        const std::optional<double> base =
            y < c.base_p_all_targets_met_by_year.size() ? c.base_p_all_targets_met_by_year[y] : std::nullopt;
        any_targets = any_targets || (base && variant.years[y].p_all_targets_met);
        p_all.push_back(number_cell(probability_change(base, variant.years[y].p_all_targets_met, say)));
    }
    if (any_targets) table.rows.push_back(std::move(p_all));
    return "<h3>" + escape_markup(say(w::by_year_heading, variant.name, c.base_name)) + "</h3>\n" + html_table(table);
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
    for (std::size_t v = 0; v < c.variants.size(); ++v) {
        body += period_section(c, v, compared_periods(c, c.variants[v]).front(), say);
        if (c.years.size() > 1) body += years_section(c, v, say);
    }
    body += "<p class=\"note\">" + escape_markup(say(w::variant_table_note)) + "</p>\n";
    body += "<footer>" + escape_markup(say(w::compare_footer)) + "</footer>\n";
    return html_page(say(w::compare_page_title, c.base_name), std::string(language_code(say.language)), body);
}

CsvOutputTable differences_table(const Comparison& c) {
    CsvOutputTable table;
    table.header = {"variant",          "period",          "first_month",     "last_month",    "indicator",
                    "direction",        "directed",        "base_mean",       "variant_mean",  "mean_difference",
                    "ci95_low",         "ci95_high",       "p_variant_better", "p_variant_worse", "p_equal",
                    "sd_paired",        "sd_independent",  "variance_reduction", "interval_ratio"};
    const auto optional = [](const std::optional<double>& x) {
        return x ? CsvOutputCell(round_figure(*x)) : CsvOutputCell();
    };
    for (const auto& variant : c.variants)
        for (const auto& period : compared_periods(c, variant)) {
            const auto [first, last] = period_months(c, period);
            for (const auto& d : period.differences->indicators) {
                std::optional<double> ratio;
                if (d.variance_reduction) ratio = std::sqrt(*d.variance_reduction);
                table.rows.push_back({variant.name, period_key(period.year), first, last, d.indicator,
                                      std::string(direction_name(d.direction)), CsvFlag{d.directed},
                                      round_figure(d.base_mean), round_figure(d.variant_mean),
                                      round_figure(d.mean_difference), round_figure(d.ci95_low),
                                      round_figure(d.ci95_high), optional(d.p_variant_better),
                                      optional(d.p_variant_worse), round_figure(d.p_equal), round_figure(d.sd_paired),
                                      round_figure(d.sd_independent), optional(d.variance_reduction), optional(ratio)});
            }
        }
    return table;
}

CsvOutputTable variants_table(const Comparison& c, const std::vector<ScenarioIdentity>& scenarios) {
    CsvOutputTable table;
    table.header = {"variant", "file", "sha256", "period", "first_month", "last_month", "base_p_all_targets_met",
                    "p_all_targets_met", "integrations_difference", "integrations_ci95_low", "integrations_ci95_high",
                    "spend_difference", "spend_ci95_low", "spend_ci95_high", "cost_verdict",
                    "cost_per_extra_integration", "cost_ci95_low", "cost_ci95_high"};
    const auto optional = [](const std::optional<double>& x) {
        return x ? CsvOutputCell(round_figure(*x)) : CsvOutputCell();
    };
    for (std::size_t v = 0; v < c.variants.size(); ++v) {
        const VariantComparison& variant = c.variants[v];
        const ScenarioIdentity& identity = scenarios.at(v + 1);
        for (const auto& period : compared_periods(c, variant)) {
            const ExtraIntegrationCost& k = period.differences->cost;
            const auto [first, last] = period_months(c, period);
            table.rows.push_back({variant.name, identity.file, identity.sha256, period_key(period.year), first, last,
                                  optional(base_p_all(c, period)), optional(period.differences->p_all_targets_met),
                                  round_figure(k.extra_integrations), round_figure(k.extra_integrations_low),
                                  round_figure(k.extra_integrations_high), round_figure(k.extra_spend),
                                  round_figure(k.extra_spend_low), round_figure(k.extra_spend_high),
                                  std::string(verdict_name(k.verdict)), optional(k.per_integration),
                                  optional(k.per_integration_low), optional(k.per_integration_high)});
        }
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
