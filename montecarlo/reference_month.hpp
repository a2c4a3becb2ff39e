#pragma once
// The month told plainly (docs/design.md section 2): one person at a time, in the order the
// rules apply, without the fast path's tables, vector sweep, key rings, candidate lists or
// bounds. Read this first to learn what a month does (reference_month.cpp, the jobcenter's
// month, and reference_person.cpp, each person's steps in it); then simulate.cpp,
// allocation.cpp, closer_looks.cpp and person_month.cpp, which do the same faster.
//
// Nothing in a run calls it. tests/unit/reference_month_test.cpp simulates whole
// replications with it and checks that they give the fast path's tallies to the byte, on
// small scenarios that use every rule (random and rule-ordered measures, the women-share
// rule, budgets, carry-over, K2 on entry, employer demand and deadweight, after-effects,
// re-entry), as pbrt keeps a simple integrator beside its optimised ones. Slow by design:
// each measure sorts all its candidates every month.
//
// What it shares with the fast path is the model (the scenario's rules in
// model/monthly_rules.hpp, the eligibility masks, the start population, the replication's
// levels and effect factors) and the random words: the same draw for the same purpose, so
// that the bytes can agree.
#include <span>

#include "engine/rng.hpp"
#include "model/model.hpp"

namespace intsim {

/// One replication by the reference month: the same tally as simulate_replication()
/// (size tally_layout(model).size(), overwritten).
void reference_replication(const Model& model, StreamKey replication, std::span<double> tally);

}  // namespace intsim
