#include "report/expected_answer.hpp"

#include <cmath>

#include "model/indicator_catalogue.hpp"
#include "report/chart_axis.hpp"
#include "report/compare_words.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/svg_intervals.hpp"
#include "report/workbench_words.hpp"

namespace intsim {

namespace w = words;

const std::vector<std::string>& expected_answer_indicators() { return indicators_shown_in(kShownInWorkbench); }

namespace {

const IndicatorResult* find(const std::vector<IndicatorResult>& list, const std::string& name) {
    for (const auto& i : list)
        if (i.name == name) return &i;
    return nullptr;
}

int shown_decimals(const std::string& name) { return is_percent_indicator(name) ? 1 : 0; }

// Better or worse by the indicator's direction; neutral for a difference that shows as 0.
IntervalTone tone(const IndicatorResult& i, double difference) {
    const double scale = std::pow(10.0, shown_decimals(i.name));
    if (!i.directed || std::round(difference * scale) == 0) return IntervalTone::Neutral;
    const bool better = i.direction == Direction::Higher ? difference > 0 : difference < 0;
    return better ? IntervalTone::Better : IntervalTone::Worse;
}

std::string year_table(const YearResult& plan, const YearResult& variant, const Wording& say) {
    HtmlTable table{"expected-" + std::to_string(plan.year), "", {}, {}};
    table.header = {text_cell(say(w::indicator_col)), number_cell(say(w::target_col)), number_cell(say(w::plan_col)),
                    number_cell(say(w::edited_col)), number_cell(say(w::change_col))};
    for (const std::string& name : expected_answer_indicators()) {
        const IndicatorResult* a = find(plan.indicators, name);
        const IndicatorResult* b = find(variant.indicators, name);
        if (!a || !b) continue;
        const double change = b->summary.mean - a->summary.mean;
        HtmlCell difference = number_cell(say.difference(name, change, shown_decimals(name)));
        if (const IntervalTone t = tone(*b, change); t != IntervalTone::Neutral)
            difference.css_class += t == IntervalTone::Better ? " better" : " worse";
        HtmlCell value = number_cell(say.value(name, b->summary.mean));
        if (name == "budget_spend" && variant.budget.present && b->summary.mean > variant.budget.operative_egt)
            value.html += " <span class=\"pill poor\">" + escape_markup(say(w::over_egt)) + "</span>";
        table.rows.push_back({text_cell(say.indicator(name)),
                              number_cell(b->target ? say.value(name, *b->target) : "\u2013"),
                              number_cell(say.value(name, a->summary.mean)), value, difference});
    }
    if (variant.budget.present)
        table.rows.push_back({text_cell(say(w::egt_row)), number_cell(""), number_cell(say.euro(plan.budget.operative_egt)),
                              number_cell(say.euro(variant.budget.operative_egt)), number_cell("")});
    const std::string heading = plan.partial ? say(w::year_heading_partial, plan.year) : say(w::year_heading, plan.year);
    return "<h3>" + escape_markup(heading) + "</h3>\n" + html_table(table);
}

std::string horizon_table(const Results& plan, const Results& variant, const Wording& say) {
    HtmlTable table{"expected-horizon", "", {}, {}};
    table.header = {text_cell(say(w::indicator_col)), number_cell(say(w::plan_col)), number_cell(say(w::edited_col)),
                    number_cell(say(w::change_col))};
    for (const std::string& name : expected_answer_indicators()) {
        const IndicatorResult* a = find(plan.horizon.indicators, name);
        const IndicatorResult* b = find(variant.horizon.indicators, name);
        if (!a || !b) continue;
        const double change = b->summary.mean - a->summary.mean;
        table.rows.push_back({text_cell(say.indicator(name)), number_cell(say.value(name, a->summary.mean)),
                              number_cell(say.value(name, b->summary.mean)),
                              number_cell(say.difference(name, change, 0))});
    }
    return "<h3>" + escape_markup(say(w::whole_horizon, plan.years.front().year, plan.years.back().year)) + "</h3>\n" +
           html_table(table);
}

std::string difference_chart(const Results& plan, const Results& variant, const std::string& name, const Wording& say) {
    IntervalChart chart;
    chart.id = "expected-diff-" + name;
    chart.title = say(w::expected_chart_title, say.indicator(name));
    chart.reference_label = say(words::no_difference);
    chart.axis_title = say(w::expected_chart_axis, say.indicator(name));
    chart.bars = true;
    chart.format = [say, name](double v, double step) {
        return say.difference(name, v, step > 0 ? decimals_for_step(step) : 0);
    };
    for (std::size_t y = 0; y < plan.years.size() && y < variant.years.size(); ++y) {
        const IndicatorResult* a = find(plan.years[y].indicators, name);
        const IndicatorResult* b = find(variant.years[y].indicators, name);
        if (!a || !b) continue;
        const double change = b->summary.mean - a->summary.mean;
        const std::string label = std::to_string(plan.years[y].year);
        const std::string text = say.difference(name, change, shown_decimals(name));
        chart.rows.push_back({"", label, change, std::nullopt, std::nullopt, tone(*b, change), text, label + ": " + text});
    }
    if (chart.rows.empty()) return "";
    return figure_html(chart.title, interval_chart_svg(chart), "", "narrow");
}

}  // namespace

std::string expected_answer_html(const Results& plan, const Results& variant, const Wording& say) {
    std::string out = "<section class=\"expected-answer\">\n<h2>" + escape_markup(say(w::expected_heading)) + "</h2>\n";
    out += "<div class=\"charts\">\n";
    for (const char* name : {"integrations_total", "ltr_avg", "budget_spend"})
        out += difference_chart(plan, variant, name, say);
    out += "</div>\n";
    for (std::size_t y = 0; y < plan.years.size() && y < variant.years.size(); ++y)
        out += year_table(plan.years[y], variant.years[y], say);
    if (plan.years.size() > 1) out += horizon_table(plan, variant, say);
    out += "<p class=\"note\">" + escape_markup(say(w::expected_note)) + "</p>\n</section>\n";
    return out;
}

}  // namespace intsim
