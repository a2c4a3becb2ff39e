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

// Geometry in SVG user units; the chart scales with the page. The legend takes as many
// rows as its items need, and the plot starts below it.
constexpr double kWidth = 560, kPlotHeight = 242, kBottom = 38;
constexpr double kLegendRow = 17, kLegendFirstBaseline = 18;
constexpr double kCharWidth = 7.0;        // of a 12-unit label, generous for digits and "€"
constexpr double kLegendCharWidth = 6.6;
constexpr double kBoldCharWidth = 7.8;    // of the bold end labels ("Median 10.997")  // of legend text (letters are narrower than digits)
constexpr const char* kBandColour = "#2b6cb0";
constexpr const char* kMedianColour = "#1a365d";
constexpr const char* kTargetColour = "#c05621";

// One legend entry: its swatch (drawn at x) and its text.
struct LegendItem {
    std::string swatch;  ///< a format pattern with {0} = x
    std::string label;
    double x = 0, baseline = 0;
};

// Places the items left to right, starting a new row where one would pass the right edge.
std::vector<LegendItem> lay_out_legend(std::vector<LegendItem> items) {
    double x = 4, baseline = kLegendFirstBaseline;  // flush with the caption above the chart
    for (auto& item : items) {
        const double width = 22 + kLegendCharWidth * static_cast<double>(utf8_characters(item.label)) + 16;
        if (x > 4 && x + width - 16 > kWidth - 4) {
            x = 4;
            baseline += kLegendRow;
        }
        item.x = x;
        item.baseline = baseline;
        x += width;
    }
    return items;
}

std::vector<LegendItem> legend_items(const FanChart& chart) {
    std::vector<LegendItem> items;
    const auto band = [](double opacity) {
        return fmt::format("<rect x=\"{{0:.0f}}\" y=\"{{1:.0f}}\" width=\"16\" height=\"11\" fill=\"{}\" "
                           "fill-opacity=\"{}\"/>", kBandColour, opacity);
    };
    items.push_back({band(0.18), chart.words.outer});
    items.push_back({band(0.42), chart.words.inner});
    items.push_back({fmt::format("<line x1=\"{{0:.0f}}\" x2=\"{{2:.0f}}\" y1=\"{{3:.1f}}\" y2=\"{{3:.1f}}\" "
                                 "stroke=\"{}\" stroke-width=\"2.5\"/>", kMedianColour),
                     chart.words.median});
    for (const auto& reference : chart.references)
        items.push_back({fmt::format("<line x1=\"{{0:.0f}}\" x2=\"{{2:.0f}}\" y1=\"{{3:.1f}}\" y2=\"{{3:.1f}}\" "
                                     "stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>", kTargetColour),
                         reference.label});
    return lay_out_legend(std::move(items));
}

// The plot area leaves room for the legend above, the longest tick label on the left and
// the longest end label on the right, so that any formatter (units, locales) fits.
struct Frame {
    ChartAxis axis;
    std::size_t points = 0;
    double left = 60, right = 70, top = 40;
    double height() const { return top + kPlotHeight + kBottom; }
    double bottom() const { return top + kPlotHeight; }
    double x(std::size_t i) const {
        if (points < 2) return (left + kWidth - right) / 2;
        return left + static_cast<double>(i) * (kWidth - left - right) / static_cast<double>(points - 1);
    }
    double y(double value) const { return axis.place(value, bottom(), top); }
};

double value_at(const std::vector<double>& values, std::size_t i) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    return values.size() == 1 ? values.front() : (i < values.size() ? values[i] : values.back());
}

// The texts beside the right end: the median's and each reference's, each naming what it is.
struct EndLabel {
    double value;
    std::string text, colour, css_class;
};

