#pragma once
// The warm-up: the state a run starts in is that of a jobcenter that has been running
// (docs/design.md section 2.4). A stock built from stock statistics alone has no past:
// every LZB with an unbroken 24-month history, every other person in a gap-free spell,
// and nobody who left recently and may come back. Its first months then show what no
// jobcenter shows (re-entries ramping up from nothing, an LZB stock that falls and rises
// again). So the stated stock first lives through `population.warm_up_months` months
// before the start — unreported — and the run starts from where that leaves it.
//
// How: the population model (inflow, re-entry, integrations and other exits; no
// measures) in expectation, as the expected-value model advances it (cell x months in
// benefit, returners with the months of their earlier spell, the pool of leavers by months
// in benefit at the exit and months away), at the scenario's central levels and with the
// seasons of the calendar months before the start, from the stated spell profile. Its end
// is then fitted to what the scenario states of the start (the eLb stock, the LZB share,
// the attribute shares): by cell and by LZB status, keeping what the warm-up found
// within them (who is LZB in which cell, spells, gaps, the pool in proportion).
//
// Why in expectation and without measures: it costs a few milliseconds once per model
// and no person-month per replication, adds no noise, and gives the Monte Carlo and the
// expected-value model the same start (the Monte Carlo samples its persons from these
// strata); and a start that does not depend on the programme is the same for every
// variant of a plan, so that compare and optimise pair variants from one state in every
// replication (common random numbers). The measures in force at the start enter in the
// first month, as before: slot measures start full (carry-over).
#include "model/population.hpp"

namespace intsim {

struct Model;

/// The strata of the start stock, LZB first, with their cumulative counts, and of the
/// re-entry pool: the warm-up's (population.warm_up_months > 0) or the stated spell
/// profile's. The strata of the stock sum to the stated stock exactly.
StartStrata start_strata(const Model& model);

/// The warm-up's end fitted to the scenario's start: strata of the stock (LZB first, in
/// no particular order otherwise; not yet with cumulative counts) and of the pool.
StartStrata warm_up_strata(const Model& model);

/// Factors by cell for the LZB and for the others that bring a stock (masses `ltr`,
/// `others` by cell) to the given cell totals and LZB total, keeping the odds of being
/// LZB within each cell up to one common factor (raking over the two margins, solved
/// exactly).
struct CellFactors {
    std::vector<double> ltr, others;
};
CellFactors fit_to_stated(const std::vector<double>& ltr, const std::vector<double>& others,
                          const std::vector<double>& cell_total, double ltr_total);

}  // namespace intsim
