#pragma once
// Pieces the reports of the decision commands (compare, track, optimise) share.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "engine/statistics.hpp"
#include "decisions/horizon_objective.hpp"
#include "model/calendar_years.hpp"
#include "model/scenario.hpp"
#include "report/wording.hpp"

namespace intsim {

/// Which scenario a report speaks of.
struct ScenarioIdentity {
    std::string name;
    std::string file;
    std::string sha256;  ///< of the resolved scenario, as in results.json
};

/// Facts of the run that may differ between machines and thread counts.
struct RunFacts {
    int threads = 1;
    double wall_seconds = 0;
};

nlohmann::json identity_to_json(const ScenarioIdentity& identity);
/// A number rounded to 10 significant digits, or null.
nlohmann::json optional_figure(const std::optional<double>& x);
/// {"mean","sd","p05","p50","p95"} of a summary.
nlohmann::json spread_to_json(const Summary& s);

/// Digits after the decimal mark that show a difference and its interval: two significant
/// digits of the interval's half-width (so +0.19 (+0.02 .. +0.35) does not print as
/// "0 (0 .. 0)"), at least the indicator's own digits, at most three; whole euros.
int difference_decimals(const std::string& indicator, double mean, double low, double high);

/// A figure for a table: whole numbers with thousands separators, rates with one decimal.
std::string table_figure(double x, bool fractional);
/// A signed figure ("+12", "-3.5").
std::string table_signed_figure(double x, bool fractional);

/// {"name", "indicator", "period", "year", "direction"} of an objective over the horizon.
nlohmann::json objective_to_json(const HorizonObjective& objective);
/// The objective in words: "expected integrations over the horizon", "LZB-Bestand am Ende im Jahr 2023".
std::string objective_label(const HorizonObjective& objective, std::size_t calendar_years, const Wording& wording);

/// A calendar year as reports name it: "2025", "2025 (partial)".
std::string year_label(const CalendarYear& year, const Wording& wording);
/// The whole horizon: "2025\u20132027 (whole horizon)", or without the words ("2025\u20132027").
std::string horizon_label(const std::vector<CalendarYear>& years, const Wording& wording, bool long_form = true);
/// The period of a figure in CSV and JSON: "all" for the whole horizon, else the year ("2025").
std::string period_key(const CalendarYear* year);
/// Whether an indicator is reported for a horizon of several years: rates and changes in
/// per cent are yearly figures (a three-year "integration rate" would read as a yearly one).
bool shown_over_horizon(const std::string& indicator);

}  // namespace intsim
