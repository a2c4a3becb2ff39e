#include "decisions/track/track_history.hpp"

namespace intsim {

TrackHistoryEntry history_entry(const TrackResult& result, const std::string& folder) {
    TrackHistoryEntry e;
    e.month = result.last_observed;
    e.folder = folder;
    e.replications = result.replications;
    for (const auto& t : result.targets) {
        e.p_target_met[t.indicator] = t.p_target_met;
        e.year[t.indicator] = {t.year.mean, t.year.p05, t.year.p95};
    }
    e.p_all_targets_met = result.p_all_targets_met;
    e.ess_share = result.conditioning.ess_share;
    return e;
}

}  // namespace intsim
