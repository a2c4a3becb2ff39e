#include "montecarlo/person_month.hpp"

#include <algorithm>
#include <cmath>

#include "engine/checked.hpp"
#include "montecarlo/closer_looks.hpp"
#include "montecarlo/month_block.hpp"

namespace intsim {

namespace {

// A leaver who comes back within the window and the horizon waits in the pool with the
// history it will have on its return (`history`: the leaver's history this month).
void schedule_reentry(const Model& model, StreamKey key, int month, const PersonColumns& stock, std::size_t i,
                      std::uint32_t history, PersonColumns& pool) {
    const Scenario& s = model.scenario;
    const int delay = reentry_delay(
        s.reentry_monthly_rate, s.reentry_within_months,
        random_words(key, stock.uid[i], static_cast<std::uint32_t>(month), Stream::Reentry)[0]);
    if (delay == 0 || month + delay >= model.months) return;
    pool.push_copy(stock, i);
    const std::size_t j = pool.size() - 1;
    pool.history[j] = history_on_return(history, delay);
    pool.month_stamp[j] = static_cast<std::int16_t>(month + delay);
    pool.measure[j] = pool.measure_left[j] = pool.post_measure[j] = pool.effect_month[j] = 0;
}

// The month's tables, read by person_month.
struct MonthTables {
    const std::uint32_t* threshold_integration;  ///< by hazard row
    const std::uint32_t* threshold_leave;
    const double* hazard_integration;
    const double* hazard_exit;
    std::uint32_t stays_in_benefit;  ///< threshold of the stays-in-benefit word
    /// No person in a measure or an after-effect can have an event with a word at or
    /// above this (an upper bound of its leave threshold): such words skip the
    /// threshold's exp().
    std::uint32_t measure_leave_bound;
};

// What the person loop counts besides the tallies it writes directly.
struct MonthCounts {
    std::int64_t integrations = 0, integrations_women = 0, integrations_single_parents = 0, integrations_ltr = 0;
    std::int64_t exits = 0, exits_ltr = 0, exits_women = 0, exits_single_parents = 0;
};

// One person's month: its event, the end of a participation, the ageing of a measure
// or an after-effect. `history` is the person's history this month (the stock's column
// already holds next month's). Returns whether the person leaves the stock.
bool person_month(const Model& model, StreamKey key, int month, Workspace& ws, const MonthTables& tables,
                  std::size_t i, std::uint32_t history, const TallyLayout& layout, std::span<double> tally,
                  MonthCounts& counts) {
    const HazardLayout& hz = model.hazards;
    PersonColumns& stock = ws.stock;
    const int months_in_benefit = months_in(history);
    const bool ltr = is_ltr(months_in_benefit);
    const std::uint16_t cell = stock.cell[i];
    const std::size_t row = static_cast<std::size_t>(hz.class_of_cell[cell]) * static_cast<std::size_t>(hz.group_count) +
                            hz.group_of_months[static_cast<std::size_t>(months_in_benefit)];
    const int measure = stock.measure[i] - 1;     // -1: none
    const int post = stock.post_measure[i] - 1;   // -1: none
    bool leaves = false;

    if (measure >= 0 && stock.measure_left[i] == 0) {
        leaves = true;  // entered subsidised employment that ends the benefit spell
    } else {
        const std::uint32_t word = ws.word_event[i];
        Thresholds t{tables.threshold_integration[row], tables.threshold_leave[row]};
        if (measure >= 0 || post >= 0) {
            double hi = tables.hazard_integration[row], he = tables.hazard_exit[row];
            if (post < 0) {
                hi *= ws.effect_lock_in[static_cast<std::size_t>(measure)];
                he *= ws.effect_exit[static_cast<std::size_t>(measure)];
            } else if (stock.effect_month[i] < ws.effect_post_length[static_cast<std::size_t>(post)]) {
                // An after-effect, also one carried through a later participation (the
                // later measure has no effect of its own: docs/effects.md section 7).
                hi *= ws.effect_post[ws.effect_post_offset[static_cast<std::size_t>(post)] + stock.effect_month[i]];
            }
            if (word >= tables.measure_leave_bound) {
                t = {0, 0};  // no event whatever the factors: spare the exp()
                INTSIM_CHECK(word >= competing_thresholds(hi, he).leave,
                             "a person in a measure or an after-effect with a word at or above the month's bound "
                             "has an event (person_month's measure_leave_bound)");
            } else {
                t = competing_thresholds(hi, he);
            }
        }
        const bool integrates = word < t.integration;
        leaves = !integrates && word < t.leave;
        if (integrates) {
            counts.integrations += 1;
            counts.integrations_women += model.cell_is_woman[cell];
            counts.integrations_single_parents += model.cell_is_single_parent[cell];
            counts.integrations_ltr += ltr;
            leaves = month_block(key, stock.uid[i], month)[kWordStaysInBenefit] >= tables.stays_in_benefit;
            // The running after-effect, else the participation. A carried after-effect
            // that has run its course (index at its length) credits the participation.
            const bool post_running =
                post >= 0 && stock.effect_month[i] < ws.effect_post_length[static_cast<std::size_t>(post)];
            const int credited = post_running ? post : measure;
            if (credited >= 0)
                tally[layout.measure(MeasureField::IntegrationsAfter, static_cast<std::size_t>(credited))] += 1;
        }
        if (measure >= 0 && (integrates || leaves)) {
            // A new job or leaving benefit ends the participation early.
            const MeasureSpec& spec = model.measures[static_cast<std::size_t>(measure)].spec;
            MeasureState& state = ws.measures[static_cast<std::size_t>(measure)];
            state.occupied -= 1;
            state.committed -= unused_commitment(spec, month, stock.measure_left[i]);
            stock.measure[i] = 0;
            stock.measure_left[i] = 0;
            if (post >= 0 && stock.effect_month[i] >= ws.effect_post_length[static_cast<std::size_t>(post)])
                stock.post_measure[i] = 0;  // a carried after-effect that had run its course
        }
    }

    if (leaves) {
        counts.exits += 1;
        counts.exits_ltr += ltr;
        counts.exits_women += model.cell_is_woman[cell];
        counts.exits_single_parents += model.cell_is_single_parent[cell];
        ws.leavers.push_back(static_cast<std::uint32_t>(i));
        if (model.scenario.reentry_within_months > 0) schedule_reentry(model, key, month, stock, i, history, ws.pool);
        return true;
    }

    // A person who stays: age the after-effect and the participation. A person who
    // carries an after-effect through a later participation keeps it at its end mark until
    // the participation ends: the participation then starts no after-effect of its own
    // either (docs/effects.md section 7).
    if (post >= 0 && stock.post_measure[i] != 0) {
        const std::uint32_t length = ws.effect_post_length[static_cast<std::size_t>(post)];
        if (stock.effect_month[i] < length) ++stock.effect_month[i];
        if (stock.effect_month[i] >= length && stock.measure[i] == 0)
            stock.post_measure[i] = 0;  // the after-effect has run its course
    }
    if (stock.measure[i] != 0) {
        const std::size_t k = stock.measure[i] - 1u;
        const MeasureSpec& spec = model.measures[k].spec;
        const bool carrying = stock.post_measure[i] != 0;
        if (!carrying && stock.effect_month[i] < 255) ++stock.effect_month[i];  // months since entry
        if (--stock.measure_left[i] == 0 || measure_ends_with(spec, month)) {
            ws.measures[k].occupied -= 1;
            stock.measure[i] = 0;
            stock.measure_left[i] = 0;
            if (carrying) {
                const std::size_t carried = stock.post_measure[i] - 1u;
                if (stock.effect_month[i] >= ws.effect_post_length[carried]) stock.post_measure[i] = 0;
            } else {
                // The after-effect starts at months since entry (a published effect) or at 0.
                const std::uint32_t start = ws.effect_post_since_entry[k] ? stock.effect_month[i] : 0u;
                const bool after = start < ws.effect_post_length[k];
                stock.post_measure[i] = after ? static_cast<std::uint8_t>(k + 1) : 0;
                stock.effect_month[i] = after ? static_cast<std::uint8_t>(start) : 0;
            }
        }
    }
    return false;
}

// The month's thresholds, and the bound above which nobody in a measure or an
// after-effect has an event: the competing events of the month's largest hazards times
// the largest factors, made a little larger still, since exp() is not promised to be
// monotone to the last bit (a looser bound only costs time).
MonthTables month_tables(const Model& model, int month, const Workspace& ws) {
    const std::size_t rows = static_cast<std::size_t>(model.hazards.class_count * model.hazards.group_count);
    const std::size_t first = static_cast<std::size_t>(month) * rows;
    MonthTables t{ws.threshold_integration.data() + first,
                  ws.threshold_leave.data() + first,
                  ws.hazard_integration.data() + first,
                  ws.hazard_exit.data() + first,
                  probability_threshold(stays_in_benefit_probability(model.scenario)),
                  0};
    const double hi = *std::max_element(t.hazard_integration, t.hazard_integration + rows);
    const double he = *std::max_element(t.hazard_exit, t.hazard_exit + rows);
    constexpr double kMargin = 1.001;
    t.measure_leave_bound = competing_thresholds(hi * ws.effect_integration_max * kMargin,
                                                 he * ws.effect_exit_max * kMargin)
                                .leave;
    return t;
}

}  // namespace

bool integrates_without_measure(const Model& model, const Workspace& ws, int month, std::size_t i) {
    const HazardLayout& hz = model.hazards;
    const PersonColumns& stock = ws.stock;
    const std::size_t rows = static_cast<std::size_t>(hz.class_count * hz.group_count);
    const std::size_t at = static_cast<std::size_t>(month) * rows +
                           static_cast<std::size_t>(hz.class_of_cell[stock.cell[i]]) * static_cast<std::size_t>(hz.group_count) +
                           hz.group_of_months[static_cast<std::size_t>(months_in(stock.history[i]))];
    std::uint32_t threshold = ws.threshold_integration[at];
    const int post = stock.post_measure[i] - 1;
    if (post >= 0 && stock.effect_month[i] < ws.effect_post_length[static_cast<std::size_t>(post)]) {
        const double factor = ws.effect_post[ws.effect_post_offset[static_cast<std::size_t>(post)] + stock.effect_month[i]];
        threshold = competing_thresholds(ws.hazard_integration[at] * factor, ws.hazard_exit[at]).integration;
    }
    return ws.word_event[i] < threshold;
}

void live_one_month(const Model& model, StreamKey key, int month, Workspace& ws, const TallyLayout& layout,
                    std::span<double> tally) {
    PersonColumns& stock = ws.stock;
    const std::size_t n = stock.size();
    const auto m = static_cast<std::size_t>(month);
    const MonthTables tables = month_tables(model, month, ws);

    // The first pass (closer_looks.hpp); its bound for a person in no measure is the
    // highest leave threshold of any hazard class with the person's months in benefit.
    CloserLookInputs inputs;
    inputs.event_word = ws.word_event.data();
    inputs.cell_counted = model.cell_counted.data();
    const HazardLayout& hz = model.hazards;
    for (std::size_t months = 0; months <= static_cast<std::size_t>(kHistoryMonths); ++months) {
        std::uint32_t bound = 0;
        for (int c = 0; c < hz.class_count; ++c)
            bound = std::max(bound, tables.threshold_leave[static_cast<std::size_t>(c * hz.group_count) + hz.group_of_months[months]]);
        inputs.plain_leave_bound[months] = bound;
    }
    ws.closer.resize(n);
    ws.closer_history.resize(n);
    StockCounts all;
#if INTSIM_CHECKS_ON
    const std::vector<std::uint32_t> history_before = stock.history;  // the sweep moves them on
#endif
    const std::size_t look_count = find_closer_looks(stock, inputs, ws.closer.data(), ws.closer_history.data(), all);

#if INTSIM_CHECKS_ON
    // Everyone the sweep passed over has no event this month: its word is at or above its
    // leave threshold, and it is in no measure and no after-effect.
    for (std::size_t i = 0, j = 0; i < n; ++i) {
        if (j < look_count && ws.closer[j] == i) {
            ++j;
            continue;
        }
        const std::size_t row = static_cast<std::size_t>(hz.class_of_cell[stock.cell[i]]) *
                                    static_cast<std::size_t>(hz.group_count) +
                                hz.group_of_months[static_cast<std::size_t>(months_in(history_before[i]))];
        INTSIM_CHECK(stock.measure[i] == 0 && stock.post_measure[i] == 0 && ws.word_event[i] >= tables.threshold_leave[row],
                     "the person loop's sweep passed over a person who has an event (closer_looks' bound)");
    }
#endif
    MonthCounts counts;
    ws.leavers.clear();
    for (std::size_t j = 0; j < look_count; ++j)
        person_month(model, key, month, ws, tables, ws.closer[j], ws.closer_history[j], layout, tally, counts);
    // Stayers close ranks, in order.
    stock.remove_at(ws.leavers);

    const auto count = [](std::int64_t c) { return static_cast<double>(c); };
    tally[layout.monthly(MonthlyField::Elb, m)] = count(static_cast<std::int64_t>(n) - counts.exits);
    tally[layout.monthly(MonthlyField::Ltr, m)] = count(all.ltr - counts.exits_ltr);
    tally[layout.monthly(MonthlyField::Women, m)] = count(all.women - counts.exits_women);
    tally[layout.monthly(MonthlyField::SingleParents, m)] = count(all.single_parents - counts.exits_single_parents);
    count_integrations(layout, tally, m,
                       {count(counts.integrations), count(counts.integrations_women),
                        count(counts.integrations_single_parents), count(counts.integrations_ltr)});
    tally[layout.monthly(MonthlyField::Exits, m)] += count(counts.exits);
    tally[layout.person_months()] += static_cast<double>(n);
}

}  // namespace intsim
