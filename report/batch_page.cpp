// report.html of `intsim batch`: one row per jobcenter with its targets, P(target met)
// and offers, and the total over all of them.
#include <algorithm>

#include "report/batch_summary.hpp"
#include "report/batch_words.hpp"
#include "report/chart_axis.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/report_parts.hpp"
#include "report/svg_intervals.hpp"

namespace intsim {

namespace {

namespace w = words;

// The offer probability and the colour rule of a batch: the run's default.
constexpr double kGoodFrom = 0.8;

std::size_t position_of(const std::string& indicator) {
    const auto& names = batch_indicator_names();
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), indicator) - names.begin());
}

std::string key_figures(const BatchSummary& s, const Wording& say) {
    const BatchLine& t = s.total;
    std::string out = "<div class=\"cards\">\n";
    for (const auto& [name, label] : {std::pair<std::string, const Term*>{"integrations_total", &w::total_integrations_card},
                                      {"ltr_avg", &w::total_ltr_card}}) {
        const std::size_t i = position_of(name);
        const BatchTarget& target = t.targets.at(i);
        const std::string detail =
            target.target && target.p_target_met
                ? say(w::sum_of_targets, say.value(name, *target.target)) + " \u00b7 " +
                      say(w::p_met_of, say.percent(*target.p_target_met))
                : say(w::range90_of, say.range(say.value(name, t.indicators[i].p05), say.value(name, t.indicators[i].p95)));
        out += key_figure_html(say(*label), say.value(name, t.indicators[i].mean), detail,
                               target.p_target_met ? probability_status(*target.p_target_met, kGoodFrom) : "");
    }
    const std::size_t spend = position_of("budget_spend");
    if (t.operative_egt > 0)
        out += key_figure_html(say(w::total_spend_card), say.euro_millions(t.indicators[spend].mean, 2),
                               say(w::share_of_operative, say.percent(t.indicators[spend].mean / t.operative_egt, 1),
                                   say.euro_millions(t.operative_egt, 2)) +
                                   " \u00b7 " + say(w::p_over_budget_of, say.percent(t.p_over_budget)),
                               probability_status(1 - t.p_over_budget, kGoodFrom));
    if (t.p_all_targets_met)
        out += key_figure_html(say(w::every_jobcenter_card), say.percent(*t.p_all_targets_met),
                               say(w::every_jobcenter_detail), probability_status(*t.p_all_targets_met, kGoodFrom));
    return out + "</div>\n";
}

// Each jobcenter's integrations against its own target, in percent of it, so that large
// and small jobcenters share one axis.
std::string target_chart(const BatchSummary& s, const Wording& say) {
    const std::size_t i = position_of("integrations_total");
    IntervalChart chart = percent_of_target_chart("batch-targets", say(w::batch_chart_title), say(w::batch_chart_axis), say);
    const auto add = [&](const BatchLine& line, const std::string& name) {
        const BatchTarget& t = line.targets.at(i);
        if (!t.target || *t.target <= 0) return;
        const Quantiles& q = line.indicators[i];
        const auto percent = [&](double x) { return percent_of_target(x, *t.target); };
        chart.rows.push_back({"", name, percent(q.mean), percent(q.p05), percent(q.p95),
                              probability_tone(t.p_target_met, kGoodFrom),
                              say(w::p_met_of, say.percent(*t.p_target_met)),
                              name + ": " + say(w::mean_of, say.number(q.mean)) + ", " +
                                  say(w::target_of, say.number(*t.target)) + ", " +
                                  say(w::p_met_of, say.percent(*t.p_target_met))});
    };
    for (const auto& j : s.jobcenters) add(j.line, j.line.name);
    add(s.total, say(w::total));
    if (chart.rows.empty()) return "";
    return figure_html(say(w::batch_chart_title), interval_chart_svg(chart), say(w::batch_chart_note), "narrow");
}