std::vector<EndLabel> end_label_texts(const FanChart& chart) {
    std::vector<EndLabel> labels;
    const std::size_t points = chart.series.p50.size();
    if (points == 0) return labels;
    const std::size_t last = points - 1;
    if (std::isfinite(chart.series.p50[last]))
        labels.push_back({chart.series.p50[last], chart.words.median + " " + chart.format(chart.series.p50[last], 0),
                          kMedianColour, "end-label"});
    for (const auto& reference : chart.references) {
        const double v = value_at(reference.values, last);
        if (!std::isfinite(v)) continue;
        labels.push_back({v, reference.end_text.empty() ? reference.name + " " + chart.format(v, 0) : reference.end_text,
                          kTargetColour, "reference-label"});
    }
    return labels;
}

ChartAxis axis_of(const FanChart& chart) {
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
    return nice_axis(chart.from_zero ? low : low - pad, high + pad, 5);
}

Frame frame_of(const FanChart& chart, const std::vector<LegendItem>& legend) {
    Frame frame;
    frame.axis = axis_of(chart);
    frame.points = chart.series.p50.size();
    frame.top = (legend.empty() ? 0.0 : legend.back().baseline) + (chart.axis_title.empty() ? 16.0 : 32.0);
    std::size_t tick_chars = 1, end_chars = 1;
    for (double tick : frame.axis.ticks) tick_chars = std::max(tick_chars, utf8_characters(chart.format(tick, frame.axis.step)));
    for (const auto& label : end_label_texts(chart)) end_chars = std::max(end_chars, utf8_characters(label.text));
    frame.left = 14 + kCharWidth * static_cast<double>(tick_chars);
    frame.right = 14 + kBoldCharWidth * static_cast<double>(end_chars);
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

// The month ticks that fit side by side: a narrow plot (long value labels at both ends)
// leaves less room per month than twelve names need ("FebMärAprMai"). The first tick and
// the years go first, then the others from the left, each only where it keeps kTickGap to
// every tick already placed.
std::vector<std::size_t> shown_x_ticks(const FanChart& chart, const Frame& f) {
    constexpr double kTickGap = 6;
    const std::size_t n = std::min(chart.x_ticks.size(), f.points);
    const auto width = [&](std::size_t i) { return kCharWidth * static_cast<double>(utf8_characters(chart.x_ticks[i])); };
    const auto is_year = [&](std::size_t i) {
        const std::string& t = chart.x_ticks[i];
        return t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    std::vector<std::size_t> kept;
    const auto fits = [&](std::size_t i) {
        for (std::size_t j : kept)
            if (std::fabs(f.x(i) - f.x(j)) < (width(i) + width(j)) / 2 + kTickGap) return false;
        return true;
    };
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < n; ++i) {
            if (chart.x_ticks[i].empty() || ((i == 0 || is_year(i)) != (pass == 0))) continue;
            if (fits(i)) kept.push_back(i);
        }
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::string axes(const FanChart& chart, const Frame& f) {
    std::string out = "<g class=\"axis\" font-size=\"12\" fill=\"#4a5568\">";
    if (!chart.axis_title.empty())
        out += fmt::format("<text class=\"axis-title\" x=\"4\" y=\"{:.1f}\" font-size=\"11.5\" font-style=\"italic\">{}</text>",
                           f.top - 12, escape_markup(chart.axis_title));
    for (double tick : f.axis.ticks) {
        const double y = f.y(tick);
        out += fmt::format("<line x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#e2e8f0\"/>", f.left,
                           kWidth - f.right, y, y);
        out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>", f.left - 6,
                           y + 4, escape_markup(chart.format(tick, f.axis.step)));
    }
    for (std::size_t i : shown_x_ticks(chart, f)) {
        out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" stroke=\"#a0aec0\"/>", f.x(i),
                           f.bottom(), f.bottom() + 4);
        out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", f.x(i),
                           f.bottom() + 18, escape_markup(chart.x_ticks[i]));
    }
    out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#718096\"/>", f.left,
                       kWidth - f.right, f.bottom());
    // An axis that does not start at zero gets the draughtsman's break mark at its foot.
    if (f.axis.low > 0)
        out += fmt::format("<path class=\"axis-break\" d=\"M{0:.1f},{1:.1f} l8,-5 M{0:.1f},{2:.1f} l8,-5\" "
                           "stroke=\"#718096\" stroke-width=\"1.4\" fill=\"none\"/>",
                           f.left - 4, f.bottom() + 3, f.bottom() + 8);
    return out + "</g>";
}

