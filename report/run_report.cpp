#include "report/run_report.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "report/chart_axis.hpp"
#include "report/compare_words.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/plausibility_text.hpp"
#include "report/report_parts.hpp"
#include "report/run_words.hpp"
#include "report/svg_bar.hpp"
#include "report/years_section.hpp"

namespace intsim {

namespace {

namespace w = words;

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

std::vector<std::string> months_of(const Results& r) {
    std::vector<std::string> months;
    for (const auto& m : r.monthly) months.push_back(m.month);
    return months;
}

FanChart monthly_chart(const Results& r, const std::string& id, const std::string& title,
                       Quantiles MonthlyResult::*member, ChartFormat format, const Wording& say) {
    FanChart chart = month_fan_chart(months_of(r), say);
    chart.id = id;
    chart.title = title;
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

std::vector<double> one_year_target(const Results& r, const std::string& indicator) {
    const IndicatorResult* i = find_indicator(r, indicator);
    return i && i->target ? std::vector<double>{*i->target} : std::vector<double>{};
}

bool any_finite(const std::vector<double>& values) {
    return std::any_of(values.begin(), values.end(), [](double x) { return std::isfinite(x); });
}

// Each year's integrations target spread over its months in proportion to the expected
// monthly integrations: means add up over months, so the path has the model's seasonal
// shape and meets the target at the year's end. A later year's path starts from `start`
// of that year: the expected cumulative count (a reference beside the fan) or the targets
// of the years before (the gap chart, which then reads "ahead of the targets so far").
// A year without a target has no path.
enum class PathStart { ExpectedCount, EarlierTargets };

std::vector<double> target_path(const Results& r, PathStart start) {
    const std::vector<double> targets = yearly_target_line(r, "integrations_total");
    std::vector<double> path(r.monthly.size(), std::numeric_limits<double>::quiet_NaN());
    std::size_t first = 0;
    double earlier_targets = 0;
    for (const auto& year : r.years) {
        const std::size_t count = year.months.size();
        if (count == 0 || first + count > r.monthly.size()) break;
        const double expected_before = first > 0 ? r.monthly[first - 1].integrations_cum.mean : 0.0;
        const double before = start == PathStart::ExpectedCount ? expected_before : earlier_targets;
        std::vector<double> cumulative;
        for (std::size_t j = 0; j < count; ++j)
            cumulative.push_back(r.monthly[first + j].integrations_cum.mean - expected_before);
        if (std::isfinite(targets[first])) {
            const std::vector<double> share = seasonal_target_path(cumulative, targets[first]);
            for (std::size_t j = 0; j < count; ++j) path[first + j] = before + share[j];
            earlier_targets += targets[first];
        }
        first += count;
    }
    return path;
}

// The operative EGT summed year by year, as a step at each year's first month.
std::vector<double> cumulative_egt(const Results& r) {
    std::vector<double> line;
    double sum = 0;
    for (const auto& year : r.years) {
        sum += year.budget.present ? year.budget.operative_egt : std::numeric_limits<double>::quiet_NaN();
        line.insert(line.end(), year.months.size(), sum);
    }
    return line;
}

std::string integrations_chart(const Results& r, const Wording& say) {
    FanChart chart = monthly_chart(r, "chart-integrations", say(w::chart_gap_title), &MonthlyResult::integrations_cum,
                                   signed_count_format(say), say);
    const std::vector<double> path = target_path(r, PathStart::EarlierTargets);
    const bool every_month = !path.empty() && std::all_of(path.begin(), path.end(), [](double x) { return std::isfinite(x); });
    if (!every_month) {
        // No target, or a year without one: the cumulative count from zero, with the path
        // where there is one.
        chart.title = say(w::chart_integrations_title);
        chart.format = count_format(say);
        chart.from_zero = true;
        chart.axis_title = say(w::integrations_axis);
        const std::vector<double> reference = target_path(r, PathStart::ExpectedCount);
        if (any_finite(reference)) chart.references.push_back({say(w::target_path), say(w::target_path), reference, ""});
        return figure_html(say(w::chart_integrations_title), fan_chart_svg(chart),
                           say(any_finite(path) ? w::chart_path_note_years : w::chart_integrations_note));
    }
    // The gap that matters: cumulative integrations less the target path, month by month
    // (the path is fixed, so the quantiles of the gap are those of the count, shifted).
    subtract_path(chart.series, path);
    const IndicatorResult* total = find_indicator(r, "integrations_total");
    const bool one_year = r.years.size() <= 1 && total && total->target;
    chart.references.push_back({say(w::target_path), say(w::target_path), {0.0},
                                one_year ? say(w::target_of, say.number(*total->target)) : ""});
    chart.axis_title = say(w::chart_gap_axis);
    return figure_html(say(w::chart_gap_title), fan_chart_svg(chart),
                       one_year ? say(w::chart_gap_note, say.number(*total->target)) : say(w::chart_gap_note_years));
}

// A stock's chart: its axis fits the data, and says so when it does not start at zero.
std::string stock_chart(const Results& r, const std::string& id, const Term& title, Quantiles MonthlyResult::*member,
                        const std::string& target_indicator, const std::string& note, const Wording& say) {
    FanChart chart = monthly_chart(r, id, say(title), member, count_format(say), say);
    const std::vector<double> line = r.years.size() > 1 ? yearly_target_line(r, target_indicator)
                                                        : one_year_target(r, target_indicator);  // one horizontal line
    if (any_finite(line)) chart.references.push_back({say(w::target), say(w::target_yearly_average), line, ""});
    chart.axis_title = axis_title_of(chart, say(w::persons_axis), say);
    return figure_html(say(title), fan_chart_svg(chart), note);
}

std::string charts_section(const Results& r, const Wording& say) {
    std::string out = "<h2>" + escape_markup(say(w::monthly_projection)) + "</h2>\n<div class=\"charts\">\n";
    out += integrations_chart(r, say);
    out += stock_chart(r, "chart-ltr", w::chart_ltr_title, &MonthlyResult::ltr, "ltr_avg", say(w::chart_ltr_note), say);
    out += stock_chart(r, "chart-elb", w::chart_elb_title, &MonthlyResult::elb, "elb_avg", say(w::chart_elb_note), say);
    FanChart spend = monthly_chart(r, "chart-spend", say(w::chart_spend_title), &MonthlyResult::spend_cum,
                                   millions_format(say), say);
    spend.from_zero = true;
    spend.axis_title = say(w::euro_axis);
    const bool years = r.years.size() > 1;
    if (years && r.horizon.budget.present)
        spend.references.push_back({say(w::operative_egt), say(w::operative_egt_cumulative), cumulative_egt(r), ""});
    else if (r.budget.present)
        spend.references.push_back({say(w::operative_egt), say(w::operative_egt), {r.budget.operative_egt}, ""});
    out += figure_html(say(w::chart_spend_title), fan_chart_svg(spend),
                       say(years ? w::chart_spend_note_years : w::chart_spend_note));
    return out + "</div>\n";
}

// Several calendar years: the top level of the results is the first year, and says so.
std::string in_first_year(const Results& r, const std::string& label, const Wording& say) {
    if (r.years.size() < 2) return label;
    const YearResult& first = r.years.front();
    return say(w::in_year, label, first.partial ? say(w::year_partial, first.year) : std::to_string(first.year));
}

std::string budget_section(const Results& r, const Wording& say) {
    // Several calendar years: the measures' spend is the horizon's, so the bar stands
    // against the years' operative EGT summed (each year alone: the Calendar years table).
    const bool years = r.years.size() > 1;
    const BudgetResult& budget = years ? r.horizon.budget : r.budget;
    if (!budget.present) return "";
    std::vector<const MeasureResult*> egt;
    for (const auto& m : r.measures)
        if (m.egt_funded) egt.push_back(&m);
    std::stable_sort(egt.begin(), egt.end(),
                     [](const MeasureResult* a, const MeasureResult* b) { return a->spend.mean > b->spend.mean; });
    StackedBar bar;
    bar.id = "budget-bar";
    const std::string title = years ? say(w::budget_bar_title_horizon, r.years.front().year, r.years.back().year)
                                    : say(w::budget_bar_title);
    bar.title = title;
    // Mean spends add up to the mean total; the eight largest measures get their own colour.
    constexpr std::size_t kShown = 8;
    // A single ninth measure keeps its own name; a lumped group is named in the note.
    const std::size_t shown = egt.size() <= kShown + 1 ? egt.size() : kShown;
    double others = 0;
    std::string lumped;
    for (std::size_t k = 0; k < egt.size(); ++k) {
        if (k < shown) bar.segments.push_back({measure_label(*egt[k], say), egt[k]->spend.mean});
        else {
            others += egt[k]->spend.mean;
            lumped += (lumped.empty() ? "" : ", ") + measure_label(*egt[k], say);
        }
    }
    if (egt.size() > shown) bar.segments.push_back({say(w::other_measures, egt.size() - shown), others});
    bar.range_low = budget.spend.p05;
    bar.range_high = budget.spend.p95;
    bar.range_label = say(w::range90_total_spend);
    bar.reference = budget.operative_egt;
    bar.reference_label = say(years ? w::operative_egt_years_of : w::operative_egt_of, say.euro(budget.operative_egt));
    bar.format = millions_format(say);
    return "<h2>" + escape_markup(say(w::budget)) + "</h2>\n" +
           figure_html(title, stacked_bar_svg(bar),
                       say(years ? w::budget_note_horizon : w::budget_note, say.euro(budget.spend.mean),
                           say.range(say.euro(budget.spend.p05), say.euro(budget.spend.p95)),
                           say.percent(budget.p_over_budget)) +
                           (lumped.empty() ? "" : " " + say(w::other_measures_named, egt.size() - shown, lumped)));
}

std::string indicators_section(const Results& r, const Wording& say) {
    const double good_from = r.run.offer_probability;
    HtmlTable table{"indicators", "", {}, {}};
    table.header = {text_cell(say(w::Indicator)), number_cell(say(w::Mean)), number_cell(say(w::range90_p)),
                    number_cell(say(w::Target)), number_cell(say(w::p_target_met)), number_cell(say(w::offer_p, 80)),
                    number_cell(say(w::offer_p, 90))};
    std::vector<std::string> undirected;
    for (const auto& i : r.indicators) {
        const auto value = [&](double x) { return say.value(i.name, x); };
        if (!i.directed) undirected.push_back(say.indicator(i.name));
        table.rows.push_back(
            {indicator_cell(i.name, say),
             number_cell(value(i.summary.mean)),
             number_cell(say.range(value(i.summary.p05), value(i.summary.p95))),
             number_cell(i.target ? value(*i.target) : ""),
             {i.p_target_met ? probability_pill(*i.p_target_met, good_from, say.percent(*i.p_target_met)) : "", "num"},
             number_cell(i.offer_p80 ? value(*i.offer_p80) : i.directed ? "" : say(w::no_direction)),
             number_cell(i.offer_p90 ? value(*i.offer_p90) : i.directed ? "" : say(w::no_direction))});
    }
    std::string out = "<h2>" + escape_markup(in_first_year(r, say(w::indicators), say)) + "</h2>\n" + html_table(table);
    std::string list;
    for (const auto& name : undirected) list += (list.empty() ? "" : ", ") + name;
    out += "<p class=\"note\">" + escape_markup(say(w::offer_note, list)) + " " +
           escape_markup(colour_rule_note(good_from, say)) + "</p>\n";
    return out;
}

std::string capacity_text(const MeasureResult& m, const Wording& say) {
    if (m.capacity_kind == capacity_kind_name(CapacityKind::Budget)) return say(w::capacity_budget, say.euro(m.capacity));
    if (m.capacity_kind == capacity_kind_name(CapacityKind::Entries)) return say(w::capacity_entries, say.number(m.capacity));
    return say(w::capacity_slots, say.number(m.capacity));
}

std::string measures_section(const Results& r, const Wording& say) {
    if (r.measures.empty()) return "";
    HtmlTable table{"measures", "compact", {}, {}};
    table.header = {text_cell(say(w::Measure)), text_cell(say(w::funding)), number_cell(say(w::capacity)),
                    number_cell(say(w::entries_mean)), number_cell(say(w::range90_p)),
                    number_cell(say(w::women_share_mean)), number_cell(say(w::occupancy_mean)),
                    number_cell(say(w::spend_mean)), number_cell(say(w::integrations_after_mean))};
    const auto n = [&](double x) { return say.number(x); };
    // What a reader looks for first: where the EGT goes, then the third-party programmes.
    std::vector<const MeasureResult*> order;
    for (const auto& m : r.measures) order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [](const MeasureResult* a, const MeasureResult* b) {
        if (a->egt_funded != b->egt_funded) return a->egt_funded;
        return a->egt_funded ? a->spend.mean > b->spend.mean : a->entries.mean > b->entries.mean;
    });
    std::string notes;
    for (const MeasureResult* measure : order) {
        const MeasureResult& m = *measure;
        // A measure whose entry ends the benefit has no participants in the stock: its
        // occupancy of 0 beside real spending needs its reason on the page.
        const bool left = m.leaves_benefit && m.occupancy_avg.mean == 0;
        if (left && m.egt_funded && m.spend.mean > 0)
            notes += "<p class=\"note\">" +
                     escape_markup(m.cost_fixed > 0 ? say(w::left_benefit_note, measure_label(m, say),
                                                          say.euro(m.spec.cost_per_entry), say.euro(m.cost_fixed))
                                                    : say(w::left_benefit_note_no_fixed, measure_label(m, say),
                                                          say.euro(m.spec.cost_per_entry))) +
                     "</p>\n";
        // A statement the model matches only approximately: the reader of any report is told.
        if (m.spec.published && (!m.spec.published->quantity_caveat.empty() || !m.effect.matched_instead.empty()))
            notes += "<p class=\"note\">" + escape_markup(say(w::effect_caveat_note, measure_label(m, say))) + "</p>\n";
        table.rows.push_back({{escape_markup(measure_label(m, say)) + "<span class=\"code\">" + escape_markup(m.id) + "</span>", ""},
                              {escape_markup(m.egt_funded ? "EGT" : say(w::third_party)), "nowrap"},
                              {escape_markup(capacity_text(m, say)), "num-wrap"}, number_cell(n(m.entries.mean)),
                              number_cell(say.range(n(m.entries.p05), n(m.entries.p95))),
                              number_cell(say.percent(m.women_share_entries.mean)),
                              number_cell(left ? say(w::occupancy_left_benefit) : say.number(m.occupancy_avg.mean, 1)),
                              number_cell(say.euro(m.spend.mean)), number_cell(n(m.integrations_after.mean))});
    }
    return "<h2>" + escape_markup(say(w::measures)) + "</h2>\n" + html_table(table) + "<p class=\"note\">" +
           escape_markup(say(w::measures_note)) + "</p>\n" + notes;
}

std::string key_figures(const Results& r, const Wording& say) {
    std::string out = "<div class=\"cards\">\n";
    const double good_from = r.run.offer_probability;
    for (const auto& [name, label] : {std::pair<std::string, const Term*>{"integrations_total", &w::integrations_card},
                                      {"ltr_avg", &w::ltr_card}}) {
        const IndicatorResult* i = find_indicator(r, name);
        if (!i) continue;
        std::string detail = i->target && i->p_target_met
                                 ? say(w::target_of, say.value(name, *i->target)) + " \u00b7 " +
                                       say(w::p_met_of, say.percent(*i->p_target_met))
                                 : say(w::range90_of, say.range(say.value(name, i->summary.p05),
                                                                say.value(name, i->summary.p95)));
        if (i->offer_p80) detail += " \u00b7 " + say(w::offer_p_of, 80, say.value(name, *i->offer_p80));
        out += key_figure_html(in_first_year(r, say(*label), say), say.value(name, i->summary.mean), detail,
                               status_of(i->p_target_met, good_from));
    }
    if (r.budget.present)
        out += key_figure_html(in_first_year(r, say(w::egt_card), say), say.euro_millions(r.budget.spend.mean, 2),
                               say(w::share_of_operative, say.percent(r.budget.spend.mean / r.budget.operative_egt, 1),
                                   say.euro_millions(r.budget.operative_egt, 2)) +
                                   " \u00b7 " + say(w::p_over_budget_of, say.percent(r.budget.p_over_budget)),
                               probability_status(1 - r.budget.p_over_budget, good_from));
    if (r.p_all_targets_met)
        out += key_figure_html(in_first_year(r, say(w::all_targets_card), say), say.percent(*r.p_all_targets_met),
                               say(w::all_targets_detail), status_of(r.p_all_targets_met, good_from));
    return out + "</div>\n";
}

}  // namespace

std::string run_report_html(const Results& r, const std::string& version, const Wording& say,
                            const std::vector<std::string>& warnings) {
    const std::string period =
        r.monthly.empty() ? "" : say(w::period_to, say.month(r.monthly.front().month), say.month(r.monthly.back().month));
    const std::string meta = say(w::projection_period, period) + " \u00b7 " +
                             say(w::replications_n, say.number(static_cast<double>(r.run.replications))) + " \u00b7 " +
                             say(w::seed_n, r.run.seed) + " \u00b7 " + say(w::intsim_version, version);
    std::string body = report_header(r.scenario_name, meta, {{say(w::scenario_sha), r.scenario_sha256}});
    body += key_figures(r, say) + plausibility_section_html(warnings, say) + charts_section(r, say) + budget_section(r, say) + indicators_section(r, say) +
            years_section_html(r, say) + measures_section(r, say);
    body += "<footer>" + escape_markup(say(w::run_footer)) + "</footer>\n";
    return html_page(say(w::run_title, r.scenario_name), std::string(language_code(say.language)), body);
}

}  // namespace intsim
