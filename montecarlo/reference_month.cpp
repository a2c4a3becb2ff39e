#include "montecarlo/reference_month.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <boost/random/poisson_distribution.hpp>

#include "model/effects/effect_factors.hpp"
#include "model/monthly_rules.hpp"
#include "model/population.hpp"
#include "model/tally.hpp"
#include "montecarlo/allocation.hpp"
#include "montecarlo/month_block.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

namespace {

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

// --- One person's month, step by step ------------------------------------------------

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

// The participation ends: its slot is free again.
void end_participation(Replication& r, Person& p) {
    r.measures[static_cast<std::size_t>(p.measure)].occupied -= 1;
    p.measure = -1;
    p.months_left = 0;
}

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

// --- The jobcenter's month ------------------------------------------------------------

void arrivals(Replication& r, int month) {
    std::vector<Person> waiting;
    double returners = 0;
    for (const Person& p : r.pool) {
        if (p.since == month) {
            r.stock.push_back(p);
            returners += 1;
        } else {
            waiting.push_back(p);
        }
    }
    r.pool = waiting;
    const LevelFactors& year = r.factors.levels[static_cast<std::size_t>(r.model.year_of_month[static_cast<std::size_t>(month)])];
    const double mean = inflow_mean(r.model.scenario, r.model.calendar_month[static_cast<std::size_t>(month)], year.inflow);
    std::uint32_t newcomers = 0;
    if (mean > 0.0) {
        CounterUrng urng(r.key, 0, static_cast<std::uint32_t>(month), Stream::Inflow);
        newcomers = boost::random::poisson_distribution<std::uint32_t, double>(mean)(urng);
    }
    for (std::uint32_t j = 0; j < newcomers; ++j) r.stock.push_back(newcomer(r, month, j));
    r.at(MonthlyField::Inflow, month) += returners + newcomers;
    r.at(MonthlyField::Reentries, month) += returners;
}

// A measure's order of candidates: ascending by its key, ties by stock position. Random
// order: the person's ring word shifted by the measure's offset (mod 2^32); a rule: the
// rule's key over that random part.
std::uint64_t order_key(const Replication& r, const Person& p, std::size_t k, int month) {
    const std::uint32_t random = r.word(p, month, kWordRingKey) - r.measures[k].offset;
    return priority_key(r.spec(k).priority, random, months_in(p.history), month - p.since);
}

void allocation(Replication& r, int month) {
    const Model& model = r.model;
    const std::size_t n = r.stock.size();
    std::vector<std::uint8_t> free_at_start(n);
    double women = 0;
    for (std::size_t i = 0; i < n; ++i) {
        free_at_start[i] = r.stock[i].measure < 0;
        women += r.woman(r.stock[i]);
    }
    const double women_share = model.scenario.women_share_min.value_or(n == 0 ? 0.0 : women / static_cast<double>(n));
    std::vector<std::int64_t> need(model.measures.size());
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        const MeasureSpec& spec = r.spec(k);
        Measure& measure = r.measures[k];
        measure.committed = commitment_at_month_start(spec, month, measure.committed);
        if (month_of_measure_year(spec, month) == 0) measure.entries_this_year = 0;
        const double wanted = entries_within_demand(
            spec, month, entries_wanted(spec, month, measure.occupied, measure.committed, entry_commitment(spec, 1.0)),
            measure.entries_this_year);
        need[k] = static_cast<std::int64_t>(spec.capacity_kind == CapacityKind::Budget
                                                ? std::min(static_cast<double>(n), wanted)
                                                : wanted);
        measure.offset =
            random_words(r.key, model.measures[k].random_subject, static_cast<std::uint32_t>(month), Stream::Allocation)[0];
    }
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        const MeasureSpec& spec = r.spec(k);
        Measure& measure = r.measures[k];
        const bool carry_over = carries_over(spec, month);
        const double entries_before = measure.entries, women_before = measure.entries_women;
        std::int64_t taken = 0;
        const auto take = [&](std::size_t i) {
            if (!enter(r, r.stock[i], k, carry_over, month)) return false;
            ++taken;
            return true;
        };
        // Hires that would have happened anyway come first: free eligible persons who
        // integrate this month without the measure, in stock order from the offset. A
        // budget that cannot pay one of them ends this part only (the next entrant's
        // duration, and so its cost, differs).
        if (need[k] > 0 && !carry_over && spec.deadweight_share > 0) {
            const auto anyway = static_cast<std::int64_t>(
                deadweight_entries(spec, measure.entries_this_year, static_cast<double>(need[k])));
            for (std::size_t step = 0; step < n && taken < anyway; ++step) {
                const std::size_t i = (measure.offset + step) % n;
                if (r.stock[i].measure < 0 && eligible(r, r.stock[i], k, month) && integrates_anyway(r, r.stock[i], month) &&
                    !take(i))
                    break;
            }
        }
        bool full = need[k] <= 0;
        // Then the others by the measure's order, women first while the women-share
        // rule still owes them: the entries' share of women stays at least the share.
        const bool women_rule = model.scenario.women_share_rule;
        const std::int64_t women_owed =
            women_rule && !carry_over && need[k] > 0
                ? std::max<std::int64_t>(0, static_cast<std::int64_t>(std::ceil(women_share * (entries_before + static_cast<double>(need[k])) - 1e-9)) -
                                                static_cast<std::int64_t>(women_before))
                : 0;
        std::vector<std::pair<std::uint64_t, std::size_t>> queue[2];  // others, women
        for (std::size_t i = 0; i < n && !full; ++i)
            if (free_at_start[i] && eligible(r, r.stock[i], k, month))
                queue[women_rule && r.woman(r.stock[i])].push_back({order_key(r, r.stock[i], k, month), i});
        std::sort(queue[0].begin(), queue[0].end());
        std::sort(queue[1].begin(), queue[1].end());
        std::size_t next[2] = {0, 0};
        const auto find = [&](int side) {
            while (next[side] < queue[side].size() && r.stock[queue[side][next[side]].second].measure >= 0) ++next[side];
            return next[side] < queue[side].size();
        };
        while (!full && taken < need[k]) {
            const bool have_woman = find(1), have_other = find(0);
            if (!have_woman && !have_other) break;
            const bool owed = static_cast<double>(women_owed) > measure.entries_women - women_before;
            const int side = have_woman && (!have_other || owed || queue[1][next[1]] < queue[0][next[0]]) ? 1 : 0;
            full = !take(queue[side][next[side]++].second);
        }
        // The month's entries, participant-months and spend.
        const double entries = measure.entries - entries_before;
        measure.entries_this_year += entries;
        r.at(MeasureField::Entries, k) += entries;
        r.at(MeasureField::EntriesWomen, k) += measure.entries_women - women_before;
        r.at(MeasureField::ParticipantMonths, k) += measure.occupied;
        const double spend = monthly_spend(spec, month, entries, measure.occupied);
        r.at(MeasureField::Spend, k) += spend;
        if (spec.egt_funded) r.at(MonthlyField::SpendEgt, month) += spend;
    }
}

