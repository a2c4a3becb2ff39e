#include "report/decision_report_support.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/compare_words.hpp"
#include "report/optimise_words.hpp"
#include "report/results_json.hpp"

namespace intsim {

nlohmann::json identity_to_json(const ScenarioIdentity& identity) {
    return {{"name", identity.name}, {"file", identity.file}, {"sha256", identity.sha256}};
}

nlohmann::json optional_figure(const std::optional<double>& x) {
    return x && std::isfinite(*x) ? nlohmann::json(round_figure(*x)) : nlohmann::json(nullptr);
}

nlohmann::json spread_to_json(const Summary& s) {
    return {{"mean", round_figure(s.mean)},
            {"sd", round_figure(s.sd)},
            {"p05", round_figure(s.p05)},
            {"p50", round_figure(s.p50)},
            {"p95", round_figure(s.p95)}};
}

int difference_decimals(const std::string& indicator, double mean, double low, double high) {
    if (is_euro_indicator(indicator)) return 0;
    const int own = is_percent_indicator(indicator) ? 1 : 0;
    const double half = (high - low) / 2;
    const double scale = half > 0 ? half : std::fabs(mean);
    if (!(scale > 0) || !std::isfinite(scale)) return own;
    return std::clamp(1 - static_cast<int>(std::floor(std::log10(scale))), own, 3);
}

std::string table_figure(double x, bool fractional) {
    if (fractional) return fmt::format("{:.1f}", x);
    const long long whole = std::llround(x);
    const std::string digits = std::to_string(whole < 0 ? -whole : whole);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (whole < 0 ? "-" : "") + out;
}

std::string table_signed_figure(double x, bool fractional) {
    const std::string text = table_figure(x, fractional);
    return text.front() == '-' || text == "0" || text == "0.0" ? text : "+" + text;
}

nlohmann::json objective_to_json(const HorizonObjective& o) {
    const char* period = o.period == ObjectivePeriod::All         ? "all"
                         : o.period == ObjectivePeriod::EveryYear ? "every_year"
                                                                  : "year";
    return {{"name", o.text()},
            {"indicator", o.indicator},
            {"period", period},
            {"year", o.period == ObjectivePeriod::Year ? nlohmann::json(o.calendar_year) : nlohmann::json(nullptr)},
            {"direction", direction_name(o.direction)}};
}

std::string objective_label(const HorizonObjective& o, std::size_t calendar_years, const Wording& say) {
    if (o.is_probability() && o.period == ObjectivePeriod::EveryYear) return say(words::objective_p_all_every_year);
    const std::string what = o.is_probability()                  ? say(words::objective_p_all)
                             : o.indicator == "integrations_total" ? say(words::objective_integrations)
                                                                   : say.indicator(o.indicator);
    switch (o.period) {
        case ObjectivePeriod::All: return calendar_years > 1 ? say(words::objective_of_horizon, what) : what;
        case ObjectivePeriod::Year: return say(words::objective_of_year, what, o.calendar_year);
        case ObjectivePeriod::EveryYear: return say(words::objective_every_year, what);
    }
    return what;
}

std::string year_label(const CalendarYear& year, const Wording& say) {
    return year.partial() ? say(words::year_partial, year.year) : std::to_string(year.year);
}

std::string horizon_label(const std::vector<CalendarYear>& years, const Wording& say, bool long_form) {
    if (years.empty()) return "";
    if (years.size() == 1) return year_label(years.front(), say);
    return say(long_form ? words::period_horizon : words::period_horizon_short, years.front().year, years.back().year);
}

std::string period_key(const CalendarYear* year) { return year ? std::to_string(year->year) : "all"; }

bool shown_over_horizon(const std::string& indicator) { return !is_percent_indicator(indicator); }

}  // namespace intsim
