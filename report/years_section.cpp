#include "report/years_section.hpp"

#include <fmt/format.h>

#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/run_report.hpp"

namespace intsim {

namespace {

// "2,528 – 2,977": a line may break after the dash, never before it.
constexpr const char* kRangeDash = "\u00a0\u2013 ";

constexpr const char* kRows[] = {"integrations_total", "integrations_women", "integrations_single_parents",
                                 "integrations_ltr", "integration_rate", "ltr_integration_rate", "elb_avg",
                                 "elb_end", "ltr_avg", "ltr_end", "ltr_change_pct", "budget_spend"};

const IndicatorResult* find(const YearResult& year, const std::string& name) {
    for (const auto& i : year.indicators)
        if (i.name == name) return &i;
    return nullptr;
}

// Mean, range and, where the year has a target, the target and P(met), in one cell.
HtmlCell indicator_cell(const Results& r, const IndicatorResult& i, NumberLocale locale) {
    const auto value = [&](double x) { return escape_markup(indicator_value(i.name, x, locale)); };
    std::string html = fmt::format("<strong>{}</strong>", value(i.summary.mean));
    if (!r.expected_only)
        html += fmt::format("<br><span class=\"note\">{}{}{}</span>", value(i.summary.p05), kRangeDash,
                            value(i.summary.p95));
    if (i.target) {
        html += fmt::format("<br><span class=\"note\">target {}</span>", value(*i.target));
        if (i.p_target_met)
            html += fmt::format(" {}", probability_pill(*i.p_target_met, r.run.offer_probability,
                                                        format_percent(*i.p_target_met, 0, locale)));
    }
    return {html, "num"};
}

}  // namespace

std::string years_section_html(const Results& r, NumberLocale locale) {
    if (r.years.size() < 2) return "";
    const double good_from = r.run.offer_probability;
    HtmlTable table{"years", {text_cell("Indicator")}, {}};
    for (const auto& y : r.years)
        table.header.push_back(number_cell(fmt::format("{}{}", y.year, y.partial ? " (partial)" : "")));
    for (const char* name : kRows) {
        std::vector<HtmlCell> row{
            {escape_markup(indicator_label(name)) + "<span class=\"code\">" + escape_markup(name) + "</span>", ""}};
        for (const auto& y : r.years) {
            const IndicatorResult* i = find(y, name);
            row.push_back(i ? indicator_cell(r, *i, locale) : number_cell(""));
        }
        table.rows.push_back(std::move(row));
    }
    if (!r.expected_only) {
        std::vector<HtmlCell> all{text_cell("All targets of the year met at once")};
        for (const auto& y : r.years)
            all.push_back(y.p_all_targets_met ? HtmlCell{probability_pill(*y.p_all_targets_met, good_from,
                                                                          format_percent(*y.p_all_targets_met, 0, locale)),
                                                         "num"}
                                              : number_cell("no targets"));
        table.rows.push_back(std::move(all));
    }
    std::vector<HtmlCell> egt{text_cell("Operative EGT")};
    std::vector<HtmlCell> over{text_cell("P(over budget)")};
    for (const auto& y : r.years) {
        egt.push_back(number_cell(y.budget.present ? format_euro(y.budget.operative_egt, locale) +
                                                         (y.egt_carried_forward ? " (first year's, carried forward)" : "")
                                                   : "none"));
        const double p_within = 1.0 - y.budget.p_over_budget;
        over.push_back(y.budget.present && !r.expected_only
                           ? HtmlCell{probability_pill(p_within, good_from, format_percent(y.budget.p_over_budget, 0, locale)),
                                      "num"}
                           : number_cell(""));
    }
    table.rows.push_back(std::move(egt));
    if (!r.expected_only) table.rows.push_back(std::move(over));

    std::string out = "<h2>Calendar years</h2>\n" + html_table(table);
    std::string note =
        "Each year's indicators are formed over its months in the horizon (sums of counts, averages of month-end "
        "stocks, stocks at its last month); a partial year covers only the months shown in results.json. Targets "
        "and the operative EGT are the scenario's for that year; a year without targets has no P(target met). "
        "The levels of integration, exits and inflow walk on from year to year, so the ranges widen with the "
        "horizon (docs/years.md).";
    if (r.p_all_targets_met_every_year)
        note += " Every target of every year with targets met in the same replication: " +
                format_percent(*r.p_all_targets_met_every_year, 0, locale) + ".";
    out += "<p class=\"note\">" + escape_markup(note) + "</p>\n";
    return out;
}

}  // namespace intsim
