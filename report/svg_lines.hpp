#pragma once
// Line charts of shares over a few categorical points, as inline SVG: how P(target met)
// moved from the plan over the months tracked. The value axis is fixed at 0-100 %, with the
// colour rule's zones (green from the offer's probability, red up to its complement)
// shaded behind the lines, so a line's colour zone reads as its pill in the tables does.
#include <functional>
#include <string>
#include <vector>

namespace intsim {

struct ChartLine {
    std::string name;            ///< legend text
    std::vector<double> values;  ///< a share (0-1) per x point; NaN: no value there
    bool emphasised = false;     ///< drawn thicker and dark (e.g. P(all targets met))
};

struct LineChart {
    std::string id;                      ///< the svg element's id
    std::string title;                   ///< accessible name (SVG <title>)
    std::vector<std::string> x_labels;   ///< one per point, e.g. "plan", "Mar 2022"
    std::vector<ChartLine> lines;
    double good_from = 0.8;              ///< the colour rule's green zone starts here
    std::string y_title;                 ///< above the value axis
    /// Formats a share for ticks and tooltips ("80 %").
    std::function<std::string(double share)> format;
};

/// The chart as an <svg> element (width 100 %). Classes for tests and styling:
/// svg.line-chart, polyline.line (one per line), circle.point, g.legend (wrapped onto as
/// many rows as its items need), rect.zone-good / rect.zone-poor.
std::string line_chart_svg(const LineChart& chart);

}  // namespace intsim
