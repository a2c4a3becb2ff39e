#pragma once
// From per-replication tallies to indicators and summaries. Everything here runs after
// the parallel part, serially in replication order, so the bytes of the results depend
// only on (scenario, seed, replications).
#include <span>
#include <vector>

#include "models/model.hpp"
#include "models/results.hpp"
#include "models/simulate.hpp"
#include "models/tally.hpp"

namespace intsim {

/// The indicator values of one replication, in indicator_names() order.
std::vector<double> replication_indicators(const Model& model, const TallyLayout& layout,
                                           std::span<const double> tally);

/// Summarises `replications` tallies stored back to back in `tallies`.
Results summarise_replications(const Model& model, std::span<const double> tallies,
                               std::size_t replications, double offer_probability);

}  // namespace intsim
