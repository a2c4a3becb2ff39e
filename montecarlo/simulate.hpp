#pragma once
// One replication of the monthly model (docs/design.md section 2): inflow, measure
// allocation, transitions, bookkeeping, month by month over the horizon.
#include <array>
#include <cstdint>
#include <functional>
#include <span>

#include "engine/rng.hpp"
#include "model/model.hpp"
#include "model/replication_factors.hpp"
#include "model/tally.hpp"
#include "montecarlo/month_block.hpp"
#include "montecarlo/workspace.hpp"

namespace intsim {

/// Drawn in the model's parameter domain (its region), whatever `replication.domain` says.
ReplicationFactors draw_replication_factors(const Model& model, StreamKey replication);

/// Called after the bookkeeping of each month with the replication's state and its
/// tally so far; target tracking uses it to set the stock to observed counts mid-run.
using MonthEndHook = std::function<void(int month, StreamKey key, std::span<const double> tally,
                                        Workspace& workspace)>;

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
