#pragma once
// Reads the results of earlier tracking months beside this one: every folder
// `track-<YYYY-MM>` of the output folder whose month lies before this run's. What is read
// is checked (the same scenario, by name and the SHA-256 of its resolved JSON; the folder's
// month; targets with their P(target met) and year); what fails a check is skipped, with
// the reason, never an error: earlier results are context, not this run's input.
#include <string>

#include "decisions/track/track_history.hpp"

namespace intsim {

/// @param out_dir         the scenario's output folder (holding the track-<YYYY-MM> folders)
/// @param month           this run's last observed month; its own folder is not read
TrackHistory read_track_history(const std::string& out_dir, const std::string& month, const std::string& scenario_name,
                                const std::string& scenario_sha256);

/// The folder of a tracking month inside the output folder: "track-2022-05".
std::string track_folder(const std::string& month);

}  // namespace intsim
