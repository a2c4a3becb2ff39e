#pragma once
// What the run store keeps of each command's answer: its own JSON (the same as the file
// it writes) and the indicators per calendar year and over the horizon, in rows that
// `runs diff` and the workbench can set side by side.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "decisions/compare/paired_comparison.hpp"
#include "decisions/track/target_tracking.hpp"
#include "model/results.hpp"
#include "store/run_store.hpp"

namespace intsim {

/// Who started a run, from where, when, with which settings: the part of a record every
/// command fills alike.
struct RecordFacts {
    std::string origin = "cli";  ///< cli or page
    std::string started_by;      ///< this_user_and_host(), or the page's client
    std::string started_at;      ///< utc_now() when it began
    std::string version;
    std::string output;
    std::string note;
};

/// `intsim run`: the scenario, results.json, each year's indicators with their 90 %
/// range, target and P(target met), and the horizon's.
RunRecord run_record(const Results& results, const StoredScenario& scenario, const nlohmann::json& results_json,
                     const RecordFacts& facts);

/// `intsim compare`: BASE (position 0) and the variants, compare.json, each year's means
/// of every scenario and each variant's paired difference with its interval.
RunRecord compare_record(const Comparison& comparison, const std::vector<StoredScenario>& scenarios,
                         const nlohmann::json& compare_json, double wall_seconds, const RecordFacts& facts);

/// `intsim track`: the plan, track.json and the tracked year's indicators (actuals and
/// projection) with their targets.
RunRecord track_record(const TrackResult& track, const StoredScenario& plan, int year,
                       const nlohmann::json& track_json, double wall_seconds, const RecordFacts& facts);

/// `intsim optimise`: the plan and optimise.json (the ranked mixes are in it).
RunRecord optimise_record(const StoredScenario& plan, std::uint32_t seed, std::uint64_t replications,
                          const nlohmann::json& optimise_json, double wall_seconds, const RecordFacts& facts);

}  // namespace intsim
