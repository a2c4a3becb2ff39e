#pragma once
// How the tracked year moved over the months tracked so far. Each month's `track` keeps
// its result in its own folder (out/<scenario name>/track-<YYYY-MM>/); the next month
// reads the earlier ones beside it (report/track_history_reader) and shows, month by month,
// P(target met) and the projected year of each target, with the plan's own as the start.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "decisions/track/target_tracking.hpp"

namespace intsim {

struct YearSpread {
    double mean = 0, p05 = 0, p95 = 0;
};

struct TrackHistoryEntry {
    std::string month;   ///< the last observed month of that tracking ("YYYY-MM")
    std::string folder;  ///< where it was read from, relative to the output folder
    std::uint64_t replications = 0;
    std::map<std::string, double> p_target_met;  ///< by indicator
    std::map<std::string, YearSpread> year;      ///< by indicator
    std::optional<double> p_all_targets_met;
    std::optional<double> ess_share;  ///< empty for results of a version that did not learn the levels
};

struct SkippedHistory {
    std::string folder;
    std::string reason;
};

struct TrackHistory {
    std::vector<TrackHistoryEntry> months;  ///< earlier months in month order, then this one
    std::vector<SkippedHistory> skipped;    ///< folders beside it that were not read, and why
};

/// This run's entry.
TrackHistoryEntry history_entry(const TrackResult& result, const std::string& folder);

}  // namespace intsim
