#pragma once
// track.json (docs/track.schema.json) and the table `intsim track` prints.
#include <nlohmann/json.hpp>

#include <string>

#include "models/decisions/target_tracking.hpp"
#include "models/decisions/track_history.hpp"
#include "report/decision_report_support.hpp"

namespace intsim {

struct ActualsIdentity {
    std::string file;
    std::string sha256;  ///< of the file's bytes
};

/// @param history earlier tracking months read beside this one, this run last
nlohmann::json track_to_json(const TrackResult& track, const TrackHistory& history, const ScenarioIdentity& scenario,
                             const ActualsIdentity& actuals, const RunFacts& facts, const std::string& version);

std::string track_table(const TrackResult& track, const TrackHistory& history, const RunFacts& facts);

}  // namespace intsim
