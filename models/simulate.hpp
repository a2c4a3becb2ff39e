#pragma once
// One replication of the monthly model (DESIGN.md section 2): inflow, measure
// allocation, transitions, bookkeeping, month by month over the horizon.
#include <cstdint>
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

/// Simulates replication `key.replication` and writes its counts into `tally`
/// (size tally_layout(model).size(), overwritten).
void simulate_replication(const Model& model, StreamKey key, Workspace& workspace,
                          std::span<double> tally);

}  // namespace intsim