std::string legend(const std::vector<LegendItem>& items) {
    std::string out = "<g class=\"legend\" font-size=\"12\" fill=\"#2d3748\">";
    for (const auto& item : items) {
        out += fmt::format(fmt::runtime(item.swatch), item.x, item.baseline - 9, item.x + 16, item.baseline - 3.5);
        out += fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\">{}</text>", item.x + 22, item.baseline,
                           escape_markup(item.label));
    }
    return out + "</g>";
}

// One invisible column per point whose <title> the browser shows on hover: no script.
std::string tooltips(const FanChart& chart, const Frame& f) {
    std::string out = "<g class=\"tooltips\" fill=\"transparent\">";
    const double half = f.points > 1 ? (f.x(1) - f.x(0)) / 2 : (kWidth - f.left - f.right) / 2;
    const auto text = [&](double v) { return chart.format(v, 0); };
    for (std::size_t i = 0; i < f.points; ++i) {
        const FanSeries& s = chart.series;
        std::string tip = (i < chart.x_names.size() ? chart.x_names[i] : "") + ": " + chart.words.median + " " +
                          text(value_at(s.p50, i)) + "; " + chart.words.inner + " " + text(value_at(s.p25, i)) +
                          " \u2013 " + text(value_at(s.p75, i)) + "; " + chart.words.outer + " " +
                          text(value_at(s.p05, i)) + " \u2013 " + text(value_at(s.p95, i));
        for (const auto& reference : chart.references)
            tip += "; " + reference.name + " " + text(value_at(reference.values, i));
        out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\"><title>{}</title></rect>",
                           f.x(i) - half, f.top, 2 * half, kPlotHeight, escape_markup(tip));
    }
    return out + "</g>";
}

// The end labels beside the right edge, pushed apart when they would overlap (a target
// close to the median is the usual case, not the exception).
std::string end_labels(const FanChart& chart, const Frame& f) {
    struct Placed {
        double y;
        EndLabel label;
    };
    std::vector<Placed> placed;
    for (auto& label : end_label_texts(chart)) placed.push_back({f.y(label.value), label});
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.y < b.y; });
    constexpr double kGap = 15;
    for (std::size_t i = 1; i < placed.size(); ++i)
        if (placed[i].y - placed[i - 1].y < kGap) {
            const double middle = (placed[i].y + placed[i - 1].y) / 2;
            placed[i - 1].y = middle - kGap / 2;
            placed[i].y = middle + kGap / 2;
        }
    std::string out;
    for (const auto& p : placed)
        out += fmt::format("<text class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" font-weight=\"600\" "
                           "fill=\"{}\">{}</text>", p.label.css_class, kWidth - f.right + 6, p.y + 4, p.label.colour,
                           escape_markup(p.label.text));
    return out;
}

}  // namespace

MonthLabels month_labels(const std::vector<std::string>& months, Language language) {
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
        const std::string name(words::month_short[static_cast<std::size_t>(month - 1)].in(language));
        labels.names.push_back(name + " " + year);
        labels.ticks.push_back(i % every != 0 ? "" : (month == 1 && i > 0) ? year : name);
    }
    return labels;
}

double fan_chart_axis_low(const FanChart& chart) { return axis_of(chart).low; }

std::string fan_chart_svg(const FanChart& chart) {
    const std::vector<LegendItem> items = legend_items(chart);
    const Frame f = frame_of(chart, items);
    const FanSeries& s = chart.series;
    std::string out = fmt::format(
        "<svg id=\"{0}\" class=\"fan-chart\" viewBox=\"0 0 {1} {2:.0f}\" width=\"100%\" role=\"img\" "
        "aria-labelledby=\"{0}-title\" font-family=\"inherit\"><title id=\"{0}-title\">{3}</title>",
        escape_markup(chart.id), kWidth, f.height(), escape_markup(chart.title));
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
    out += legend(items) + tooltips(chart, f);
    return out + "</svg>";
}

}  // namespace intsim
