#pragma once
// Pieces every report page shares, in the report's wording: number formatters for chart
// axes, a monthly fan chart's frame, the target path, the page header and the note on
// the one colour rule for probabilities.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/results.hpp"
#include "model/scenario.hpp"
#include "report/html_report.hpp"
#include "report/svg_chart.hpp"
#include "report/svg_intervals.hpp"
#include "report/wording.hpp"

namespace intsim {

/// Formats a number: an axis tick when `step` > 0 (the step says how many digits it
/// needs), a value to show when `step` is 0.
using ChartFormat = std::function<std::string(double value, double step)>;

ChartFormat count_format(const Wording& say);         ///< 2,705
ChartFormat signed_count_format(const Wording& say);  ///< +12, −3, 0 (gaps and differences)
ChartFormat millions_format(const Wording& say);      ///< €9.7 m (ticks as precise as their step)

/// A fan chart over these "YYYY-MM" months: x ticks, tooltip names and legend words.
FanChart month_fan_chart(const std::vector<std::string>& months, const Wording& say);

/// The yearly target spread over the months in proportion to `cumulative_means`, the
/// expected cumulative integrations: means add up over months, so the path has the
/// model's seasonal shape and ends exactly at the target (evenly when the means are 0).
std::vector<double> seasonal_target_path(const std::vector<double>& cumulative_means, double target);

/// Every quantile minus the path's value at the same point (a fixed path shifts each
/// quantile by the same amount).
void subtract_path(FanSeries& series, const std::vector<double>& path);

/// `unit`, or "`unit`, axis from LOW" when the chart's value axis does not start at 0.
std::string axis_title_of(const FanChart& chart, const std::string& unit, const Wording& say);

/// The sentence that states the colour rule of probabilities (probability_status).
std::string colour_rule_note(double good_from, const Wording& say);

/// A probability's tone in an interval chart, by probability_status with `good_from`
/// (none given: neutral).
IntervalTone probability_tone(std::optional<double> p, double good_from);

/// An interval chart of figures in percent of their targets (0: on target), its ticks
/// signed percentages; rows come from percent_of_target.
IntervalChart percent_of_target_chart(std::string id, std::string title, std::string axis_title, const Wording& say);

/// `value` in percent of `target` relative to it: 100 (value / target - 1).
inline double percent_of_target(double value, double target) { return 100.0 * (value / target - 1.0); }

/// The page's header: a title, a line of facts and code lines such as ("scenario sha256", hex).
std::string report_header(const std::string& title, const std::string& meta,
                          const std::vector<std::pair<std::string, std::string>>& codes);

/// A table cell with an indicator's label and, small beneath it, its name in results.json.
/// A measure's name in the report's language: `label_de` in German where the scenario
/// gives one, else its name.
std::string measure_label(const MeasureSpec& measure, const Wording& say);
std::string measure_label(const MeasureResult& measure, const Wording& say);

HtmlCell indicator_cell(const std::string& indicator, const Wording& say);

}  // namespace intsim
