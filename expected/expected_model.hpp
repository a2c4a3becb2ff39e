#pragma once
// The expected-value model: the Monte Carlo model in expectation, as a Markov chain over
// aggregated states (attribute cell x months in benefit of the last 24 x measure state),
// advanced month by month. It produces a tally with the same layout as one Monte Carlo
// replication, so the same code turns either into indicators.
//
// Where it is exact: persons whose benefit spell has no gap have a history fixed by the
// spell length, so (cell, months in benefit, measure state) is an exact state and the LZB
// flag a function of it. Exact, therefore, for scenarios without re-entry, without
// binding capacity limits and without parameter uncertainty.
// Where it approximates (docs/design.md section 2), and how:
//  - returners (re-entry) are put back as if their spell had no gap, with months in
//    benefit min(months at exit, 24 - months away) + 1, their popcount at return;
//  - binding capacity enters as a fill rate (expected free places / expected eligible),
//    taking eligible persons uniformly: priority rules are not modelled;
//  - the women-share rule is applied to expected entries, without rounding;
//  - budget-limited measures commit the expected cost of an entry and release nothing;
//  - per-replication uncertainty factors enter through their means, exp(sd^2 / 2), and
//    the levels of later calendar years through the means of their random walk.
// docs/validation.md reports the measured difference to Monte Carlo.
#include <span>
#include <vector>

#include "model/model.hpp"
#include "model/results.hpp"

namespace intsim {

/// Expected counts of one horizon, in tally_layout(model) layout.
std::vector<double> expected_tally(const Model& model);

/// Results whose indicators are the expected values; spreads, quantiles, probabilities
/// and offers are marked absent (Results::expected_only).
Results expected_results(const Model& model);

}  // namespace intsim
