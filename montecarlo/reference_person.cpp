// One person's month in the reference month, step by step (reference_person.hpp).
#include "montecarlo/reference_person.hpp"

#include <algorithm>
#include <cmath>

#include "model/monthly_rules.hpp"
#include "model/population.hpp"

namespace intsim::reference {

// Step 1, arrival: a newcomer, its attribute cell drawn from the inflow's shares.
Person newcomer(const Replication& r, int month, std::uint32_t j) {
    Person p;
    p.uid = newcomer_uid(month, j);
    p.cell = newcomer_cell(r.model.inflow_cell_cdf,
                           random_words(r.key, p.uid, static_cast<std::uint32_t>(month), Stream::Inflow)[0]);
    p.history = 1u;  // in benefit this month
    p.since = month;
    return p;
}

namespace {

// The person's hazards this month without any measure: the year's level, the season,
// the person's attributes, its months in benefit.
struct Hazards {
    double integration, exit;
};
Hazards hazards_of(const Replication& r, const Person& p, int month) {
    const Model& model = r.model;
    const HazardLayout& hz = model.hazards;
    const auto m = static_cast<std::size_t>(month);
    const LevelFactors& year = r.factors.levels[static_cast<std::size_t>(model.year_of_month[m])];
    const std::size_t c = hz.class_of_cell[p.cell];
    const std::size_t g = hz.group_of_months[static_cast<std::size_t>(months_in(p.history))];
    return {person_hazard(hazard_level(model.scenario.integration, model.calendar_month[m], year.integration),
                          hz.class_integration[c], hz.group_integration[g]),
            person_hazard(hazard_level(model.scenario.exit, model.calendar_month[m], year.exit), hz.class_exit[c],
                          hz.group_exit[g])};
}

bool after_effect_running(const Replication& r, const Person& p) {
    return p.after_effect >= 0 && p.effect_month < r.effects[static_cast<std::size_t>(p.after_effect)].post.size();
}

}  // namespace

// Whether the person may enter measure k this month (attributes, months in benefit,
// months since (re)entry).
bool eligible(const Replication& r, const Person& p, std::size_t k, int month) {
    const EligibilityMasks& e = r.model.eligibility;
    const std::uint64_t bit = std::uint64_t{1} << k;
    return (e.by_cell[p.cell] & e.by_months_in_benefit[static_cast<std::size_t>(months_in(p.history))] &
            e.by_months_since_entry[static_cast<std::size_t>(std::min(month - p.since, kNewCustomerMonthsCap))] & bit) != 0;
}

// Whether the person integrates this month were it to enter no measure: its event word
// against its integration chance, with its after-effect (deadweight hires are such).
bool integrates_anyway(const Replication& r, const Person& p, int month) {
    Hazards h = hazards_of(r, p, month);
    if (after_effect_running(r, p))
        h.integration *= r.effects[static_cast<std::size_t>(p.after_effect)].post[p.effect_month];
    return r.word(p, month, kWordEvent) < probability_threshold(competing_events(h.integration, h.exit).integrate);
}

// Step 2, measure entry: the person enters measure k (or, in a slot measure's first
// month, is carried over into a slot). False when the measure's budget cannot pay for it.
bool enter(Replication& r, Person& p, std::size_t k, bool carry_over, int month) {
    const MeasureSpec& spec = r.spec(k);
    Measure& measure = r.measures[k];
    const std::uint32_t word = r.word(p, month, kWordDuration);
    const int duration = carry_over ? carried_over_months_left(spec, word) : draw_measure_duration(spec, word);
    if (spec.capacity_kind == CapacityKind::Budget) {
        const double commitment =
            entry_commitment(spec, static_cast<double>(std::min(duration, months_left_in_measure_year(spec, month))));
        if (measure.committed + commitment > budget_allowed(spec, month) + 1e-6) return false;
        measure.committed += commitment;
    }
    p.measure = static_cast<int>(k);
    p.months_left = static_cast<std::uint8_t>(duration);
    // A running after-effect may go on through the participation; otherwise the
    // participation counts months since entry.
    if (!after_effect_runs_through(spec) || p.after_effect < 0) {
        p.after_effect = -1;
        p.effect_month = static_cast<std::uint8_t>(months_since_entry(spec, carry_over, duration));
    }
    if (carry_over) {
        measure.occupied += 1;
        return true;
    }
    measure.entries += 1;
    measure.entries_women += r.woman(p);
    if (entry_counts_as_integration(spec))
        count_integrations_on_entry(r.layout, r.tally, static_cast<std::size_t>(month), k,
                                    {1.0, r.woman(p) ? 1.0 : 0.0, r.single_parent(p) ? 1.0 : 0.0,
                                     is_ltr(months_in(p.history)) ? 1.0 : 0.0});
    if (entry_leaves_benefit(spec))
        p.months_left = 0;  // leaves the stock this month
    else
        measure.occupied += 1;
    return true;
}

namespace {

// The participation ends: its slot is free again.
void end_participation(Replication& r, Person& p) {
    r.measures[static_cast<std::size_t>(p.measure)].occupied -= 1;
    p.measure = -1;
    p.months_left = 0;
}

}  // namespace

// Step 3, the month's events and the person's state at its end. `history` is this
// month's (the person's history already holds next month's). Returns whether the person
// leaves the stock.
bool live(Replication& r, Person& p, std::uint32_t history, int month, IntegrationCounts& integrations) {
    const bool ltr = is_ltr(months_in(history));
    if (p.measure >= 0 && p.months_left == 0) return true;  // subsidised employment that ends the benefit spell

    // The event: integration, other exit, or another month in benefit. A measure's
    // lock-in and exit factors while participating, else the running after-effect.
    Person as_this_month = p;
    as_this_month.history = history;
    Hazards h = hazards_of(r, as_this_month, month);
    if (p.measure >= 0 && !after_effect_running(r, p) && p.after_effect < 0) {
        h.integration *= r.effects[static_cast<std::size_t>(p.measure)].lock_in;
        h.exit *= r.effects[static_cast<std::size_t>(p.measure)].exit;
    } else if (after_effect_running(r, p)) {
        h.integration *= r.effects[static_cast<std::size_t>(p.after_effect)].post[p.effect_month];
    }
    const MonthEvents chance = competing_events(h.integration, h.exit);
    const std::uint32_t word = r.word(p, month, kWordEvent);
    const bool integrates = word < probability_threshold(chance.integrate);
    bool leaves = !integrates && word < probability_threshold(chance.any);
    if (integrates) {
        integrations.total += 1;
        integrations.women += r.woman(p);
        integrations.single_parents += r.single_parent(p);
        integrations.ltr += ltr;
        leaves = r.word(p, month, kWordStaysInBenefit) >=
                 probability_threshold(stays_in_benefit_probability(r.model.scenario));
        // Credited to the running after-effect, else to the participation.
        const int credited = after_effect_running(r, p) ? p.after_effect : p.measure;
        if (credited >= 0) r.at(MeasureField::IntegrationsAfter, static_cast<std::size_t>(credited)) += 1;
    }
    if (p.measure >= 0 && (integrates || leaves)) {
        // A job or leaving benefit ends the participation early; unused money returns.
        Measure& measure = r.measures[static_cast<std::size_t>(p.measure)];
        measure.committed -= unused_commitment(r.spec(static_cast<std::size_t>(p.measure)), month, p.months_left);
        end_participation(r, p);
        if (p.after_effect >= 0 && !after_effect_running(r, p)) p.after_effect = -1;
    }
    if (leaves) return true;

    // Another month: the after-effect and the participation age.
    if (p.after_effect >= 0) {
        const std::size_t length = r.effects[static_cast<std::size_t>(p.after_effect)].post.size();
        if (p.effect_month < length) ++p.effect_month;
        if (p.effect_month >= length && p.measure < 0) p.after_effect = -1;  // run its course
    }
    if (p.measure >= 0) {
        const auto k = static_cast<std::size_t>(p.measure);
        const bool carrying = p.after_effect >= 0;
        if (!carrying && p.effect_month < 255) ++p.effect_month;  // months since entry
        if (--p.months_left == 0 || measure_ends_with(r.spec(k), month)) {
            end_participation(r, p);
            if (carrying) {
                if (!after_effect_running(r, p)) p.after_effect = -1;
            } else {
                // The measure's own after-effect starts: at months since entry (a
                // published effect) or at its first month.
                const std::uint32_t start = r.effects[k].since_entry ? p.effect_month : 0u;
                const bool after = start < r.effects[k].post.size();
                p.after_effect = after ? static_cast<int>(k) : -1;
                p.effect_month = after ? static_cast<std::uint8_t>(start) : 0;
            }
        }
    }
    return false;
}

// Step 4, for a leaver: whether and when it comes back (the first success of the monthly
// re-entry chance within the window, drawn at the exit), with its history on return.
void schedule_return(Replication& r, const Person& p, std::uint32_t history, int month) {
    const Scenario& s = r.model.scenario;
    if (s.reentry_within_months <= 0) return;
    const int delay =
        reentry_delay(s.reentry_monthly_rate, s.reentry_within_months,
                      random_words(r.key, p.uid, static_cast<std::uint32_t>(month), Stream::Reentry)[0]);
    if (delay == 0 || month + delay >= r.model.months) return;
    Person back = p;
    back.history = history_on_return(history, delay);
    back.since = month + delay;
    back.measure = back.after_effect = -1;
    back.months_left = back.effect_month = 0;
    r.pool.push_back(back);
}

}  // namespace intsim::reference
