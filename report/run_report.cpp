#include "report/run_report.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "report/chart_axis.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/svg_bar.hpp"
#include "report/svg_chart.hpp"
#include "report/years_section.hpp"

namespace intsim {

namespace {

// "2,528 – 2,977": a line may break after the dash, never before it.
constexpr const char* kRangeDash = "\u00a0\u2013 ";

using Formatter = std::function<std::string(double value, double step)>;

// Counts: whole numbers, ticks as precise as their step.
Formatter count_format(NumberLocale locale) {
    return [locale](double v, double step) { return format_number(v, decimals_for_step(step), locale); };
}

// Money in millions: ticks as precise as their step (at least one decimal), values to
// ten thousand euros, which is as far as anyone reads a budget of millions.
Formatter millions_format(NumberLocale locale) {
    return [locale](double v, double step) {
        return format_euro_millions(v, step > 0 ? std::max(1, decimals_for_step(step / 1e6)) : 2, locale);
    };
}

bool is_rate(const std::string& name) {
    return name.find("rate") != std::string::npos || name.find("pct") != std::string::npos;
}

bool is_money(const std::string& name) { return name.starts_with("budget_"); }

const IndicatorResult* find_indicator(const Results& r, const std::string& name) {
    for (const auto& i : r.indicators)
        if (i.name == name) return &i;
    return nullptr;
}

std::string status_of(const std::optional<double>& p, double good_from) {
    return p ? probability_status(*p, good_from) : "";
}

FanSeries series_of(const Results& r, Quantiles MonthlyResult::*member) {
    FanSeries s;
    for (const auto& m : r.monthly) {
        const Quantiles& q = m.*member;
        s.p05.push_back(q.p05);
        s.p25.push_back(q.p25);
        s.p50.push_back(q.p50);
        s.p75.push_back(q.p75);
        s.p95.push_back(q.p95);
    }
    return s;
}

FanChart monthly_chart(const Results& r, const std::string& id, const std::string& title,
                       Quantiles MonthlyResult::*member, Formatter format) {
    std::vector<std::string> months;
    for (const auto& m : r.monthly) months.push_back(m.month);
    MonthLabels labels = month_labels(months);
    FanChart chart;
    chart.id = id;
    chart.title = title;
    chart.x_ticks = std::move(labels.ticks);
    chart.x_names = std::move(labels.names);
    chart.series = series_of(r, member);
    chart.format = std::move(format);
    return chart;
}

// Each calendar year's target of `indicator` over that year's months (none where the
// year has no target).
std::vector<double> yearly_target_line(const Results& r, const std::string& indicator) {
    std::vector<double> line;
    for (const auto& year : r.years) {
        std::optional<double> target;
        for (const auto& i : year.indicators)
            if (i.name == indicator) target = i.target;
        line.insert(line.end(), year.months.size(), target.value_or(std::numeric_limits<double>::quiet_NaN()));
    }
    return line;
}

void add_average_target(FanChart& chart, const Results& r, const std::string& indicator) {
    std::vector<double> line = yearly_target_line(r, indicator);
    if (r.years.size() == 1) line.resize(1);  // one horizontal line
    if (std::any_of(line.begin(), line.end(), [](double x) { return std::isfinite(x); }))
        chart.references.push_back({"target", "target (yearly average)", line});
}

// Each year's integrations target spread over its months in proportion to the expected
// monthly integrations: means add up over months, so the path has the model's seasonal
// shape and meets the target at the year's end. A later year's path starts from the
// expected cumulative count at its start; a year without a target has no path.
std::vector<double> target_path(const Results& r) {
    const std::vector<double> targets = yearly_target_line(r, "integrations_total");
    std::vector<double> path(r.monthly.size(), std::numeric_limits<double>::quiet_NaN());
    std::size_t first = 0;
    for (const auto& year : r.years) {
        const std::size_t count = year.months.size();
        const double before = first > 0 ? r.monthly[first - 1].integrations_cum.mean : 0.0;
        const double total = r.monthly[first + count - 1].integrations_cum.mean - before;
        for (std::size_t j = 0; j < count && std::isfinite(targets[first]); ++j) {
            const double share = total > 0 ? (r.monthly[first + j].integrations_cum.mean - before) / total
                                           : static_cast<double>(j + 1) / static_cast<double>(count);
            path[first + j] = before + targets[first] * share;
        }
        first += count;
    }
    return path;
}

std::string charts_section(const Results& r, NumberLocale locale) {
    const Formatter count = count_format(locale);
    const Formatter millions = millions_format(locale);
    std::string out = "<h2>Monthly projection</h2>\n<div class=\"charts\">\n";

    FanChart integrations = monthly_chart(r, "chart-integrations", "Cumulative integrations",
                                          &MonthlyResult::integrations_cum, count);
    integrations.from_zero = true;
    const std::vector<double> path = target_path(r);
    if (std::any_of(path.begin(), path.end(), [](double x) { return std::isfinite(x); }))
        integrations.references.push_back({"target path", "target path", path});
    out += figure_html("Integrations (K2), cumulative", fan_chart_svg(integrations),
                       "Target path: the yearly target spread over the months like the expected integrations.");

    FanChart ltr = monthly_chart(r, "chart-ltr", "LZB stock at month end", &MonthlyResult::ltr, count);
    add_average_target(ltr, r, "ltr_avg");
    out += figure_html("LZB stock (long-term recipients) at month end", fan_chart_svg(ltr),
                       "The target is the yearly average of the stock; lower is better.");

    FanChart elb = monthly_chart(r, "chart-elb", "eLb stock at month end", &MonthlyResult::elb, count);
    add_average_target(elb, r, "elb_avg");
    out += figure_html("eLb stock at month end", fan_chart_svg(elb),
                       "Employable benefit recipients: the start stock, newcomers and returners, less exits.");

    FanChart spend = monthly_chart(r, "chart-spend", "Cumulative EGT spend", &MonthlyResult::spend_cum, millions);
    spend.from_zero = true;
    if (r.budget.present) spend.references.push_back({"EGT", "operative EGT", {r.budget.operative_egt}});
    out += figure_html("EGT spend, cumulative", fan_chart_svg(spend),
                       "Money of the integration budget spent on measures so far.");
    return out + "</div>\n";
}

std::string budget_section(const Results& r, NumberLocale locale) {
    if (!r.budget.present) return "";
    std::vector<const MeasureResult*> egt;
    for (const auto& m : r.measures)
        if (m.egt_funded) egt.push_back(&m);
    std::stable_sort(egt.begin(), egt.end(),
                     [](const MeasureResult* a, const MeasureResult* b) { return a->spend.mean > b->spend.mean; });
    StackedBar bar;
    bar.id = "budget-bar";
    bar.title = "EGT spend by measure against the operative EGT";
    // Mean spends add up to the mean total; the eight largest measures get their own colour.
    constexpr std::size_t kShown = 8;
    double others = 0;
    for (std::size_t k = 0; k < egt.size(); ++k) {
        if (k < kShown) bar.segments.push_back({shorten(egt[k]->name, 40), egt[k]->spend.mean});
        else others += egt[k]->spend.mean;
    }
    if (egt.size() > kShown)
        bar.segments.push_back({fmt::format("{} other measures", egt.size() - kShown), others});
    bar.range_low = r.budget.spend.p05;
    bar.range_high = r.budget.spend.p95;
    bar.range_label = "90 % range of the total spend";
    bar.reference = r.budget.operative_egt;
    bar.reference_label = "operative EGT " + format_euro(r.budget.operative_egt, locale);
    bar.format = millions_format(locale);
    return "<h2>Budget</h2>\n" +
           figure_html("EGT spend by measure (mean) against the operative EGT", stacked_bar_svg(bar),
                       "Expected spend " + format_euro(r.budget.spend.mean, locale) + ", 90 % range " +
                           format_euro(r.budget.spend.p05, locale) + kRangeDash +
                           format_euro(r.budget.spend.p95, locale) + " (whisker); probability of overspending " +
                           format_percent(r.budget.p_over_budget, 0, locale) + ".");
}

std::string indicators_section(const Results& r, NumberLocale locale) {
    const double good_from = r.run.offer_probability;
    HtmlTable table{"indicators", {}, {}};
    table.header = {text_cell("Indicator"), number_cell("Mean"), number_cell("90 % range"), number_cell("Target"),
                    number_cell("P(target met)"), number_cell("Offer p80"), number_cell("Offer p90")};
    for (const auto& i : r.indicators) {
        const auto value = [&](double x) { return indicator_value(i.name, x, locale); };
        table.rows.push_back(
            {{escape_markup(indicator_label(i.name)) + "<span class=\"code\">" + escape_markup(i.name) + "</span>", ""},
             number_cell(value(i.summary.mean)),
             number_cell(value(i.summary.p05) + kRangeDash + value(i.summary.p95)),
             number_cell(i.target ? value(*i.target) : ""),
             {i.p_target_met ? probability_pill(*i.p_target_met, good_from,
                                                format_percent(*i.p_target_met, 0, locale))
                             : "",
              "num"},
             number_cell(i.offer_p80 ? value(*i.offer_p80) : ""), number_cell(i.offer_p90 ? value(*i.offer_p90) : "")});
    }
    std::string out = "<h2>Indicators</h2>\n" + html_table(table);
    out += "<p class=\"note\">Offer p80: the value reached with 80 % probability (for the LZB stock, where lower "
           "is better, the value not exceeded with 80 % probability). P(target met) is green from " +
           format_percent(good_from, 0, locale) + ", amber from 50 %.</p>\n";
    return out;
}

std::string capacity_text(const MeasureResult& m, NumberLocale locale) {
    if (m.capacity_kind == "budget") return format_euro(m.capacity, locale) + " budget";
    if (m.capacity_kind == "entries") return format_number(m.capacity, 0, locale) + " entries/yr";
    return format_number(m.capacity, 0, locale) + " slots";
}

std::string measures_section(const Results& r, NumberLocale locale) {
    if (r.measures.empty()) return "";
    HtmlTable table{"measures", {}, {}};
    table.header = {text_cell("Measure"), text_cell("Funding"), number_cell("Capacity"), number_cell("Entries"),
                    number_cell("90 % range"), number_cell("Women share"), number_cell("Avg occupancy"),
                    number_cell("Spend"), number_cell("Integrations after")};
    const auto n = [locale](double x) { return format_number(x, 0, locale); };
    // What a reader looks for first: where the EGT goes, then the third-party programmes.
    std::vector<const MeasureResult*> order;
    for (const auto& m : r.measures) order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [](const MeasureResult* a, const MeasureResult* b) {
        if (a->egt_funded != b->egt_funded) return a->egt_funded;
        return a->egt_funded ? a->spend.mean > b->spend.mean : a->entries.mean > b->entries.mean;
    });
    for (const MeasureResult* measure : order) {
        const MeasureResult& m = *measure;
        table.rows.push_back({{escape_markup(m.name) + "<span class=\"code\">" + escape_markup(m.id) + "</span>", ""},
                              {m.egt_funded ? "EGT" : "third party", "nowrap"}, number_cell(capacity_text(m, locale)),
                              number_cell(n(m.entries.mean)),
                              number_cell(n(m.entries.p05) + kRangeDash + n(m.entries.p95)),
                              number_cell(format_percent(m.women_share_entries.mean, 0, locale)),
                              number_cell(format_number(m.occupancy_avg.mean, 1, locale)),
                              number_cell(format_euro(m.spend.mean, locale)),
                              number_cell(n(m.integrations_after.mean))});
    }
    return "<h2>Measures</h2>\n" + html_table(table) +
           "<p class=\"note\">EGT-funded measures by spend, then third-party ones by entries. Means over "
           "replications. Women share: of the entries. Average occupancy: participants "
           "per month while the measure runs. Integrations after: during participation or the after-effect.</p>\n";
}

}  // namespace

