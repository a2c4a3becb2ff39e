#pragma once
// Fan charts as inline SVG: a quantity over time with its 90 % band (p05-p95), its 50 %
// band (p25-p75) and its median, plus reference lines such as a target. Colours are
// presentation attributes, so a chart copied out of the page still looks the same.
#include <functional>
#include <string>
#include <vector>

#include "report/glossary.hpp"

namespace intsim {

/// The quantiles of one quantity at each point of the x axis.
struct FanSeries {
    std::vector<double> p05, p25, p50, p75, p95;
};

/// A line to compare with: one value per x point, or a single value (a horizontal line).
struct ChartReference {
    std::string name;   ///< short name for tooltips, e.g. "target"
    std::string label;  ///< legend text, e.g. "target: yearly average"
    std::vector<double> values;
    std::string end_text;  ///< label at the right end; empty: name and the last value
};

/// The chart's words (from the glossary, in the report's language).
struct FanWords {
    std::string outer = "90 % range", inner = "50 % range", median = "median";
};

struct FanChart {
    std::string id;                    ///< the svg element's id
    std::string title;                 ///< accessible name (SVG <title>)
    std::vector<std::string> x_ticks;  ///< label under each point; "" for none
    std::vector<std::string> x_names;  ///< full name of each point for tooltips
    FanSeries series;
    std::vector<ChartReference> references;
    bool from_zero = false;            ///< let the value axis start at zero
    /// What the values are, shown above the value axis ("persons"). When the axis does not
    /// start at zero, the chart adds a break mark and the caller should say so here.
    std::string axis_title;
    FanWords words;
    /// Formats a number: an axis tick when `step` > 0 (the axis step says how many digits
    /// it needs), a value to show (label, tooltip) when `step` is 0.
    std::function<std::string(double value, double step)> format;
};

/// Labels of a monthly x axis from "YYYY-MM" texts: ticks "Jan", "Feb", ... (the year
/// instead of "Jan" after the first point; every k-th month only on long horizons) and
/// names such as "Mar 2022" for tooltips, in the report's language.
struct MonthLabels {
    std::vector<std::string> ticks, names;
};
MonthLabels month_labels(const std::vector<std::string>& months, Language language = Language::En);

/// The lowest value the chart's axis shows (to say "axis from ..." beside it).
double fan_chart_axis_low(const FanChart& chart);

/// The chart as an <svg> element (width 100 %). Classes for tests and styling:
/// svg.fan-chart, path.band-outer, path.band-inner, polyline.median, .reference, g.axis,
/// g.legend (wrapped onto as many rows as its items need: nothing is cut), .end-label.
/// Points whose quantiles are not finite are left out of the bands.
std::string fan_chart_svg(const FanChart& chart);

}  // namespace intsim
