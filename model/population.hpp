#pragma once
// The start population. The stock is split into strata (attribute cell x months in
// benefit of the last 24, and for returners the months of their earlier spell) with an
// expected count each; the recent leavers who may come back form strata of their own
// (cell x months in benefit at the exit x months since). Every replication turns these
// into whole persons by systematic sampling with its own random offset u: count_k =
// floor(C_k + u) - floor(C_{k-1} + u), C_k the cumulative expected count. Each stratum
// gets the floor or the ceiling of its expectation, the total is exact, and because u is
// uniform every count (hence every share) is exact in expectation; all LZB strata come
// first, so the LZB count is within one of its expectation in every replication.
//
// Where the strata come from: a warm-up (model/warm_up.hpp, docs/design.md section 2.4)
// that brings the stated stock to the state of a jobcenter that has been running; or,
// with population.warm_up_months 0, the stated spell profile (LZB with unbroken 24-month
// histories, the others with gap-free spells, nobody about to return).
#include <cstdint>
#include <vector>

#include "engine/rng.hpp"
#include "model/model.hpp"
#include "model/person_columns.hpp"

namespace intsim {

/// A stratum of `months` months in benefit (`old_months` of them before a gap), in no measure.
Stratum gap_stratum(std::uint16_t cell, int months, int old_months, double expected);

/// The strata of the start stock, LZB first, and of the re-entry pool (empty without a
/// warm-up): start_strata() in model/warm_up.hpp.
struct StartStrata {
    std::vector<Stratum> stock;
    std::vector<PoolStratum> pool;
};

/// The strata of the stated spell profile alone: the LZB with unbroken 24-month
/// histories, the others with gap-free spells of 1..20 months (the warm-up's seed).
std::vector<Stratum> spell_profile_strata(const Model& model);

/// C_k, the running sums of `expected`, so that floor(C_k + u) is exact where it must be:
/// summed with compensation (thousands of strata would otherwise drift by many ulps),
/// kept non-decreasing, and, when the total is a whole number up to rounding, equal to
/// that number from the last stratum that expects anyone on. The total count is then
/// exact for every offset u in [0, 1), and strata that expect nobody get nobody.
std::vector<double> cumulative_expected(const std::vector<double>& expected);

/// Counts of systematic sampling with offset u in [0, 1).
std::vector<std::int64_t> systematic_counts(const std::vector<double>& expected, double offset);

/// The 24-month history of a spell of `months` months without a gap, ending last month.
constexpr std::uint32_t spell_history(int months) {
    return months >= 32 ? 0xFFFFFFFFu : ((1u << months) - 1u);
}

/// The 24-month history, ending last month, of `months` months in benefit of which
/// `old_months` are an earlier spell at the oldest end of the window and the rest the
/// current spell; the months between are away. As the window moves on, the old months
/// leave it first (the count stays), then the gap (the count grows): the course the
/// expected-value model gives a returner (returner_flat_months).
constexpr std::uint32_t stratum_history(int months, int old_months) {
    if (old_months <= 0) return spell_history(months);
    const std::uint32_t old = ((1u << old_months) - 1u) << (kHistoryMonths - old_months);
    return old | spell_history(months - old_months);
}

/// The month ends a history's months in benefit stay flat before they grow, as the
/// expected-value model reads it (its state keeps the count, not the order of the months:
/// flat for f month ends, then one more a month up to 24). Below the LZB line, f is chosen
/// so that a person who stays in benefit reaches the line (21 of 24) in the month its
/// history does; above it, f is the run of months at the window's oldest end above a
/// gap. For stratum_history(d, f): f.
int flat_months_of(std::uint32_t history);

/// Months in benefit of the last 24 in the month a person returns after `away` months
/// (1..24), having had `months_at_exit` in the month of leaving: the earlier months that
/// are still in the window, and this one. After one month away there is no gap.
constexpr int months_on_return(int months_at_exit, int away) {
    const int earlier = months_at_exit < kHistoryMonths - away ? months_at_exit : kHistoryMonths - away;
    return earlier + 1;
}

/// The expected-value model's course of a returner's months in benefit (it keeps no
/// order of the months in a history): month ends without growth after the return, 0 for
/// a returner taken as gap-free. A returner's history is its current spell (1 month at
/// return), the months away (zeros) and the months in benefit before (d at exit, the
/// older ones assumed zeros). As it ages, the new months push the oldest out of the
/// 24-month window: while old months in benefit leave, the count stays flat; once they
/// are gone, it grows by one a month. So a returner whose old months fill the rest of the
/// window (d >= 24 - away) stays flat for all of them, 24 - away months, and then grows:
/// exact. A shorter old spell first grows (zeros before it leave), stays flat for its d
/// months, then grows. Such a returner either stays flat for d months first (when away >
/// 4: more than 3 zeros in the window keep it from LZB status until 20 months after its
/// return either way, which this order gets right) or is taken as gap-free (away <= 4: it
/// grows to LZB status as a gap-free spell would). Returners after a single month away
/// (away = 1) have no gap at all.
int returner_flat_months(int months_at_exit, int away);

/// Writes the start population of one replication into `persons` (reusing its memory).
void fill_start_population(const Model& model, double offset, PersonColumns& persons);

/// Writes the recent leavers of one replication who come back within the horizon into
/// `pool` (cleared first): systematic sampling of the pool strata with `offset`, uids
/// from `first_uid` on in stratum order, and each one's month of return, where the
/// stratum does not give it, drawn from Stream::Start (the first success of the monthly
/// re-entry chance from the first month on, within reentry.within_months of the exit), as
/// schedule_reentry draws it for a leaver of the horizon.
void fill_start_pool(const Model& model, StreamKey key, double offset, std::uint32_t first_uid, PersonColumns& pool);

}  // namespace intsim