std::string indicator_label(const std::string& name) {
    static const std::map<std::string, std::string> kLabels = {
        {"integrations_total", "Integrations (K2)"},
        {"integrations_women", "Integrations of women"},
        {"integrations_single_parents", "Integrations of single parents"},
        {"integrations_ltr", "Integrations of LZB"},
        {"integration_rate", "Integration rate (%)"},
        {"ltr_integration_rate", "LZB integration rate (%)"},
        {"elb_avg", "eLb stock, yearly average"},
        {"elb_end", "eLb stock at the end"},
        {"ltr_avg", "LZB stock, yearly average (K3)"},
        {"ltr_end", "LZB stock at the end"},
        {"ltr_change_pct", "LZB stock, change on baseline (%)"},
        {"women_avg", "Women in the stock, average"},
        {"single_parents_avg", "Single parents in the stock, average"},
        {"budget_spend", "EGT spend"},
        {"budget_remaining", "EGT remaining"},
    };
    const auto found = kLabels.find(name);
    return found != kLabels.end() ? found->second : name;
}

std::string indicator_value(const std::string& name, double value, NumberLocale locale) {
    if (is_money(name)) return format_euro(value, locale);
    return format_number(value, is_rate(name) ? 1 : 0, locale);
}

std::string run_report_html(const Results& r, const std::string& version, NumberLocale locale) {
    const std::string period = r.monthly.empty() ? "" : r.monthly.front().month + " to " + r.monthly.back().month;
    std::string body = "<header>\n<h1>" + escape_markup(r.scenario_name) + "</h1>\n<p class=\"meta\">Projection " +
                       escape_markup(period) + " \u00b7 " + format_number(static_cast<double>(r.run.replications), 0, locale) +
                       " replications \u00b7 seed " + std::to_string(r.run.seed) + " \u00b7 intsim " +
                       escape_markup(version) + "<br>scenario sha256 <code>" + escape_markup(r.scenario_sha256) +
                       "</code></p>\n</header>\n<div class=\"cards\">\n";
    const double good_from = r.run.offer_probability;
    // Short card labels: one line each, so the big numbers line up.
    for (const auto& [name, label] : {std::pair<std::string, std::string>{"integrations_total", "Integrations (K2)"},
                                      {"ltr_avg", "LZB stock, yearly average"}}) {
        const IndicatorResult* i = find_indicator(r, name);
        if (!i) continue;
        std::string detail = i->target ? "target " + indicator_value(name, *i->target, locale) + " \u00b7 P(met) " +
                                             format_percent(*i->p_target_met, 0, locale)
                                       : "90 % range " + indicator_value(name, i->summary.p05, locale) + kRangeDash +
                                             indicator_value(name, i->summary.p95, locale);
        if (i->offer_p80) detail += " \u00b7 offer p80 " + indicator_value(name, *i->offer_p80, locale);
        body += key_figure_html(label, indicator_value(name, i->summary.mean, locale), detail,
                                status_of(i->p_target_met, good_from));
    }
    if (r.budget.present)
        body += key_figure_html("EGT spend", format_euro_millions(r.budget.spend.mean, 2, locale),
                                format_percent(r.budget.spend.mean / r.budget.operative_egt, 1, locale) + " of " +
                                    format_euro_millions(r.budget.operative_egt, 2, locale) +
                                    " operative \u00b7 P(over budget) " +
                                    format_percent(r.budget.p_over_budget, 0, locale),
                                probability_status(1 - r.budget.p_over_budget, good_from));
    if (r.p_all_targets_met)
        body += key_figure_html("All targets met at once", format_percent(*r.p_all_targets_met, 0, locale),
                                "share of simulated years that meet every target at once",
                                status_of(r.p_all_targets_met, good_from));
    body += "</div>\n" + charts_section(r, locale) + budget_section(r, locale) + indicators_section(r, locale) +
            years_section_html(r, locale) + measures_section(r, locale);
    body += "<footer>Bands: 90 % (p05\u2013p95) and 50 % (p25\u2013p75) of the simulated years, line: median. "
            "Every replication draws its own parameter factors, so the bands hold chance and what nobody "
            "knows. Figures also in results.json and the CSV files beside this report.</footer>\n";
    // The text is English whatever the number locale, so the page says so (hyphenation, screen readers).
    return html_page(r.scenario_name + " \u2013 intsim report", "en", body);
}

}  // namespace intsim
