#include "report/years_section.hpp"

#include <fmt/format.h>

#include "model/indicator_catalogue.hpp"
#include "report/compare_words.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/report_parts.hpp"
#include "report/run_words.hpp"

namespace intsim {

namespace {

namespace w = words;

const IndicatorResult* find(const YearResult& year, const std::string& name) {
    for (const auto& i : year.indicators)
        if (i.name == name) return &i;
    return nullptr;
}

// Mean, range and, where the year has a target, the target and P(met), in one cell.
HtmlCell year_cell(const Results& r, const IndicatorResult& i, const Wording& say) {
    const auto value = [&](double x) { return escape_markup(say.value(i.name, x)); };
    std::string html = fmt::format("<strong>{}</strong>", value(i.summary.mean));
    if (!r.expected_only)
        html += fmt::format("<br><span class=\"note\">{}</span>",
                            escape_markup(say.range(say.value(i.name, i.summary.p05), say.value(i.name, i.summary.p95))));
    if (i.target) {
        html += fmt::format("<br><span class=\"note\">{}</span>", escape_markup(say(w::target_of, say.value(i.name, *i.target))));
        if (i.p_target_met)
            html += fmt::format(" {}", probability_pill(*i.p_target_met, r.run.offer_probability, say.percent(*i.p_target_met)));
    }
    return {html, "num"};
}

}  // namespace

std::string years_section_html(const Results& r, const Wording& say) {
    if (r.years.size() < 2) return "";
    const double good_from = r.run.offer_probability;
    HtmlTable table{"years", "compact", {text_cell(say(w::Indicator))}, {}};
    for (const auto& y : r.years)
        table.header.push_back(number_cell(y.partial ? say(w::year_partial, y.year) : std::to_string(y.year)));
    for (const std::string& name : indicators_shown_in(kShownInReportYears)) {
        std::vector<HtmlCell> row{indicator_cell(name, say)};
        for (const auto& y : r.years) {
            const IndicatorResult* i = find(y, name);
            row.push_back(i ? year_cell(r, *i, say) : number_cell(""));
        }
        table.rows.push_back(std::move(row));
    }
    if (!r.expected_only) {
        std::vector<HtmlCell> all{text_cell(say(w::all_targets_of_year))};
        for (const auto& y : r.years)
            all.push_back(y.p_all_targets_met
                              ? HtmlCell{probability_pill(*y.p_all_targets_met, good_from, say.percent(*y.p_all_targets_met)),
                                         "num"}
                              : number_cell(say(w::no_targets)));
        table.rows.push_back(std::move(all));
    }
    std::vector<HtmlCell> egt{text_cell(say(w::operative_egt))};
    std::vector<HtmlCell> over{text_cell(say(w::p_over_budget))};
    for (const auto& y : r.years) {
        const std::string money = say.euro(y.budget.operative_egt);
        egt.push_back(number_cell(y.budget.present ? (y.egt_carried_forward ? say(w::egt_carried, money) : money)
                                                   : say(w::none_word)));
        const double p_within = 1.0 - y.budget.p_over_budget;
        over.push_back(y.budget.present && !r.expected_only
                           ? HtmlCell{probability_pill(p_within, good_from, say.percent(y.budget.p_over_budget)), "num"}
                           : number_cell(""));
    }
    table.rows.push_back(std::move(egt));
    if (!r.expected_only) table.rows.push_back(std::move(over));

    std::string note = say(w::years_note);
    if (r.p_all_targets_met_every_year)
        note += fmt::format(" {}", say(w::every_year_note, say.percent(*r.p_all_targets_met_every_year)));
    return fmt::format("<h2>{}</h2>\n{}<p class=\"note\">{}</p>\n", escape_markup(say(w::years_heading)),
                       html_table(table), escape_markup(note));
}

}  // namespace intsim
