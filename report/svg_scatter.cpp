#include "report/svg_scatter.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "report/chart_axis.hpp"
#include "report/markup.hpp"

namespace intsim {

namespace {

constexpr double kWidth = 1120, kHeight = 420, kTop = 44, kBottom = 52, kRight = 30;
constexpr double kCharWidth = 7.0;
constexpr const char* kBackground = "#a0aec0";
constexpr const char* kHighlight = "#2b6cb0";
constexpr const char* kMarked = "#c05621";
constexpr const char* kLine = "#1a365d";

}  // namespace

std::vector<std::pair<double, double>> frontier_of(std::vector<std::pair<double, double>> points) {
    std::sort(points.begin(), points.end());
    std::vector<std::pair<double, double>> out;
    double best = -std::numeric_limits<double>::infinity();
    for (const auto& [x, y] : points)
        if (y > best) {
            out.push_back({x, y});
            best = y;
        }
    return out;
}

std::string scatter_chart_svg(const ScatterChart& chart) {
    double x_low = std::numeric_limits<double>::infinity(), x_high = -x_low, y_low = x_low, y_high = -x_low;
    const auto include = [&](double x, double y) {
        if (!std::isfinite(x) || !std::isfinite(y)) return;
        x_low = std::min(x_low, x);
        x_high = std::max(x_high, x);
        y_low = std::min(y_low, y);
        y_high = std::max(y_high, y);
    };
    for (const auto& p : chart.points) include(p.x, p.y);
    if (chart.x_reference && std::isfinite(*chart.x_reference)) {
        x_low = std::min(x_low, *chart.x_reference);
        x_high = std::max(x_high, *chart.x_reference);
    }
    const double x_pad = 0.03 * (x_high - x_low), y_pad = 0.06 * (y_high - y_low);
    const ChartAxis x_axis = nice_axis(x_low - x_pad, x_high + x_pad, 8);
    const ChartAxis y_axis = nice_axis(y_low - y_pad, y_high + y_pad, 6);
    std::size_t tick_chars = 1;
    for (double tick : y_axis.ticks) tick_chars = std::max(tick_chars, utf8_characters(chart.y_format(tick, y_axis.step)));
    const double left = 16 + kCharWidth * static_cast<double>(tick_chars);
    const auto x_of = [&](double v) { return x_axis.place(v, left, kWidth - kRight); };
    const auto y_of = [&](double v) { return y_axis.place(v, kHeight - kBottom, kTop); };

    std::string out = fmt::format(
        "<svg id=\"{0}\" class=\"scatter-chart\" viewBox=\"0 0 {1} {2}\" width=\"100%\" role=\"img\" "
        "aria-labelledby=\"{0}-title\" font-family=\"inherit\" font-size=\"12\"><title id=\"{0}-title\">{3}</title>",
        escape_markup(chart.id), kWidth, kHeight, escape_markup(chart.title));
    out += "<g class=\"axis\" fill=\"#4a5568\">";
    for (double tick : y_axis.ticks)
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#e2e8f0\"/>"
                           "<text x=\"{3:.1f}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>",
                           left, kWidth - kRight, y_of(tick), left - 6, y_of(tick) + 4,
                           escape_markup(chart.y_format(tick, y_axis.step)));
    for (double tick : x_axis.ticks) {
        // A label centred on a tick near the edge would be cut: it ends (or starts) there instead.
        const std::string label = chart.x_format(tick, x_axis.step);
        const double x = x_of(tick), half = kCharWidth * static_cast<double>(utf8_characters(label)) / 2;
        const bool at_right = x + half > kWidth - 2, at_left = x - half < 2;
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#edf2f7\"/>"
                           "<text x=\"{3:.1f}\" y=\"{4}\" text-anchor=\"{5}\">{6}</text>",
                           x, kTop, kHeight - kBottom, at_right ? kWidth - 2.0 : at_left ? 2.0 : x,
                           kHeight - kBottom + 16, at_right ? "end" : at_left ? "start" : "middle",
                           escape_markup(label));
    }
    out += fmt::format("<text class=\"axis-title\" x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" font-style=\"italic\">{}</text>",
                       (left + kWidth - kRight) / 2, kHeight - 10, escape_markup(chart.x_title));
    out += fmt::format("<text class=\"axis-title\" x=\"4\" y=\"{}\" font-style=\"italic\">{}</text>", kTop - 10,
                       escape_markup(chart.y_title));
    out += "</g>";
    if (chart.x_reference) {
        // The label sits above the plot, beside its line: inside the plot it would lie on
        // the numbered mixes near the budget, which is where the best of them are. It keeps
        // clear of the y axis's title on the left and of the chart's right edge.
        const double x = x_of(*chart.x_reference);
        const double width = kCharWidth * static_cast<double>(utf8_characters(chart.x_reference_label));
        const double title_end = 4 + kCharWidth * static_cast<double>(utf8_characters(chart.y_title)) + 8;
        const bool left_of_line = x - 4 - width >= title_end;
        const bool fits_right = x + 4 + width <= kWidth - 2;
        const double label_x = left_of_line ? x - 4 : fits_right ? x + 4 : kWidth - 2;
        out += fmt::format("<line class=\"reference\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"{3}\" "
                           "stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"{4:.1f}\" y=\"{5}\" text-anchor=\"{6}\" "
                           "fill=\"{3}\" font-weight=\"600\">{7}</text>",
                           x, kTop, kHeight - kBottom, kMarked, label_x, kTop - 4,
                           left_of_line || !fits_right ? "end" : "start", escape_markup(chart.x_reference_label));
    }
    for (const auto& p : chart.points) {
        if (p.style != ScatterStyle::Background) continue;
        out += fmt::format("<circle class=\"background\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"{}\" "
                           "fill-opacity=\"0.7\"><title>{}</title></circle>",
                           x_of(p.x), y_of(p.y), kBackground, escape_markup(p.tooltip));
    }
    if (!chart.line.empty()) {
        // A step line: the frontier holds its level until the next mix that does better.
        std::string points;
        for (std::size_t i = 0; i < chart.line.size(); ++i) {
            if (i > 0) points += fmt::format("{:.1f},{:.1f} ", x_of(chart.line[i].first), y_of(chart.line[i - 1].second));
            points += fmt::format("{:.1f},{:.1f} ", x_of(chart.line[i].first), y_of(chart.line[i].second));
        }
        out += fmt::format("<polyline class=\"frontier\" points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>",
                           points, kLine);
    }
    for (const auto& p : chart.points) {
        if (p.style == ScatterStyle::Background) continue;
        const bool marked = p.style == ScatterStyle::Marked;
        out += fmt::format("<g><title>{}</title><circle class=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"7\" fill=\"{}\" "
                           "stroke=\"#fff\" stroke-width=\"1.5\"/>",
                           escape_markup(p.tooltip), marked ? "marked" : "highlight", x_of(p.x), y_of(p.y),
                           marked ? kMarked : kHighlight);
        if (!p.label.empty())
            out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-weight=\"700\" fill=\"{}\">{}</text>", x_of(p.x) + 10,
                               y_of(p.y) - 8, marked ? kMarked : kHighlight, escape_markup(p.label));
        out += "</g>";
    }
    // Legend along the top.
    out += "<g class=\"legend\" fill=\"#2d3748\">";
    double x = left;
    const auto item = [&](const std::string& swatch, const std::string& label) {
        if (label.empty()) return;
        out += fmt::format(fmt::runtime(swatch), x);
        out += fmt::format("<text x=\"{:.1f}\" y=\"16\">{}</text>", x + 20, escape_markup(label));
        x += 40 + 6.6 * static_cast<double>(utf8_characters(label));
    };
    item(fmt::format("<circle cx=\"{{:.1f}}\" cy=\"12\" r=\"4\" fill=\"{}\"/>", kBackground), chart.background_label);
    item(fmt::format("<path d=\"M{{0:.1f}},16 h7 v-8 h7\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>", kLine),
         chart.line_label);
    item(fmt::format("<circle cx=\"{{:.1f}}\" cy=\"12\" r=\"6\" fill=\"{}\"/>", kHighlight), chart.highlight_label);
    item(fmt::format("<circle cx=\"{{:.1f}}\" cy=\"12\" r=\"6\" fill=\"{}\"/>", kMarked), chart.marked_label);
    return out + "</g></svg>";
}

}  // namespace intsim
