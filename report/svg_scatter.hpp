#pragma once
// A scatter chart as inline SVG: many points in the background (e.g. every mix a search
// estimated), a line through them (e.g. their frontier), a few numbered points in front
// (the ones that matter) and a vertical reference line (e.g. the budget).
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace intsim {

enum class ScatterStyle { Background, Highlight, Marked };

struct ScatterPoint {
    double x = 0, y = 0;
    ScatterStyle style = ScatterStyle::Background;
    std::string label;    ///< drawn beside a highlighted point, e.g. its rank
    std::string tooltip;
};

struct ScatterChart {
    std::string id;
    std::string title;  ///< accessible name
    std::vector<ScatterPoint> points;
    std::vector<std::pair<double, double>> line;  ///< drawn as a step line, in x order
    std::optional<double> x_reference;
    std::string x_reference_label;
    std::string x_title, y_title;
    /// Legend texts of the background points, the line, the highlighted and the marked
    /// points (an empty text leaves its entry out).
    std::string background_label, line_label, highlight_label, marked_label;
    std::function<std::string(double value, double step)> x_format, y_format;  ///< as in FanChart
};

/// Classes: svg.scatter-chart, circle.background, circle.highlight, circle.marked,
/// polyline.frontier, line.reference, g.axis, g.legend.
std::string scatter_chart_svg(const ScatterChart& chart);

/// The upper-left frontier of `points`: for each x, the highest y of any point with at
/// most that x, as the corner points of a step line (x ascending, y rising).
std::vector<std::pair<double, double>> frontier_of(std::vector<std::pair<double, double>> points);

}  // namespace intsim
