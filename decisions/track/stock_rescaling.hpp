#pragma once
// Target tracking continues the plan from the last observed month. Each replication
// runs the plan itself up to that month (draw for draw the plan's run with the same
// seed), then its stock is moved to the observed counts, and the rest of the year
// follows. The state the plan built up on the way stays: the re-entry pool, measure
// participants and after-effects, budgets already committed, the spell profile of the
// newcomers. (A restart from a synthetic stock forgets all that: fed with the plan's
// own monthly means it saw a jobcenter exactly on plan 65 integrations, 2.4 %, behind.)
//
// The move is additive within two strata, LZB and the others (by the LZB status the
// next month will see): the difference between observed and simulated counts of the
// month is taken out of a stratum by removing randomly chosen persons, or added by
// copying randomly chosen persons of the stratum (copies start outside any measure).
// Only the LZB count known: the others stay as simulated. Only the eLb count known: its
// difference is shared between the strata in proportion to their simulated sizes.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/rng.hpp"
#include "engine/runner.hpp"
#include "model/model.hpp"
#include "montecarlo/simulate.hpp"
#include "montecarlo/workspace.hpp"

namespace intsim {

struct ObservedStock {
    int month = 0;                    ///< horizon month (0-based) whose end the counts describe
    std::optional<std::int64_t> elb;  ///< eLb stock of that month, if known
    std::optional<std::int64_t> ltr;  ///< of them LZB, if known
};

/// Copies get uids from here on: above every start-stock uid (the stock is at most 10^9
/// < 2^30) and below every newcomer uid (bit 31 set), so no two persons share draws.
constexpr std::uint32_t kCopiedPersonUidBase = 0x40000000u;

/// Moves the stock in `workspace` (after month `observed.month`, whose counts are in
/// `tally`) to the observed counts. Draws from Stream::Rescaling.
void rescale_stock(const Model& model, StreamKey key, const ObservedStock& observed,
                   std::span<const double> tally, Workspace& workspace);

/// Tallies of replications 0 .. count-1 of the plan with the stock moved to `observed`
/// at the end of observed.month. Months up to observed.month are the plan's own.
std::vector<double> simulate_rescaled_tallies(const Model& model, std::uint32_t seed, std::uint64_t count,
                                              const ObservedStock& observed, const RunControl& control);

/// The same with the levels of each replication given (levels.size() replications), the
/// stock moved only when `observed` is given.
std::vector<double> simulate_rescaled_tallies(const Model& model, std::uint32_t seed,
                                              std::span<const ReplicationFactors> levels,
                                              const std::optional<ObservedStock>& observed,
                                              const RunControl& control);

}  // namespace intsim
