#pragma once
// The run store as text for the terminal (`intsim runs list|show|diff`) and as JSON for
// the workbench page.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "store/run_store.hpp"

namespace intsim {

std::string runs_list_text(const std::vector<RunSummary>& runs);
std::string run_show_text(const StoredRun& run);
/// Indicators both runs have (same scenario position, period and name) side by side with
/// B - A, after what differs in their settings (scenarios, seed, replications, version).
std::string runs_diff_text(const StoredRun& a, const StoredRun& b);

nlohmann::json run_summary_json(const RunSummary& run);
/// The run without its scenarios' resolved text (their names, files and sha256 only) and
/// without the command's own JSON.
nlohmann::json stored_run_json(const StoredRun& run);
/// The rows of runs_diff_text as JSON: {"a","b","settings":[...],"rows":[...]}.
nlohmann::json runs_diff_json(const StoredRun& a, const StoredRun& b);

}  // namespace intsim
