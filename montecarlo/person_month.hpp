#pragma once
// Steps 3 and 5 of a month (docs/design.md section 2): every person of the stock lives
// one month — integration, other exit or another month in benefit, a measure's lock-in
// and after-effect — and the month's end is counted.
//
// Why two passes. Most person-months are a plain month in benefit: no measure, no
// after-effect, and an event word at or above the highest leave threshold of any hazard
// class with the person's months in benefit, so that no row of the hazard table can make
// the person leave. A vectorised pass over the columns (find_closer_looks) moves every
// history on a month, counts the LZB, women and single parents, and lists the persons for
// whom that is not certain; person_month() then tells their month in stock
// order, exactly as if every person had been looked at: the same draws, the same
// comparisons, the same order of the floating-point bookkeeping, so the same bytes.
#include <cstdint>
#include <span>

#include "engine/rng.hpp"
#include "model/model.hpp"
#include "model/monthly_rules.hpp"
#include "model/tally.hpp"
#include "montecarlo/workspace.hpp"

namespace intsim {

/// The competing events (competing_events) as thresholds on the person's event word:
/// integration if word < integration, other exit if integration <= word < leave.
struct Thresholds {
    std::uint32_t integration;
    std::uint32_t leave;
};

inline Thresholds competing_thresholds(double hazard_integration, double hazard_exit) {
    const MonthEvents p = competing_events(hazard_integration, hazard_exit);
    return {probability_threshold(p.integrate), probability_threshold(p.any)};
}

/// Whether person `i` of the stock integrates in `month` by the month's hazard and its
/// after-effect, were it to enter no measure (its event word, drawn before the
/// allocation, against its integration threshold): the hires of a measure that would
/// have happened anyway are such persons (employer_demand.deadweight_share).
bool integrates_without_measure(const Model& model, const Workspace& ws, int month, std::size_t i);

/// Lets every person of the stock live month `month`: leavers move to the pool (if they
/// will come back) and out of the stock, stayers close ranks in order; writes the
/// month's counts into `tally`. Needs the month's words (draw_month_words) and the
/// replication's tables (Workspace: thresholds, hazards, effects).
void live_one_month(const Model& model, StreamKey key, int month, Workspace& ws, const TallyLayout& layout,
                    std::span<double> tally);

}  // namespace intsim