void person_months(Replication& r, int month) {
    const double persons = static_cast<double>(r.stock.size());
    double ltr = 0, women = 0, single_parents = 0, exits = 0, exits_ltr = 0, exits_women = 0, exits_single_parents = 0;
    IntegrationCounts integrations;
    std::vector<Person> stayers;
    for (Person& p : r.stock) {
        const std::uint32_t history = p.history;
        const bool was_ltr = is_ltr(months_in(history));
        ltr += was_ltr;
        women += r.woman(p);
        single_parents += r.single_parent(p);
        p.history = ((history << 1) | 1u) & kHistoryMask;  // next month's, if the person stays
        if (live(r, p, history, month, integrations)) {
            exits += 1;
            exits_ltr += was_ltr;
            exits_women += r.woman(p);
            exits_single_parents += r.single_parent(p);
            schedule_return(r, p, history, month);
        } else {
            stayers.push_back(p);
        }
    }
    r.stock = stayers;
    r.at(MonthlyField::Elb, month) = persons - exits;
    r.at(MonthlyField::Ltr, month) = ltr - exits_ltr;
    r.at(MonthlyField::Women, month) = women - exits_women;
    r.at(MonthlyField::SingleParents, month) = single_parents - exits_single_parents;
    count_integrations(r.layout, r.tally, static_cast<std::size_t>(month), integrations);
    r.at(MonthlyField::Exits, month) += exits;
    r.tally[r.layout.person_months()] += persons;
}

}  // namespace

void reference_replication(const Model& model, StreamKey replication, std::span<double> tally) {
    Replication r{model, StreamKey{replication.seed, replication.replication, model.person_domain},
                  draw_replication_factors(model, replication), {}, {}, tally_layout(model), tally, {}, {}};
    std::fill(tally.begin(), tally.end(), 0.0);
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        r.effects.emplace_back();
        effect_for_draw(r.spec(k), model.measures[k].effect, r.factors.measure_draw[k], model.scenario.measure_effect_sd,
                        r.effects.back());
    }
    r.measures.resize(model.measures.size());

    // The start stock, its histories ending last month, and the recent leavers of a warm
    // start who come back in the first months (uids after the stock's).
    PersonColumns start, returning;
    const auto offsets = random_words(r.key, 0, 0, Stream::Population);
    fill_start_population(model, uniform_open01(offsets[0]), start);
    fill_start_pool(model, r.key, uniform_open01(offsets[1]), static_cast<std::uint32_t>(start.size()), returning);
    for (std::size_t i = 0; i < returning.size(); ++i) {
        Person p;
        p.uid = returning.uid[i];
        p.history = returning.history[i];
        p.cell = returning.cell[i];
        p.since = returning.month_stamp[i];
        r.pool.push_back(p);
    }
    double start_ltr = 0;
    for (std::size_t i = 0; i < start.size(); ++i) {
        start_ltr += is_ltr(months_in(start.history[i]));
        Person p;
        p.uid = start.uid[i];
        p.history = ((start.history[i] << 1) | 1u) & kHistoryMask;
        p.cell = start.cell[i];
        p.since = start.month_stamp[i];
        r.stock.push_back(p);
    }
    tally[r.layout.start_elb()] = static_cast<double>(r.stock.size());
    tally[r.layout.start_ltr()] = start_ltr;

    for (int month = 0; month < model.months; ++month) {
        arrivals(r, month);
        allocation(r, month);
        person_months(r, month);
    }
}

}  // namespace intsim
