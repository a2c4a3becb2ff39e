#include "report/decision_report_support.hpp"

#include <cmath>

#include <fmt/format.h>

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

bool is_percent_indicator(const std::string& indicator) {
    return indicator.find("rate") != std::string::npos || indicator.find("pct") != std::string::npos;
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

}  // namespace intsim
