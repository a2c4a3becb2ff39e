#include "report/svg_bar.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/chart_axis.hpp"
#include "report/markup.hpp"

namespace intsim {

namespace {

constexpr double kWidth = 1120, kLeft = 40, kRight = 40;
constexpr double kBarTop = 44, kBarHeight = 40, kAxisTop = kBarTop + kBarHeight + 10;
constexpr double kLegendTop = kAxisTop + 36, kLegendLine = 16, kLegendGap = 6;
constexpr int kLegendColumns = 3;
constexpr std::size_t kLegendLineCharacters = 46;  // of a column's 346 units at 12 units a letter
constexpr const char* kReferenceColour = "#c05621";
// Blues and teals from dark to light, then greys: distinguishable, calm, fine in print.
constexpr const char* kPalette[] = {"#1a365d", "#2b6cb0", "#4299e1", "#2c7a7b", "#38b2ac",
                                    "#81e6d9", "#4a5568", "#a0aec0", "#cbd5e0"};

double total_of(const StackedBar& bar) {
    double total = 0;
    for (const auto& segment : bar.segments) total += std::max(0.0, segment.value);
    return total;
}

}  // namespace

std::string stacked_bar_svg(const StackedBar& bar) {
    const double total = total_of(bar);
    double high = total;
    for (const auto& x : {bar.range_high, bar.reference})
        if (x && std::isfinite(*x)) high = std::max(high, *x);
    const ChartAxis axis = nice_axis(0.0, high * 1.02, 8);
    const auto x_of = [&](double v) { return axis.place(v, kLeft, kWidth - kRight); };
    // Legend entries wrap onto as many lines as their labels need: nothing is cut.
    std::vector<std::vector<std::string>> legend_lines;
    for (const auto& segment : bar.segments)
        legend_lines.push_back(wrap_words(segment.label + " \u2013 " + bar.format(segment.value, 0), kLegendLineCharacters));
    std::vector<double> row_top;  // baseline of each legend row's first line
    double next = kLegendTop;
    for (std::size_t k = 0; k < legend_lines.size(); k += kLegendColumns) {
        row_top.push_back(next);
        std::size_t lines = 1;
        for (std::size_t j = k; j < std::min(legend_lines.size(), k + kLegendColumns); ++j)
            lines = std::max(lines, legend_lines[j].size());
        next += static_cast<double>(lines) * kLegendLine + kLegendGap;
    }
    const double height = next;

    std::string out = fmt::format(
        "<svg id=\"{0}\" class=\"stacked-bar\" viewBox=\"0 0 {1} {2:.0f}\" width=\"100%\" role=\"img\" "
        "aria-labelledby=\"{0}-title\" font-family=\"inherit\" font-size=\"13\"><title id=\"{0}-title\">{3}</title>",
        escape_markup(bar.id), kWidth, height, escape_markup(bar.title));
    // Axis under the bar.
    out += "<g class=\"axis\" fill=\"#4a5568\" font-size=\"12\">";
    for (double tick : axis.ticks)
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#e2e8f0\"/>"
                           "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>",
                           x_of(tick), kBarTop - 6, kAxisTop, kAxisTop + 14, escape_markup(bar.format(tick, axis.step)));
    out += "</g>";
    // Segments, each with its share of the total in the tooltip.
    double start = 0;
    for (std::size_t k = 0; k < bar.segments.size(); ++k) {
        const BarSegment& segment = bar.segments[k];
        const double value = std::max(0.0, segment.value);
        const std::string tip = segment.label + ": " + bar.format(value, 0) +
                                fmt::format(" ({:.0f} %)", total > 0 ? 100 * value / total : 0.0);
        out += fmt::format("<rect class=\"segment\" x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\" "
                           "stroke=\"#fff\" stroke-width=\"0.6\"><title>{}</title></rect>",
                           x_of(start), kBarTop, x_of(start + value) - x_of(start), kBarHeight,
                           kPalette[k % std::size(kPalette)], escape_markup(tip));
        start += value;
    }
    if (bar.range_low && bar.range_high) {
        const double y = kBarTop + kBarHeight / 2;
        out += fmt::format("<g class=\"whisker\" stroke=\"#000\" stroke-width=\"1.6\"><title>{5}: {6} \u2013 {7}</title>"
                           "<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\"/>"
                           "<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{3:.1f}\" y2=\"{4:.1f}\"/>"
                           "<line x1=\"{1:.1f}\" x2=\"{1:.1f}\" y1=\"{3:.1f}\" y2=\"{4:.1f}\"/></g>",
                           x_of(*bar.range_low), x_of(*bar.range_high), y, y - 9, y + 9,
                           escape_markup(bar.range_label), escape_markup(bar.format(*bar.range_low, 0)),
                           escape_markup(bar.format(*bar.range_high, 0)));
    }
    if (bar.reference) {
        const double x = x_of(*bar.reference);
        out += fmt::format("<g class=\"reference\"><line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" "
                           "stroke=\"{3}\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/>"
                           "<text x=\"{0:.1f}\" y=\"{4}\" text-anchor=\"end\" fill=\"{3}\" font-weight=\"600\">{5}</text>"
                           "</g>",
                           x, kBarTop - 14, kBarTop + kBarHeight + 6, kReferenceColour, kBarTop - 20,
                           escape_markup(bar.reference_label));
    }
    out += "<g class=\"legend\" fill=\"#2d3748\" font-size=\"12\">";
    const double column = (kWidth - kLeft - kRight) / kLegendColumns;
    for (std::size_t k = 0; k < bar.segments.size(); ++k) {
        const double x = kLeft + static_cast<double>(k % kLegendColumns) * column;
        const double y = row_top[k / kLegendColumns];
        out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"12\" height=\"12\" fill=\"{}\"/><text y=\"{:.1f}\">",
                           x, y - 10, kPalette[k % std::size(kPalette)], y);
        for (std::size_t line = 0; line < legend_lines[k].size(); ++line)
            out += fmt::format("<tspan x=\"{:.1f}\"{}>{}</tspan>", x + 18, line ? fmt::format(" dy=\"{}\"", kLegendLine) : "",
                               escape_markup(legend_lines[k][line]));
        out += "</text>";
    }
    return out + "</g></svg>";
}

}  // namespace intsim
