#pragma once
// A dot-and-whisker chart as inline SVG: one row per estimate (a difference to a base,
// a marginal effect), its mean as a dot and its interval as a whisker, against a
// reference line (usually 0: no difference). Rows may be grouped under headings (a
// variant, then its years), so that a further dimension adds rows, not charts. With
// `bars`, each row is a bar from the reference to the mean instead of a dot.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace intsim {

/// How a row is judged, which gives its colour: better, worse, or neither (an interval
/// that holds the reference, or an indicator without a direction).
enum class IntervalTone { Better, Worse, Neutral };

struct IntervalRow {
    std::string group;  ///< a heading drawn above the first row of each new group; "" for none
    std::string label;  ///< at the left of the row
    double mean = 0;
    std::optional<double> low, high;  ///< the interval; none: the dot (or bar) alone
    IntervalTone tone = IntervalTone::Neutral;
    std::string value_text;  ///< beside the dot, e.g. "+0.19 (+0.02 .. +0.35)"
    std::string tooltip;
};

struct IntervalChart {
    std::string id;
    std::string title;  ///< accessible name (SVG <title>)
    std::vector<IntervalRow> rows;
    double reference = 0;
    std::string reference_label;  ///< e.g. "no difference"
    std::string axis_title;       ///< what the values are, under the axis
    bool bars = false;
    std::function<std::string(double value, double step)> format;  ///< as in FanChart
};

/// Classes: svg.interval-chart, g.row (with class better/worse/neutral), circle.estimate,
/// line.interval, rect.bar, line.reference, g.axis.
std::string interval_chart_svg(const IntervalChart& chart);

}  // namespace intsim
