#pragma once
// One replication of the monthly model (docs/design.md section 2): inflow, measure
// allocation, transitions, bookkeeping, month by month over the horizon.
#include <array>
#include <cstdint>
#include <functional>
#include <span>

#include "engine/rng.hpp"
#include "model/model.hpp"
#include "model/tally.hpp"
#include "montecarlo/workspace.hpp"

namespace intsim {

/// The levels of one calendar year, as factors on the scenario's hazards and inflow.
struct LevelFactors {
    double integration = 1.0;
    double exit = 1.0;
    double inflow = 1.0;
};

/// This replication's draw of what nobody knows. The levels are median-1 lognormal in
/// the first calendar year and walk on from year to year: log f(y) = log f(y - 1) + a
/// normal step of sd *_drift_sd, so that their spread grows with the horizon
/// (docs/years.md).
struct ReplicationFactors {
    std::vector<LevelFactors> levels;     ///< by calendar year of the horizon (Model::years)
    /// Each measure's standard normal draw for its effect (keyed by the measure's id): one
    /// for the whole horizon; effect_for_draw (models/effects/measure_effect.hpp) turns it
    /// into the factors.
    std::vector<double> measure_draw;
};

/// Drawn in the model's parameter domain (its region), whatever `replication.domain` says.
ReplicationFactors draw_replication_factors(const Model& model, StreamKey replication);

TallyLayout tally_layout(const Model& model);

/// Called after the bookkeeping of each month with the replication's state and its
/// tally so far; target tracking uses it to set the stock to observed counts mid-run.
using MonthEndHook = std::function<void(int month, StreamKey key, std::span<const double> tally,
                                        Workspace& workspace)>;

/// A person's month block: one Philox block keyed by (seed, replication | uid, month,
/// Stream::Transition) serves every purpose of the person-month, one word each.
enum MonthWord : std::size_t { kWordEvent = 0, kWordStaysInBenefit = 1, kWordRingKey = 2, kWordDuration = 3 };
inline std::array<std::uint32_t, 4> month_block(StreamKey key, std::uint32_t uid, int month) {
    return random_words(key, uid, static_cast<std::uint32_t>(month), Stream::Transition);
}

/// The words of every person's month block that everyone needs (the event word, the
/// ring key), drawn in one column loop (it vectorises). The stays-in-benefit word of
/// integrated persons and the duration word of entrants come from the same block, drawn
/// again when needed. Each purpose keeps its own word, so common random numbers line up
/// person by person across scenarios.
void draw_month_words(StreamKey key, int month, Workspace& workspace);

/// Simulates replication `replication.replication` of seed `replication.seed` and writes
/// its counts into `tally` (size tally_layout(model).size(), overwritten). The domains
/// come from the model (its jobcenter_id and region); `replication.domain` is ignored, and
/// `month_end` receives the key of the jobcenter's person-level draws.
void simulate_replication(const Model& model, StreamKey replication, Workspace& workspace,
                          std::span<double> tally, const MonthEndHook& month_end = {});

/// The same with the levels given instead of drawn (target tracking sets them to draws of
/// what the months observed say about them); the chance still comes from `key`.
void simulate_replication(const Model& model, StreamKey key, const ReplicationFactors& levels,
                          Workspace& workspace, std::span<double> tally, const MonthEndHook& month_end = {});

}  // namespace intsim
