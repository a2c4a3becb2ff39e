#include "report/svg_lines.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/markup.hpp"

namespace intsim {

namespace {

constexpr double kWidth = 1120, kPlotHeight = 300, kBottom = 44, kRight = 40, kLeft = 58;
constexpr double kLegendRow = 20, kLegendCharWidth = 6.8;
// Distinguishable on white and in greyscale print, none of them the zones' green or red.
constexpr const char* kColours[] = {"#2b6cb0", "#c05621", "#6b46c1", "#2c7a7b", "#b7791f", "#97266d", "#4a5568"};
constexpr const char* kEmphasis = "#1a202c";

struct LegendItem {
    double x, y;
};

// Legend items placed left to right, wrapping onto a new row when the next would leave
// the chart: nothing is cut, the legend grows downwards instead.
std::vector<LegendItem> legend_layout(const LineChart& chart, double& height) {
    std::vector<LegendItem> items;
    double x = kLeft, y = 16;
    for (const auto& line : chart.lines) {
        const double width = 34 + kLegendCharWidth * static_cast<double>(utf8_characters(line.name));
        if (x + width > kWidth - kRight && x > kLeft) {
            x = kLeft;
            y += kLegendRow;
        }
        items.push_back({x, y});
        x += width + 14;
    }
    height = y + 14;
    return items;
}

}  // namespace

std::string line_chart_svg(const LineChart& chart) {
    double legend_height = 0;
    const std::vector<LegendItem> legend = legend_layout(chart, legend_height);
    const double top = legend_height + 26;
    const double height = top + kPlotHeight + kBottom;
    const std::size_t n = chart.x_labels.size();
    const auto x_of = [&](std::size_t i) {
        return n <= 1 ? (kLeft + kWidth - kRight) / 2
                      : kLeft + 20 + (kWidth - kRight - kLeft - 40) * static_cast<double>(i) / static_cast<double>(n - 1);
    };
    const auto y_of = [&](double share) { return top + kPlotHeight * (1 - std::clamp(share, 0.0, 1.0)); };

    std::string out = fmt::format(
        "<svg id=\"{0}\" class=\"line-chart\" viewBox=\"0 0 {1} {2:.0f}\" width=\"100%\" role=\"img\" "
        "aria-labelledby=\"{0}-title\" font-family=\"inherit\" font-size=\"12\"><title id=\"{0}-title\">{3}</title>",
        escape_markup(chart.id), kWidth, height, escape_markup(chart.title));
    // The colour rule's zones behind everything.
    out += fmt::format("<rect class=\"zone-good\" x=\"{0}\" y=\"{1:.1f}\" width=\"{2}\" height=\"{3:.1f}\" fill=\"#f0fff4\"/>"
                       "<rect class=\"zone-poor\" x=\"{0}\" y=\"{4:.1f}\" width=\"{2}\" height=\"{3:.1f}\" fill=\"#fff5f5\"/>",
                       kLeft, y_of(1.0), kWidth - kRight - kLeft, y_of(chart.good_from) - y_of(1.0),
                       y_of(1 - chart.good_from));
    out += "<g class=\"axis\" fill=\"#4a5568\">";
    for (int tick = 0; tick <= 100; tick += 20) {
        const double y = y_of(tick / 100.0);
        out += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#e2e8f0\"/>"
                           "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>",
                           kLeft, kWidth - kRight, y, kLeft - 6, y + 4, escape_markup(chart.format(tick / 100.0)));
    }
    for (std::size_t i = 0; i < n; ++i)
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" stroke=\"#edf2f7\"/>"
                           "<text x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\">{4}</text>",
                           x_of(i), top, top + kPlotHeight, top + kPlotHeight + 18, escape_markup(chart.x_labels[i]));
    out += fmt::format("<text class=\"axis-title\" x=\"4\" y=\"{:.1f}\" font-style=\"italic\">{}</text>", top - 10,
                       escape_markup(chart.y_title));
    out += "</g>";

    for (std::size_t l = 0; l < chart.lines.size(); ++l) {
        const ChartLine& line = chart.lines[l];
        const std::string colour = line.emphasised ? kEmphasis : kColours[l % std::size(kColours)];
        std::string points;
        std::string dots;
        for (std::size_t i = 0; i < n && i < line.values.size(); ++i) {
            if (!std::isfinite(line.values[i])) continue;
            points += fmt::format("{:.1f},{:.1f} ", x_of(i), y_of(line.values[i]));
            dots += fmt::format("<circle class=\"point\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" fill=\"{}\"><title>{}: {} "
                                "\u2013 {}</title></circle>",
                                x_of(i), y_of(line.values[i]), line.emphasised ? 5 : 4, colour, escape_markup(line.name),
                                escape_markup(chart.x_labels[i]), escape_markup(chart.format(line.values[i])));
        }
        out += fmt::format("<g><polyline class=\"line\" points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\""
                           "{}/>{}</g>",
                           points, colour, line.emphasised ? 3 : 2, line.emphasised ? " stroke-dasharray=\"7 4\"" : "",
                           dots);
    }

    out += "<g class=\"legend\" fill=\"#2d3748\">";
    for (std::size_t l = 0; l < chart.lines.size(); ++l) {
        const ChartLine& line = chart.lines[l];
        const std::string colour = line.emphasised ? kEmphasis : kColours[l % std::size(kColours)];
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\" "
                           "stroke-width=\"{4}\"{5}/><text x=\"{6:.1f}\" y=\"{7:.1f}\">{8}</text>",
                           legend[l].x, legend[l].x + 24, legend[l].y - 4, colour, line.emphasised ? 3 : 2,
                           line.emphasised ? " stroke-dasharray=\"7 4\"" : "", legend[l].x + 30, legend[l].y,
                           escape_markup(line.name));
    }
    return out + "</g></svg>";
}

}  // namespace intsim
