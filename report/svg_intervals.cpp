#include "report/svg_intervals.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/chart_axis.hpp"
#include "report/markup.hpp"

namespace intsim {

namespace {

constexpr double kWidth = 560, kRowHeight = 24, kGroupHeight = 22, kTop = 12, kAxisHeight = 44;
constexpr double kCharWidth = 6.8;      // of a 12-unit label
constexpr double kBoldCharWidth = 7.6;  // of the bold value texts
constexpr const char* kBetter = "#2f855a";
constexpr const char* kWorse = "#c53030";
constexpr const char* kNeutral = "#4a5568";
constexpr const char* kReference = "#718096";

const char* colour_of(IntervalTone tone) {
    return tone == IntervalTone::Better ? kBetter : tone == IntervalTone::Worse ? kWorse : kNeutral;
}

const char* class_of(IntervalTone tone) {
    return tone == IntervalTone::Better ? "better" : tone == IntervalTone::Worse ? "worse" : "neutral";
}

}  // namespace

std::string interval_chart_svg(const IntervalChart& chart) {
    // The value axis covers every interval and the reference, with a little air.
    double low = chart.reference, high = chart.reference;
    for (const auto& row : chart.rows)
        for (const auto& v : {std::optional<double>(row.mean), row.low, row.high})
            if (v && std::isfinite(*v)) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
    const double pad = 0.06 * (high - low);

    // Left: the longest row label; right: the longest value text.
    std::size_t label_chars = 4, value_chars = 0;
    for (const auto& row : chart.rows) {
        label_chars = std::max(label_chars, utf8_characters(row.label));
        value_chars = std::max(value_chars, utf8_characters(row.value_text));
    }
    const double left = 12 + kCharWidth * static_cast<double>(label_chars);
    const double right = 10 + (value_chars ? 8 + kBoldCharWidth * static_cast<double>(value_chars) : 0.0);
    const double x_from = left + 8, x_to = kWidth - right;
    // As many ticks as their labels leave room for ("+0,4 Mio. €" needs more than "+5"):
    // fewer ticks rather than labels written over each other.
    ChartAxis axis = nice_axis(low - pad, high + pad, 5);
    for (int ticks = 4; ticks >= 1; --ticks) {
        std::size_t tick_chars = 1;
        for (double tick : axis.ticks) tick_chars = std::max(tick_chars, utf8_characters(chart.format(tick, axis.step)));
        const double room = (x_to - x_from) / static_cast<double>(std::max<std::size_t>(1, axis.ticks.size() - 1));
        if (room >= kCharWidth * static_cast<double>(tick_chars) + 10) break;
        axis = nice_axis(low - pad, high + pad, ticks);
    }
    const auto x_of = [&](double v) { return axis.place(v, x_from, x_to); };

    // Rows from the top, a heading before each new group.
    std::vector<double> row_y;
    std::vector<std::pair<double, std::string>> headings;
    double y = kTop;
    std::string group;
    for (std::size_t i = 0; i < chart.rows.size(); ++i) {
        if (!chart.rows[i].group.empty() && (i == 0 || chart.rows[i].group != group)) {
            group = chart.rows[i].group;
            headings.push_back({y + 15, group});
            y += kGroupHeight;
        }
        row_y.push_back(y + kRowHeight / 2);
        y += kRowHeight;
    }
    const double plot_bottom = y + 4, height = plot_bottom + kAxisHeight;

    std::string out = fmt::format(
        "<svg id=\"{0}\" class=\"interval-chart\" viewBox=\"0 0 {1} {2:.0f}\" width=\"100%\" role=\"img\" "
        "aria-labelledby=\"{0}-title\" font-family=\"inherit\" font-size=\"12\"><title id=\"{0}-title\">{3}</title>",
        escape_markup(chart.id), kWidth, height, escape_markup(chart.title));
    out += "<g class=\"axis\" fill=\"#4a5568\">";
    for (double tick : axis.ticks)
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2:.1f}\" stroke=\"#e2e8f0\"/>"
                           "<text x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\">{4}</text>",
                           x_of(tick), kTop, plot_bottom, plot_bottom + 15, escape_markup(chart.format(tick, axis.step)));
    if (!chart.axis_title.empty())
        out += fmt::format("<text class=\"axis-title\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" "
                           "font-style=\"italic\">{}</text>",
                           (x_from + x_to) / 2, plot_bottom + 34, escape_markup(chart.axis_title));
    out += "</g>";
    const double x0 = x_of(chart.reference);
    out += fmt::format("<line class=\"reference\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2:.1f}\" stroke=\"{3}\" "
                       "stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>{4}</title></line>",
                       x0, kTop, plot_bottom, kReference, escape_markup(chart.reference_label));
    for (const auto& [baseline, text] : headings)
        out += fmt::format("<text class=\"group\" x=\"4\" y=\"{:.1f}\" font-weight=\"650\" fill=\"#1a202c\">{}</text>",
                           baseline, escape_markup(text));
    for (std::size_t i = 0; i < chart.rows.size(); ++i) {
        const IntervalRow& row = chart.rows[i];
        const double ry = row_y[i];
        const char* colour = colour_of(row.tone);
        out += fmt::format("<g class=\"row {}\"><title>{}</title>", class_of(row.tone),
                           escape_markup(row.tooltip.empty() ? row.label + ": " + row.value_text : row.tooltip));
        out += fmt::format("<text class=\"row-label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#2d3748\">{}</text>",
                           left, ry + 4, escape_markup(row.label));
        if (chart.bars) {
            const double a = std::min(x0, x_of(row.mean)), b = std::max(x0, x_of(row.mean));
            out += fmt::format("<rect class=\"bar\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                               "fill=\"{}\" fill-opacity=\"0.8\"/>",
                               a, ry - 7, std::max(1.0, b - a), 14.0, colour);
        }
        if (row.low && row.high)
            out += fmt::format("<line class=\"interval\" x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" "
                               "stroke=\"{3}\" stroke-width=\"2.5\"/>"
                               "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{4:.1f}\" y2=\"{5:.1f}\" stroke=\"{3}\" stroke-width=\"1.5\"/>"
                               "<line x1=\"{1:.1f}\" x2=\"{1:.1f}\" y1=\"{4:.1f}\" y2=\"{5:.1f}\" stroke=\"{3}\" stroke-width=\"1.5\"/>",
                               x_of(*row.low), x_of(*row.high), ry, chart.bars ? "#1a202c" : colour, ry - 5, ry + 5);
        if (!chart.bars)
            out += fmt::format("<circle class=\"estimate\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\" "
                               "stroke=\"#fff\" stroke-width=\"1.2\"/>", x_of(row.mean), ry, colour);
        if (!row.value_text.empty())
            out += fmt::format("<text class=\"value\" x=\"{:.1f}\" y=\"{:.1f}\" fill=\"{}\" font-weight=\"600\">{}</text>",
                               x_to + 8, ry + 4, colour, escape_markup(row.value_text));
        out += "</g>";
    }
    return out + "</svg>";
}

}  // namespace intsim