std::vector<HtmlCell> table_row(const BatchLine& line, const std::string& name, const Wording& say) {
    std::vector<HtmlCell> row = {{escape_markup(name), "nowrap"}};
    const auto& names = batch_indicator_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Quantiles& q = line.indicators[i];
        const BatchTarget& t = line.targets.at(i);
        // Money in millions with two decimals: the table has many columns.
        const auto value = [&](double x) {
            return is_euro_indicator(names[i]) ? say.euro_millions(x, 2) : say.value(names[i], x);
        };
        // The table is wide: means here, the 90 % ranges in the chart above and in the CSV.
        row.push_back(number_cell(value(q.mean)));
        if (names[i] == "budget_spend") continue;
        row.push_back(number_cell(t.target ? value(*t.target) : ""));
        row.push_back({t.p_target_met ? probability_pill(*t.p_target_met, kGoodFrom, say.percent(*t.p_target_met)) : "",
                       "num"});
        row.push_back(number_cell(t.offer_p80 ? value(*t.offer_p80) : ""));
    }
    row.push_back(number_cell(line.operative_egt > 0 ? say.percent(line.indicators[position_of("budget_spend")].mean /
                                                                       line.operative_egt, 1)
                                                     : ""));
    row.push_back(number_cell(line.operative_egt > 0 ? say.percent(line.p_over_budget) : ""));
    row.push_back({line.p_all_targets_met
                       ? probability_pill(*line.p_all_targets_met, kGoodFrom, say.percent(*line.p_all_targets_met))
                       : "",
                   "num"});
    return row;
}

std::string jobcenters_section(const BatchSummary& s, const Wording& say) {
    HtmlTable table{"jobcenters", "compact", {}, {}};
    table.header = {text_cell(say(w::Jobcenter))};
    for (const auto& name : batch_indicator_names()) {
        table.header.push_back(number_cell(say.indicator(name) + ", " + say(w::mean)));
        if (name == "budget_spend") continue;
        table.header.push_back(number_cell(say(w::Target)));
        table.header.push_back(number_cell(say(w::p_target_met)));
        table.header.push_back(number_cell(say(w::offer_p, 80)));
    }
    table.header.push_back(number_cell(say(w::share_of_egt_col)));
    table.header.push_back(number_cell(say(w::p_over_budget)));
    table.header.push_back(number_cell(say(w::p_all_targets_col)));
    for (const auto& j : s.jobcenters) table.rows.push_back(table_row(j.line, j.line.name, say));
    std::vector<HtmlCell> total = table_row(s.total, say(w::Total), say);
    for (auto& cell : total) cell.css_class += cell.css_class.empty() ? "total" : " total";
    table.rows.push_back(total);
    return "<h2>" + escape_markup(say(w::jobcenters_heading)) + "</h2>\n" + target_chart(s, say) + html_table(table) +
           "<p class=\"note\">" + escape_markup(say(w::batch_table_note)) + " " +
           escape_markup(colour_rule_note(kGoodFrom, say)) + "</p>\n";
}

std::string failures_section(const BatchSummary& s, const Wording& say) {
    if (s.failures.empty()) return "";
    std::string out = "<div class=\"warning\" id=\"failed\"><strong>" + escape_markup(say(w::failed_heading)) +
                      "</strong><ul>";
    for (const auto& f : s.failures) out += "<li><code>" + escape_markup(f.file) + "</code>: " + escape_markup(f.message) + "</li>";
    return out + "</ul></div>\n";
}

}  // namespace

std::string batch_summary_html(const BatchSummary& s, const std::string& version, const Wording& say) {
    const std::string meta = say(w::batch_meta, say.number(static_cast<double>(s.replications))) + " \u00b7 " +
                             say(w::seed_n, s.seed) + " \u00b7 " + say(w::intsim_version, version);
    std::string body = report_header(say(w::batch_title, s.name, s.jobcenters.size()), meta, {});
    body += key_figures(s, say) + failures_section(s, say) + jobcenters_section(s, say);
    body += "<footer>" + escape_markup(say(w::batch_footer)) + "</footer>\n";
    return html_page(say(w::batch_page_title, s.name), std::string(language_code(say.language)), body);
}

}  // namespace intsim
