#pragma once
// One replication of the monthly model (DESIGN.md section 2): inflow, measure
// allocation, transitions, bookkeeping, month by month over the horizon.
#include <cstdint>
#include <functional>
#include <span>

#include "engine/rng.hpp"
#include "models/model.hpp"
#include "models/tally.hpp"
#include "models/workspace.hpp"

namespace intsim {

/// This replication's draw of what nobody knows: median-1 lognormal level factors.
struct ReplicationFactors {
    double integration = 1.0;
    double exit = 1.0;
    double inflow = 1.0;
    std::vector<double> measure_effect;  ///< multiplies each measure's after-effect
};

ReplicationFactors draw_replication_factors(const Model& model, StreamKey key);

TallyLayout tally_layout(const Model& model);

/// Called after the bookkeeping of each month with the replication's state and its
/// tally so far; target tracking uses it to set the stock to observed counts mid-run.
using MonthEndHook = std::function<void(int month, StreamKey key, std::span<const double> tally,
                                        Workspace& workspace)>;

/// The random numbers of every person's month, drawn in one column loop (it vectorises)
/// from one Philox block keyed by (seed, replication | uid, month, Stream::Transition):
/// word 0 decides integration or other exit, word 1 whether an integrated person stays
/// in benefit, word 2 places the person on the allocation key ring, word 3 draws its
/// duration in a measure. One block per person-month serves every purpose, and each purpose keeps
/// its own word, so common random numbers line up person by person across scenarios.
void draw_month_words(StreamKey key, int month, Workspace& workspace);

/// Simulates replication `key.replication` and writes its counts into `tally`
/// (size tally_layout(model).size(), overwritten).
void simulate_replication(const Model& model, StreamKey key, Workspace& workspace,
                          std::span<double> tally, const MonthEndHook& month_end = {});

}  // namespace intsim
