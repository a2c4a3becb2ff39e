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
#include "montecarlo/reference_person.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

using namespace reference;

namespace {

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
