#include "report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include <fmt/format.h>

#include "report/chart_axis.hpp"
#include "report/markup.hpp"

namespace intsim {

namespace {

// Geometry in SVG user units; the chart scales with the page.
constexpr double kWidth = 560, kHeight = 320;
constexpr double kTop = 40, kBottom = 38;
constexpr double kCharWidth = 7.0;  // of a 12-unit label, generous for digits and "€"
constexpr const char* kBandColour = "#2b6cb0";
constexpr const char* kMedianColour = "#1a365d";
constexpr const char* kTargetColour = "#c05621";

std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

// The plot area leaves room for the longest tick label on the left and the longest end
// label on the right, so that any formatter (units, locales) fits.
struct Frame {
    ChartAxis axis;
    std::size_t points = 0;
    double left = 60, right = 70;
    double x(std::size_t i) const {
        if (points < 2) return (left + kWidth - right) / 2;
        return left + static_cast<double>(i) * (kWidth - left - right) / static_cast<double>(points - 1);
    }
    double y(double value) const { return axis.place(value, kHeight - kBottom, kTop); }
};

double value_at(const std::vector<double>& values, std::size_t i) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    return values.size() == 1 ? values.front() : (i < values.size() ? values[i] : values.back());
}

Frame frame_of(const FanChart& chart) {
    double low = chart.from_zero ? 0.0 : std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    const auto include = [&](double v) {
        if (!std::isfinite(v)) return;
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (const auto* values : {&chart.series.p05, &chart.series.p50, &chart.series.p95})
        for (double v : *values) include(v);
    for (const auto& reference : chart.references)
        for (double v : reference.values) include(v);
    // A little air above and below the data, so the bands do not touch the frame.
    const double pad = 0.04 * (high - low);
    Frame frame;
    frame.axis = nice_axis(chart.from_zero ? low : low - pad, high + pad, 5);
    frame.points = chart.series.p50.size();
    std::size_t tick_chars = 1, end_chars = 1;
    for (double tick : frame.axis.ticks) tick_chars = std::max(tick_chars, characters(chart.format(tick, frame.axis.step)));
    const std::size_t last = frame.points ? frame.points - 1 : 0;
    if (frame.points) end_chars = characters(chart.format(chart.series.p50[last], 0));
    for (const auto& reference : chart.references)
        end_chars = std::max(end_chars, characters(chart.format(value_at(reference.values, last), 0)));
    frame.left = 14 + kCharWidth * static_cast<double>(tick_chars);
    frame.right = 14 + kCharWidth * static_cast<double>(end_chars);
    return frame;
}

std::string point(double x, double y) { return fmt::format("{:.1f},{:.1f}", x, y); }

std::string band_path(const Frame& f, const std::vector<double>& low, const std::vector<double>& high) {
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < f.points; ++i)
        if (std::isfinite(value_at(low, i)) && std::isfinite(value_at(high, i))) shown.push_back(i);
    if (shown.empty()) return "";
    std::string d = "M";
    for (std::size_t i : shown) d += point(f.x(i), f.y(value_at(high, i))) + " ";
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) d += point(f.x(*it), f.y(value_at(low, *it))) + " ";
    return d + "Z";
}

std::string polyline_points(const Frame& f, const std::vector<double>& values) {
    std::string points;
    for (std::size_t i = 0; i < f.points; ++i)
        if (std::isfinite(value_at(values, i))) points += point(f.x(i), f.y(value_at(values, i))) + " ";
    return points;
}

std::string axes(const FanChart& chart, const Frame& f) {
    std::string out = "<g class=\"axis\" font-size=\"12\" fill=\"#4a5568\">";
    for (double tick : f.axis.ticks) {
        const double y = f.y(tick);
        out += fmt::format("<line x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#e2e8f0\"/>", f.left,
                           kWidth - f.right, y, y);
        out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", f.left - 6,
                           y + 4, escape_markup(chart.format(tick, f.axis.step)));
    }
    for (std::size_t i = 0; i < chart.x_ticks.size() && i < f.points; ++i) {
        if (chart.x_ticks[i].empty()) continue;
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#a0aec0\"/>", f.x(i),
                           kHeight - kBottom, kHeight - kBottom + 4);
        out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>", f.x(i),
                           kHeight - kBottom + 18, escape_markup(chart.x_ticks[i]));
    }
    out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#718096\"/>", f.left,
                       kWidth - f.right, kHeight - kBottom);
    return out + "</g>";
}

std::string legend(const FanChart& chart) {
    std::string out = "<g class=\"legend\" font-size=\"12\" fill=\"#2d3748\">";
    double x = 4;  // flush with the caption above the chart
    const auto item = [&](const std::string& swatch, const std::string& label, double width) {
        out += swatch + fmt::format("<text x=\"{:.0f}\" y=\"18\">{}</text>", x + 22, escape_markup(label));
        x += width;
    };
    item(fmt::format("<rect x=\"{:.0f}\" y=\"9\" width=\"16\" height=\"11\" fill=\"{}\" fill-opacity=\"0.18\"/>", x,
                     kBandColour), "90 % range", 98);
    item(fmt::format("<rect x=\"{:.0f}\" y=\"9\" width=\"16\" height=\"11\" fill=\"{}\" fill-opacity=\"0.42\"/>", x,
                     kBandColour), "50 % range", 98);
    item(fmt::format("<line x1=\"{0:.0f}\" x2=\"{1:.0f}\" y1=\"14.5\" y2=\"14.5\" stroke=\"{2}\" stroke-width=\"2.5\"/>",
                     x, x + 16, kMedianColour), "median", 76);
    for (const auto& reference : chart.references)
        item(fmt::format("<line x1=\"{0:.0f}\" x2=\"{1:.0f}\" y1=\"14.5\" y2=\"14.5\" stroke=\"{2}\" stroke-width=\"2\" "
                         "stroke-dasharray=\"5 3\"/>", x, x + 16, kTargetColour), reference.label,
             34 + 6.5 * static_cast<double>(reference.label.size()));
    return out + "</g>";
}

