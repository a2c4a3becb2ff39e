#include "report/report_parts.hpp"

#include <algorithm>
#include <utility>

#include "report/chart_axis.hpp"
#include "report/markup.hpp"
#include "report/run_words.hpp"

namespace intsim {

ChartFormat count_format(const Wording& say) {
    return [say](double v, double step) { return say.number(v, decimals_for_step(step)); };
}

ChartFormat signed_count_format(const Wording& say) {
    return [say](double v, double step) { return say.signed_number(v, decimals_for_step(step)); };
}

// Money in millions: ticks as precise as their step (at least one decimal), values to
// ten thousand euros, which is as far as anyone reads a budget of millions.
ChartFormat millions_format(const Wording& say) {
    return [say](double v, double step) {
        return say.euro_millions(v, step > 0 ? std::max(1, decimals_for_step(step / 1e6)) : 2);
    };
}

FanChart month_fan_chart(const std::vector<std::string>& months, const Wording& say) {
    MonthLabels labels = month_labels(months, say.language);
    FanChart chart;
    chart.x_ticks = std::move(labels.ticks);
    chart.x_names = std::move(labels.names);
    chart.words = {say(words::range90), say(words::range50), say(words::median)};
    return chart;
}

std::vector<double> seasonal_target_path(const std::vector<double>& cumulative_means, double target) {
    std::vector<double> path;
    const double total = cumulative_means.empty() ? 0.0 : cumulative_means.back();
    const auto n = static_cast<double>(cumulative_means.size());
    for (std::size_t m = 0; m < cumulative_means.size(); ++m)
        path.push_back(target * (total > 0 ? cumulative_means[m] / total : static_cast<double>(m + 1) / n));
    return path;
}

void subtract_path(FanSeries& series, const std::vector<double>& path) {
    for (auto* values : {&series.p05, &series.p25, &series.p50, &series.p75, &series.p95})
        for (std::size_t i = 0; i < values->size() && i < path.size(); ++i) (*values)[i] -= path[i];
}

std::string axis_title_of(const FanChart& chart, const std::string& unit, const Wording& say) {
    const double low = fan_chart_axis_low(chart);
    if (low <= 0) return unit;
    return say(words::axis_not_from_zero, unit, chart.format(low, 0));
}

std::string colour_rule_note(double good_from, const Wording& say) {
    return say(words::colour_rule, say.percent(good_from), say.percent(1 - good_from));
}

IntervalTone probability_tone(std::optional<double> p, double good_from) {
    if (!p) return IntervalTone::Neutral;
    const std::string status = probability_status(*p, good_from);
    return status == "good" ? IntervalTone::Better : status == "poor" ? IntervalTone::Worse : IntervalTone::Neutral;
}

IntervalChart percent_of_target_chart(std::string id, std::string title, std::string axis_title, const Wording& say) {
    IntervalChart chart;
    chart.id = std::move(id);
    chart.title = std::move(title);
    chart.reference_label = say(words::on_target);
    chart.axis_title = std::move(axis_title);
    chart.format = [say](double v, double step) {
        return say.signed_number(v, step > 0 ? decimals_for_step(step) : 1) + "\u00a0%";
    };
    return chart;
}

std::string report_header(const std::string& title, const std::string& meta,
                          const std::vector<std::pair<std::string, std::string>>& codes) {
    std::string out = "<header>\n<h1>" + escape_markup(title) + "</h1>\n<p class=\"meta\">" + escape_markup(meta);
    for (const auto& [label, code] : codes)
        out += "<br>" + escape_markup(label) + " <code>" + escape_markup(code) + "</code>";
    return out + "</p>\n</header>\n";
}

HtmlCell indicator_cell(const std::string& indicator, const Wording& say) {
    return {escape_markup(say.indicator(indicator)) + "<span class=\"code\">" + escape_markup(indicator) + "</span>", ""};
}

std::string measure_label(const MeasureSpec& m, const Wording& say) {
    return say.language == Language::De && !m.label_de.empty() ? m.label_de : m.name;
}

std::string measure_label(const MeasureResult& m, const Wording& say) { return measure_label(m.spec, say); }

}  // namespace intsim
