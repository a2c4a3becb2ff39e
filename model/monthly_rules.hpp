#pragma once
// The rules of a month that the Monte Carlo (simulate.cpp, allocation.cpp) and the
// expected-value model (expected_model.cpp) share, each written once: when a measure
// runs and how many entrants it wants, what it costs, how long a participation lasts,
// the monthly hazard of a person, and how integration and other exit compete. Pure
// functions of the scenario's numbers; the two models differ only in what they feed in
// (a person's drawn duration or the expected one, a count or an expected mass).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

#include "model/scenario.hpp"
#include "model/tally.hpp"

namespace intsim {

// --- When a measure runs ------------------------------------------------------------

/// Whether the measure takes part in horizon month `month` (0-based): from its start
/// to the month before its end.
bool measure_active(const MeasureSpec& measure, int month);

/// Months since the measure's year began (0..11): budgets and entry quotas are per year,
/// counted from the measure's start. Meaningful for active months.
int month_of_measure_year(const MeasureSpec& measure, int month);

/// Whether the persons a measure takes in horizon month `month` are participants carried
/// over from before the horizon: a slot measure starts the horizon full, its slots held
/// by persons who entered earlier, with what is left of their participation. They are
/// no entries of the horizon, and the women-share rule does not choose them.
inline bool carries_over(const MeasureSpec& measure, int month) {
    return month == 0 && measure.capacity_kind == CapacityKind::Slots;
}

/// Whether every participation of the measure ends with month `month`, whatever is left
/// of it: the measure's last month.
inline bool measure_ends_with(const MeasureSpec& measure, int month) { return month + 1 >= measure.end_month; }

/// Months of the measure's year from `month` on, this one included (12..1).
int months_left_in_measure_year(const MeasureSpec& measure, int month);

// --- How many entrants a measure wants ----------------------------------------------

/// What a budget-limited measure has promised in its current year at the start of
/// `month`, given what it had promised so far: a new measure-year starts from nothing.
double commitment_at_month_start(const MeasureSpec& measure, int month, double committed);

/// Money a budget-limited measure may have promised by the end of `month`: its yearly
/// budget paced evenly over the measure-year.
double budget_allowed(const MeasureSpec& measure, int month);

/// Entrants a measure wants in `month`: its free slots (`occupied`: participants before
/// the month's entries), this month's share of the planned yearly entries
/// (floor((j+1) E / 12) - floor(j E / 12) in the measure's month j), or as many entries
/// as the budget's room pays for at `cost_per_entry` (none when the room does not pay
/// for one; `committed`: see commitment_at_month_start). Whole numbers except for
/// budgets, which the caller rounds as its model needs.
double entries_wanted(const MeasureSpec& measure, int month, double occupied, double committed,
                      double cost_per_entry);

/// Entrants a measure whose hires employers take up only so far (employer_ceiling) may
/// take in `month`, of `wanted`: the ceiling paced evenly over the measure-year,
/// floor(C (j + 1) / 12) in its month j, less the entries of the measure-year so far.
/// `wanted` itself without a ceiling.
double entries_within_demand(const MeasureSpec& measure, int month, double wanted, double entries_this_year);

/// Of `entries` this month, after `entries_before` in the measure-year, the hires that
/// would have happened anyway: floor(d (before + entries)) - floor(d before), so that a
/// year's deadweight is its share d of the year's entries.
double deadweight_entries(const MeasureSpec& measure, double entries_before, double entries);

// --- What a measure costs -------------------------------------------------------------

/// The money promised when a person enters a budget-limited measure: the entry cost and
/// `months_paid` participant-months (the participation within the measure-year).
double entry_commitment(const MeasureSpec& measure, double months_paid);

/// The money a budget-limited measure had promised for months a participant who leaves
/// in `month` with `months_left` (this one included) will not attend, within its year.
double unused_commitment(const MeasureSpec& measure, int month, int months_left);

/// The month's money of a measure: entries, participants, and while it runs its paid
/// places (slot measures pay for places filled or not) and a twelfth of its fixed
/// yearly commitments.
double monthly_spend(const MeasureSpec& measure, int month, double entries, double participants);

// --- How long a participation lasts ---------------------------------------------------

/// The months of a fixed-duration participation: the mean duration rounded, 1..255.
int fixed_duration_months(const MeasureSpec& measure);

/// Chance that a geometric participation goes on after a month: P(d > k) = c^k with
/// c = 1 - 1 / mean (0 for a mean of one month).
double geometric_continue_probability(const MeasureSpec& measure);

/// Months a person entering the measure stays, drawn from one 32-bit word: the fixed
/// duration, or geometric on 1, 2, ... (at most 255) with the measure's mean.
int draw_measure_duration(const MeasureSpec& measure, std::uint32_t word);

/// Months left of a participant carried over from before the horizon (slot measures
/// start full): uniform on 1..duration for fixed durations, a fresh geometric draw for
/// geometric ones (memoryless).
int carried_over_months_left(const MeasureSpec& measure, std::uint32_t word);

/// Months since entry of a person entering the measure now with `months_left` drawn:
/// 0, except for a carried-over participant of fixed duration, who entered
/// duration - months left ago (a geometric one is memoryless: counted from now).
inline int months_since_entry(const MeasureSpec& measure, bool carry_over, int months_left) {
    return carry_over && measure.duration_kind == DurationKind::Fixed
               ? std::min(fixed_duration_months(measure) - months_left, 255)
               : 0;
}

/// Whether a running after-effect goes on through a participation in `measure` and
/// governs it (docs/effects.md section 7): unless the entry itself is an integration.
inline bool after_effect_runs_through(const MeasureSpec& measure) { return !measure.integration_on_entry; }

/// Expected participant-months of an entrant within the next `months` months:
/// E[min(d, months)].
double expected_months_within(const MeasureSpec& measure, int months);

// --- Arriving, leaving and coming back --------------------------------------------------

/// A newcomer's attribute cell, drawn from one 32-bit word (the person's Inflow word)
/// against the inflow's cumulative joint shares (Model::inflow_cell_cdf, last entry 1).
std::uint16_t newcomer_cell(std::span<const double> inflow_cell_cdf, std::uint32_t word);

/// Months until a leaver comes back, drawn once at the exit from one 32-bit word (the
/// person's Reentry word): the first success of the monthly re-entry chance `rate`,
/// P(delay = d) = (1 - rate)^(d-1) rate -- the law of drawing month by month, without
/// the work in the months between. 0 when the leaver does not come back within `within`
/// months (or never: a rate of 0). Someone who left `away` months before the first
/// month and has not come back yet waits reentry_delay(rate, within - away + 1, word) - 1
/// more months (memoryless).
int reentry_delay(double rate, int within, std::uint32_t word);

/// A returner's history on return: its history in its last month in benefit, `away`
/// months back (those months out of benefit), and in benefit again this month.
inline std::uint32_t history_on_return(std::uint32_t history_at_exit, int away) {
    return ((away < kHistoryMonths ? history_at_exit << away : 0u) | 1u) & kHistoryMask;
}

// --- Hazards ----------------------------------------------------------------------------

// Inline: the person loop calls them.

/// The monthly hazard of the reference person in a calendar month (0 = January):
/// base x season x the replication's level factor.
inline double hazard_level(const HazardSpec& hazard, int calendar_month, double level_factor) {
    return hazard.base * hazard.season[static_cast<std::size_t>(calendar_month)] * level_factor;
}

/// The reference person's hazard over a year: base x the mean of the season x the level
/// factor (for quantities that hold for any month, such as an effect's translation).
inline double yearly_hazard_level(const HazardSpec& hazard, double level_factor) {
    double season = 0;
    for (double factor : hazard.season) season += factor;
    return hazard.base * (season / 12.0) * level_factor;
}

/// Expected newcomers in a calendar month: mean x season x the replication's inflow factor.
inline double inflow_mean(const Scenario& scenario, int calendar_month, double level_factor) {
    return scenario.inflow_monthly_mean * scenario.inflow_season[static_cast<std::size_t>(calendar_month)] *
           level_factor;
}

/// A person's monthly hazard before any measure: the level times the factors of its
/// hazard class (attributes) and of its months-in-benefit group (which holds the LZB
/// factor). Measure factors multiply the result.
inline double person_hazard(double level, double class_factor, double group_factor) {
    return level * class_factor * group_factor;
}

/// What a person with hazards of integration and other exit does in a month. The two
/// events compete: the person leaves its state with probability 1 - exp(-(hi + he)), and
/// the event is an integration with share hi / (hi + he) — the discrete form of
/// competing exponential risks, so any hazard, however large, gives probabilities.
struct MonthEvents {
    double integrate = 0;  ///< P(integration)
    double exit = 0;       ///< P(other exit)
    double any = 0;        ///< P(either): integrate + exit up to rounding
};
inline MonthEvents competing_events(double hazard_integration, double hazard_exit) {
    const double total = hazard_integration + hazard_exit;
    if (!(total > 0.0)) return {};
    const double any = -std::expm1(-total);
    return {any * (hazard_integration / total), any * (hazard_exit / total), any};
}

// --- K2: what counts as an integration ----------------------------------------------------
// The BA's counting rules for integrations (key figure K2, § 5 of the regulation on key
// figures under § 48a SGB II): an integration is the taking-up of employment subject to
// social insurance, of fully qualifying vocational training or of self-employment in a
// month, also when a wage subsidy, § 16e or Einstiegsgeld supports it; publicly
// subsidised employment (§ 16i) is none; at most one integration is counted per person
// and month (docs/years.md section 7).

// entry_counts_as_integration and holds_counted_employment (model/scenario.hpp, beside
// the measure they read) say which entries K2 counts.

/// K2 on entry: the entrants of a measure whose entry counts as an integration are
/// integrations of the month of entry, and of the measure (its integrations after entry).
/// The Monte Carlo books one entrant at a time, the expected model their mass.
inline void count_integrations_on_entry(const TallyLayout& layout, std::span<double> tally, std::size_t month,
                                        std::size_t measure, const IntegrationCounts& entrants) {
    count_integrations(layout, tally, month, entrants);
    tally[layout.measure(MeasureField::IntegrationsAfter, measure)] += entrants.total;
}

/// An integrated person stays in benefit with this probability (the job does not cover
/// the household's need) and leaves the stock otherwise.
inline double stays_in_benefit_probability(const Scenario& scenario) { return scenario.stays_in_benefit_share; }

/// Factor on the integration hazard while a person takes part in `measure`. A person in
/// counted employment is integrated already: a further integration by hazard would count
/// the same job twice (twice in the month of entry, against the one-per-month rule) and
/// would end a subsidised job of up to 24 months as if it were a placement. So while the
/// subsidy lasts the person does not integrate again; other exits go on (the exit
/// factor), and integrations after it ends count as usual (the after-effect). In § 16i
/// employment, which K2 does not count, taking up a regular job is an integration and
/// ends the participation, damped by the measure's lock-in.
inline double integration_factor_while_participating(const MeasureSpec& measure) {
    return holds_counted_employment(measure) ? 0.0 : measure.lock_in;
}

}  // namespace intsim
