#pragma once
// A horizontal stacked bar as inline SVG: parts of a total (e.g. spend by measure), the
// total's 90 % range as a whisker and a reference such as the budget as a vertical line.
// The same helper can draw any "amount against a limit" figure.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace intsim {

struct BarSegment {
    std::string label;
    double value = 0;
};

struct StackedBar {
    std::string id;     ///< the svg element's id
    std::string title;  ///< accessible name (SVG <title>)
    std::vector<BarSegment> segments;  ///< drawn left to right, each in its own colour
    std::optional<double> range_low, range_high;  ///< the total's uncertainty (whisker)
    std::string range_label;                       ///< e.g. "90 % range of the total"
    std::optional<double> reference;               ///< e.g. the operative budget
    std::string reference_label;
    /// Formats a number: an axis tick when `step` > 0 (the axis step says how many digits
    /// it needs), a value to show (label, tooltip) when `step` is 0.
    std::function<std::string(double value, double step)> format;
};

/// The bar as an <svg> element (width 100 %). Classes: svg.stacked-bar, rect.segment,
/// g.whisker, g.reference, g.legend.
std::string stacked_bar_svg(const StackedBar& bar);

}  // namespace intsim
