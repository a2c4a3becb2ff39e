#pragma once
// One person's month in the reference month (reference_month.hpp), step by step: the
// plain state of a replication (persons as structs, measures, the tally) and the steps
// the jobcenter's month (reference_month.cpp) takes for each person, in the order the
// rules apply. Test-only, like the reference month.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/rng.hpp"
#include "model/effects/effect_factors.hpp"
#include "model/model.hpp"
#include "model/replication_factors.hpp"
#include "model/tally.hpp"
#include "montecarlo/month_block.hpp"

namespace intsim::reference {

/// One person, as plain fields (the fast path keeps the same in PersonColumns).
struct Person {
    std::uint32_t uid = 0;        ///< keys every draw of the person
    std::uint32_t history = 0;    ///< bit k: in benefit k months ago; bit 0: this month
    std::uint16_t cell = 0;       ///< attribute levels
    int since = 0;                ///< in the stock: month of (re)entry; in the pool: month of return
    int measure = -1;             ///< the measure the person takes part in, or -1
    std::uint8_t months_left = 0; ///< of the participation, this month included
    int after_effect = -1;        ///< the measure whose after-effect the person carries, or -1
    /// In a measure: months since entry. In an after-effect: the index into its factors.
    std::uint8_t effect_month = 0;
};

/// A measure over the replication.
struct Measure {
    double occupied = 0, committed = 0;
    double entries = 0, entries_women = 0, entries_this_year = 0;
    std::uint32_t offset = 0;  ///< this month's random start of its order
};

struct Replication {
    const Model& model;
    StreamKey key;
    ReplicationFactors factors;
    std::vector<EffectCurve> effects;
    std::vector<Measure> measures;
    TallyLayout layout;
    std::span<double> tally;
    std::vector<Person> stock, pool;

    const MeasureSpec& spec(std::size_t k) const { return model.measures[k].spec; }
    bool woman(const Person& p) const { return model.cell_is_woman[p.cell] != 0; }
    bool single_parent(const Person& p) const { return model.cell_is_single_parent[p.cell] != 0; }
    std::uint32_t word(const Person& p, int month, MonthWord which) const { return month_block(key, p.uid, month)[which]; }
    double& at(MonthlyField f, int month) { return tally[layout.monthly(f, static_cast<std::size_t>(month))]; }
    double& at(MeasureField f, std::size_t k) { return tally[layout.measure(f, k)]; }
};

// Step 1, arrival: a newcomer, its attribute cell drawn from the inflow's shares.
Person newcomer(const Replication& r, int month, std::uint32_t j);

// Whether the person may enter measure k this month (attributes, months in benefit,
// months since (re)entry).
bool eligible(const Replication& r, const Person& p, std::size_t k, int month);

// Whether the person integrates this month were it to enter no measure: its event word
// against its integration chance, with its after-effect (deadweight hires are such).
bool integrates_anyway(const Replication& r, const Person& p, int month);

// Step 2, measure entry: the person enters measure k (or, in a slot measure's first
// month, is carried over into a slot). False when the measure's budget cannot pay for it.
bool enter(Replication& r, Person& p, std::size_t k, bool carry_over, int month);

// Step 3, the month's events and the person's state at its end. `history` is this
// month's (the person's history already holds next month's). Returns whether the person
// leaves the stock.
bool live(Replication& r, Person& p, std::uint32_t history, int month, IntegrationCounts& integrations);

// Step 4, for a leaver: whether and when it comes back (the first success of the monthly
// re-entry chance within the window, drawn at the exit), with its history on return.
void schedule_return(Replication& r, const Person& p, std::uint32_t history, int month);

}  // namespace intsim::reference
