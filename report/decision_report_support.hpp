#pragma once
// Pieces the reports of the decision commands (compare, track, optimise) share.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "engine/statistics.hpp"
#include "models/decisions/horizon_objective.hpp"
#include "models/scenario.hpp"

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

/// A figure for a table: whole numbers with thousands separators, rates with one decimal.
std::string table_figure(double x, bool fractional);
/// A signed figure ("+12", "-3.5").
std::string table_signed_figure(double x, bool fractional);
/// True for indicators measured in percent (rates, changes).
bool is_percent_indicator(const std::string& indicator);

/// {"name", "indicator", "period", "year", "direction"} of an objective over the horizon.
nlohmann::json objective_to_json(const HorizonObjective& objective);

}  // namespace intsim