// One invisible column per point whose <title> the browser shows on hover: no script.
std::string tooltips(const FanChart& chart, const Frame& f) {
    std::string out = "<g class=\"tooltips\" fill=\"transparent\">";
    const double half = f.points > 1 ? (f.x(1) - f.x(0)) / 2 : (kWidth - f.left - f.right) / 2;
    const auto text = [&](double v) { return chart.format(v, 0); };
    for (std::size_t i = 0; i < f.points; ++i) {
        const FanSeries& s = chart.series;
        std::string tip = (i < chart.x_names.size() ? chart.x_names[i] : "") + ": median " + text(value_at(s.p50, i)) +
                          "; 50 % range " + text(value_at(s.p25, i)) + " \u2013 " + text(value_at(s.p75, i)) +
                          "; 90 % range " + text(value_at(s.p05, i)) + " \u2013 " + text(value_at(s.p95, i));
        for (const auto& reference : chart.references)
            tip += "; " + reference.name + " " + text(value_at(reference.values, i));
        out += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"><title>{}</title></rect>",
                           f.x(i) - half, kTop, 2 * half, kHeight - kTop - kBottom, escape_markup(tip));
    }
    return out + "</g>";
}

// The last median and reference values beside the right edge, pushed apart when they
// would overlap (a target close to the median is the usual case, not the exception).
std::string end_labels(const FanChart& chart, const Frame& f) {
    struct Label {
        double y;
        std::string text, colour, css_class;
    };
    std::vector<Label> labels;
    const std::size_t last = f.points ? f.points - 1 : 0;
    if (f.points > 0 && std::isfinite(chart.series.p50.back()))
        labels.push_back({f.y(chart.series.p50.back()), chart.format(chart.series.p50.back(), 0), kMedianColour,
                          "end-label"});
    for (const auto& reference : chart.references)
        if (std::isfinite(value_at(reference.values, last)))
            labels.push_back({f.y(value_at(reference.values, last)), chart.format(value_at(reference.values, last), 0),
                              kTargetColour, "reference-label"});
    std::sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.y < b.y; });
    constexpr double kGap = 15;
    for (std::size_t i = 1; i < labels.size(); ++i)
        if (labels[i].y - labels[i - 1].y < kGap) {
            const double middle = (labels[i].y + labels[i - 1].y) / 2;
            labels[i - 1].y = middle - kGap / 2;
            labels[i].y = middle + kGap / 2;
        }
    std::string out;
    for (const auto& label : labels)
        out += fmt::format("<text class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" font-weight=\"600\" "
                           "fill=\"{}\">{}</text>", label.css_class, kWidth - f.right + 6, label.y + 4, label.colour,
                           escape_markup(label.text));
    return out;
}

}  // namespace

MonthLabels month_labels(const std::vector<std::string>& months) {
    static constexpr const char* kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    MonthLabels labels;
    const std::size_t every = std::max<std::size_t>(1, (months.size() + 11) / 12);
    for (std::size_t i = 0; i < months.size(); ++i) {
        const std::string& text = months[i];
        const int month = text.size() >= 7 ? std::atoi(text.c_str() + 5) : 0;
        if (month < 1 || month > 12) {  // not "YYYY-MM": show it as it is
            labels.ticks.push_back(i % every == 0 ? text : "");
            labels.names.push_back(text);
            continue;
        }
        const std::string year = text.substr(0, 4);
        labels.names.push_back(std::string(kNames[month - 1]) + " " + year);
        labels.ticks.push_back(i % every != 0 ? "" : (month == 1 && i > 0) ? year : kNames[month - 1]);
    }
    return labels;
}

std::string fan_chart_svg(const FanChart& chart) {
    const Frame f = frame_of(chart);
    const FanSeries& s = chart.series;
    std::string out = fmt::format(
        "<svg id=\"{0}\" class=\"fan-chart\" viewBox=\"0 0 {1} {2}\" width=\"100%\" role=\"img\" "
        "aria-labelledby=\"{0}-title\" font-family=\"inherit\"><title id=\"{0}-title\">{3}</title>",
        escape_markup(chart.id), kWidth, kHeight, escape_markup(chart.title));
    out += axes(chart, f);
    out += fmt::format("<path class=\"band-outer\" d=\"{}\" fill=\"{}\" fill-opacity=\"0.18\"/>",
                       band_path(f, s.p05, s.p95), kBandColour);
    out += fmt::format("<path class=\"band-inner\" d=\"{}\" fill=\"{}\" fill-opacity=\"0.42\"/>",
                       band_path(f, s.p25, s.p75), kBandColour);
    for (const auto& reference : chart.references) {
        out += fmt::format("<polyline class=\"reference\" points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\" "
                           "stroke-dasharray=\"6 4\"/>",
                           reference.values.size() == 1
                               ? point(f.left, f.y(reference.values[0])) + " " +
                                     point(kWidth - f.right, f.y(reference.values[0]))
                               : polyline_points(f, reference.values),
                           kTargetColour);
    }
    out += fmt::format("<polyline class=\"median\" points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" "
                       "stroke-linejoin=\"round\"/>", polyline_points(f, s.p50), kMedianColour);
    out += end_labels(chart, f);
    out += legend(chart) + tooltips(chart, f);
    return out + "</svg>";
}

}  // namespace intsim
