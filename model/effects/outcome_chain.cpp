#include "model/effects/outcome_chain.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "model/model.hpp"
#include "model/monthly_rules.hpp"

namespace intsim {

namespace {

// The four kinds of value of one person, read from or written to a table at one index.
struct Value {
    double not_integrated = 1, employed = 0, integrations = 0, out_of_benefit = 0;
};

Value read(const ResponseTable& t, std::size_t at) {
    return {t.not_integrated[at], t.employed[at], t.integrations[at], t.out_of_benefit[at]};
}

void write(ResponseTable& t, std::size_t at, const Value& v) {
    t.not_integrated[at] = v.not_integrated;
    t.employed[at] = v.employed;
    t.integrations[at] = v.integrations;
    t.out_of_benefit[at] = v.out_of_benefit;
}

void resize(ResponseTable& t, std::size_t size) {
    for (auto* kind : {&t.not_integrated, &t.employed, &t.integrations, &t.out_of_benefit}) kind->assign(size, 0.0);
}

// A person's value a month earlier, given its month's events. `integrate`, `exit` and
// `none` are the month's probabilities; `stayed` is the value after an integration that
// stays in benefit (before it: the next month's value of the cell it moves on to),
// `gone` the value of leaving this month (a month away at its end), `go_on` the value of
// no event. `lasting` is the chance that a job taken up this month is still held at the
// end: the person is then employed if it takes up no other (`not_integrated` of where it
// goes), and otherwise as its later jobs say.
Value month_before(double integrate, double exit, double none, double stays, double lasting, const Value& stayed,
                   const Value& gone, const Value& go_on) {
    Value v;
    v.not_integrated = none * go_on.not_integrated + exit * gone.not_integrated;
    const double employed_stayed = lasting * stayed.not_integrated + stayed.employed;
    const double employed_gone = lasting * gone.not_integrated + gone.employed;
    v.employed = none * go_on.employed + exit * gone.employed +
                 integrate * (stays * employed_stayed + (1 - stays) * employed_gone);
    v.integrations = none * go_on.integrations + exit * gone.integrations +
                     integrate * (1 + stays * stayed.integrations + (1 - stays) * gone.integrations);
    v.out_of_benefit = none * go_on.out_of_benefit + exit * gone.out_of_benefit +
                       integrate * (stays * stayed.out_of_benefit + (1 - stays) * gone.out_of_benefit);
    return v;
}

// The month's event probabilities of every cell under one pair of factors.
struct CellEvents {
    std::vector<double> integrate, exit, none;
};

CellEvents cell_events(const OutcomeChain& chain, double fi, double fe) {
    CellEvents e;
    e.integrate.resize(chain.cells);
    e.exit.resize(chain.cells);
    e.none.resize(chain.cells);
    for (std::size_t x = 0; x < chain.cells; ++x) {
        const MonthEvents m = competing_events(chain.hazard_integration[x] * fi, chain.hazard_exit[x] * fe);
        e.integrate[x] = m.integrate;
        e.exit[x] = m.exit;
        e.none[x] = 1.0 - m.any;
    }
    return e;
}

void add(Outcome& out, double mass, const Value& v) {
    out.not_integrated += mass * v.not_integrated;
    out.employed += mass * v.employed;
    out.integrations += mass * v.integrations;
    out.out_of_benefit += mass * v.out_of_benefit;
}

}  // namespace

double outcome_share(const Outcome& outcome, EffectQuantity quantity) {
    switch (quantity) {
        case EffectQuantity::Employed: return outcome.employed;
        case EffectQuantity::OutOfBenefit: return outcome.out_of_benefit;
        case EffectQuantity::EverIntegrated: return 1.0 - outcome.not_integrated;
    }
    return outcome.employed;
}

OutcomeChain outcome_chain(const Model& model, std::size_t measure, int months) {
    const Scenario& s = model.scenario;
    const HazardLayout& hz = model.hazards;
    OutcomeChain chain;
    chain.months = months;
    chain.settled = months_where_hazards_settle(hz);
    chain.stays = s.stays_in_benefit_share;
    chain.reentry = s.reentry_within_months > 0 ? s.reentry_monthly_rate : 0.0;
    chain.within = chain.reentry > 0 ? s.reentry_within_months : 0;
    chain.lasting = s.job_lasting;
    if (chain.lasting.size() < static_cast<std::size_t>(months) + 1) chain.lasting.resize(static_cast<std::size_t>(months) + 1, 1.0);

    const auto mass = cohort_start_mass(model, measure, chain.whole_stock);
    std::map<int, std::size_t> slot_of_class;
    for (const auto& [state, m] : mass) slot_of_class.emplace(state.first, slot_of_class.size());
    const auto settled = static_cast<std::size_t>(chain.settled);
    chain.cells = slot_of_class.size() * settled;
    const auto cell = [&](std::size_t slot, int months_in_benefit) {
        return slot * settled + static_cast<std::size_t>(std::clamp(months_in_benefit, 1, chain.settled) - 1);
    };
    chain.weight.assign(chain.cells, 0.0);
    double total = 0;
    for (const auto& [state, m] : mass) total += m;
    for (const auto& [state, m] : mass) chain.weight[cell(slot_of_class[state.first], state.second)] += m / total;

    const double level_integration = yearly_hazard_level(s.integration, 1.0);
    const double level_exit = yearly_hazard_level(s.exit, 1.0);
    chain.hazard_integration.resize(chain.cells);
    chain.hazard_exit.resize(chain.cells);
    chain.older.resize(chain.cells);
    const auto within = static_cast<std::size_t>(chain.within);
    chain.back_after.resize(within * chain.cells);
    for (const auto& [hazard_class, slot] : slot_of_class) {
        for (int m = 1; m <= chain.settled; ++m) {
            const std::size_t x = cell(slot, m);
            const auto group = static_cast<std::size_t>(hz.group_of_months[static_cast<std::size_t>(m)]);
            const auto c = static_cast<std::size_t>(hazard_class);
            chain.hazard_integration[x] = person_hazard(level_integration, hz.class_integration[c], hz.group_integration[group]);
            chain.hazard_exit[x] = person_hazard(level_exit, hz.class_exit[c], hz.group_exit[group]);
            chain.older[x] = cell(slot, m + 1);
            // A leaver who had m months in benefit in the month it left and comes back after
            // d months has min(m, 24 - d) of them left in its 24-month window, and the month
            // of its return (person_month.cpp, schedule_reentry).
            for (std::size_t d = 1; d <= within; ++d)
                chain.back_after[(d - 1) * chain.cells + x] = cell(slot, std::min(m, kHistoryMonths - static_cast<int>(d)) + 1);
        }
    }

    // The responses, by months to go: a person in benefit without an effect or a job at
    // the start of a month, and one who left at the end of it. A leaver gone d months
    // comes back at the start of a month with the chance r while d <= within, and then
    // lives that month in benefit.
    const CellEvents events = cell_events(chain, 1.0, 1.0);
    const std::size_t n = chain.cells;
    resize(chain.free, (static_cast<std::size_t>(months) + 1) * n);
    resize(chain.left, (static_cast<std::size_t>(months) + 1) * n);
    const Value in_benefit{1, 0, 0, 0}, away{1, 0, 0, 1};
    for (std::size_t x = 0; x < n; ++x) {
        write(chain.free, x, in_benefit);
        write(chain.left, x, away);
    }
    ResponseTable away_before, away_now;  // [(d - 1) * n + x], months to go - 1 and now
    resize(away_before, within * n);
    resize(away_now, within * n);
    for (std::size_t i = 0; i < within * n; ++i) write(away_before, i, away);
    for (int tau = 1; tau <= months; ++tau) {
        const std::size_t now = static_cast<std::size_t>(tau) * n, before = now - n;
        const double lasting = chain.lasting[static_cast<std::size_t>(tau - 1)];
        for (std::size_t x = 0; x < n; ++x) {
            const Value next = read(chain.free, before + chain.older[x]);
            write(chain.free, now + x,
                  month_before(events.integrate[x], events.exit[x], events.none[x], chain.stays, lasting, next,
                               read(chain.left, before + x), next));
        }
        for (std::size_t d = within; d >= 1; --d) {
            for (std::size_t x = 0; x < n; ++x) {
                const std::size_t i = (d - 1) * n + x;
                const Value back = read(chain.free, now + chain.back_after[i]);
                const Value stay_away = d < within ? read(away_before, i + n) : away;
                write(away_now, i,
                      {chain.reentry * back.not_integrated + (1 - chain.reentry) * stay_away.not_integrated,
                       chain.reentry * back.employed + (1 - chain.reentry) * stay_away.employed,
                       chain.reentry * back.integrations + (1 - chain.reentry) * stay_away.integrations,
                       chain.reentry * back.out_of_benefit + (1 - chain.reentry) * stay_away.out_of_benefit});
            }
        }
        for (std::size_t x = 0; x < n; ++x) write(chain.left, now + x, within > 0 ? read(away_now, x) : away);
        std::swap(away_before, away_now);
    }
    return chain;
}

Outcome untreated_outcome(const OutcomeChain& chain, int month) {
    Outcome out;
    const std::size_t row = static_cast<std::size_t>(month) * chain.cells;
    for (std::size_t x = 0; x < chain.cells; ++x) add(out, chain.weight[x], read(chain.free, row + x));
    return out;
}

Outcome treated_outcome(const OutcomeChain& chain, const MeasureSpec& measure, const EffectCurve& curve, int month) {
    const std::size_t n = chain.cells;
    const int length = static_cast<int>(curve.post.size());
    const bool on_entry = entry_decides(measure);
    const bool fixed = measure.duration_kind == DurationKind::Fixed;
    const int duration = fixed ? fixed_duration_months(measure) : std::max(1, static_cast<int>(std::lround(measure.duration_months)));
    // The after-effect index in month u (1-based): months since entry, or since leaving
    // (a geometric participation taken as its mean's length there).
    const auto index_in = [&](int u) { return curve.since_entry ? u - 1 : u - 1 - duration; };
    const auto free_at = [&](int to_go, std::size_t x) { return read(chain.free, static_cast<std::size_t>(to_go) * n + x); };
    const auto left_at = [&](int to_go, std::size_t x) { return read(chain.left, static_cast<std::size_t>(to_go) * n + x); };
    const auto to_go_after = [&](int u) { return month - u; };

    Outcome out;
    if (on_entry && measure.leaves_benefit) {
        // Every entrant leaves benefit in the entry month, into the job when the entry counts.
        for (std::size_t x = 0; x < n; ++x) {
            if (chain.weight[x] == 0) continue;
            Value v = left_at(month - 1, x);
            if (measure.counts_as_integration) {
                v.employed += chain.lasting[static_cast<std::size_t>(month - 1)] * v.not_integrated;
                v.integrations += 1;
                v.not_integrated = 0;
            }
            add(out, chain.weight[x], v);
        }
        return out;
    }

    // The after-effect, backwards from the month asked for: after[u] is the value of a
    // person without a job in the after-effect at the start of month u (u = 2..month + 1).
    ResponseTable after;
    resize(after, static_cast<std::size_t>(month + 2) * n);
    for (std::size_t x = 0; x < n; ++x) write(after, static_cast<std::size_t>(month + 1) * n + x, {1, 0, 0, 0});
    CellEvents events;
    double events_factor = -1;
    for (int u = month; u >= 2; --u) {
        const int index = index_in(u);
        const int to_go = to_go_after(u);
        const std::size_t row = static_cast<std::size_t>(u) * n, next_row = row + n;
        if (index < 0 || index >= length) {
            for (std::size_t x = 0; x < n; ++x) write(after, row + x, free_at(to_go + 1, x));
            continue;
        }
        const double factor = curve.post[static_cast<std::size_t>(index)];
        if (factor != events_factor) {
            events = cell_events(chain, factor, 1.0);
            events_factor = factor;
        }
        const double lasting = chain.lasting[static_cast<std::size_t>(to_go)];
        for (std::size_t x = 0; x < n; ++x) {
            const Value next = read(after, next_row + chain.older[x]);
            write(after, row + x,
                  month_before(events.integrate[x], events.exit[x], events.none[x], chain.stays, lasting, next,
                               left_at(to_go, x), next));
        }
    }

    // The participation, forwards: participants integrate (which ends the participation
    // without an after-effect), leave, or go on; at its end they move to the after-effect.
    // A participant whose entry was the integration holds the subsidised job and does not
    // integrate again while it lasts.
    const bool holds_job = on_entry && measure.counts_as_integration;
    const CellEvents taking_part = cell_events(chain, holds_job ? 0.0 : curve.lock_in, curve.exit);
    const double stay = geometric_continue_probability(measure);
    std::vector<double> participants = chain.weight, next(n);
    if (holds_job) out.integrations += 1;  // every entrant, in the entry month
    for (int u = 1; u <= month; ++u) {
        const int to_go = to_go_after(u);
        const double lasting = chain.lasting[static_cast<std::size_t>(to_go)];
        const double leaving = fixed ? (u == duration ? 1.0 : 0.0) : 1.0 - stay;
        std::fill(next.begin(), next.end(), 0.0);
        for (std::size_t x = 0; x < n; ++x) {
            const double mass = participants[x];
            if (mass == 0) continue;
            const std::size_t older = chain.older[x];
            const Value gone = left_at(to_go, x);
            const Value stayed = free_at(to_go, older);
            // Where a participant goes at the end of the participation: the after-effect
            // (or, past it, no effect); the subsidised job goes on as one newly taken up.
            Value ends = u + 1 <= month ? read(after, static_cast<std::size_t>(u + 1) * n + older) : Value{1, 0, 0, 0};
            if (holds_job) ends.employed += lasting * ends.not_integrated;
            Value go_on{1, holds_job ? 1.0 : 0.0, 0, 0};  // still taking part at the end of the month asked for
            if (u == month) {
                add(out, mass * taking_part.none[x], go_on);
            } else {
                next[older] += mass * taking_part.none[x] * (1 - leaving);
                add(out, mass * taking_part.none[x] * leaving, ends);
            }
            // An integration or another exit in the month (none for a subsidised job).
            Value event = month_before(taking_part.integrate[x], taking_part.exit[x], 0.0, chain.stays, lasting, stayed,
                                       gone, Value{});
            add(out, mass, event);
        }
        participants.swap(next);
        if (u == month) break;
    }
    if (holds_job) out.not_integrated = 0;
    return out;
}

K2Account k2_account(const OutcomeChain& chain, const MeasureSpec& measure, const EffectCurve& curve, int month) {
    const Outcome treated = treated_outcome(chain, measure, curve, month);
    const Outcome untreated = untreated_outcome(chain, month);
    return {treated.employed - untreated.employed, treated.out_of_benefit - untreated.out_of_benefit,
            untreated.not_integrated - treated.not_integrated, treated.integrations - untreated.integrations};
}

}  // namespace intsim
