#include "montecarlo/allocation.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

#include "model/monthly_rules.hpp"
#include "montecarlo/month_block.hpp"
#include "montecarlo/person_month.hpp"

namespace intsim {

namespace {

// Where measure k starts reading the ring this month: one draw per (measure, month),
// keyed by the measure's id, so that adding a measure moves no other measure's order.
std::uint32_t ring_offset(const MeasureModel& measure, StreamKey key, int month) {
    return random_words(key, measure.random_subject, static_cast<std::uint32_t>(month), Stream::Allocation)[0];
}

// Entrants in order, women first while the women-share rule needs them: the next
// candidate is the better-ranked of the next woman and the next other person, unless
// women are still owed. `enter` returns false when the measure can take nobody more.
template <class Walk, class Enter>
void take_entrants(Walk& women, Walk& others, std::int64_t need, std::int64_t women_needed, Enter&& enter) {
    for (std::int64_t taken = 0; taken < need; ++taken) {
        const bool have_woman = women.find();
        const bool have_other = others.find();
        if (!have_woman && !have_other) return;
        const bool take_woman =
            have_woman && (!have_other || taken < women_needed || women.rank() < others.rank());
        if (!enter(take_woman ? women.take() : others.take())) return;
    }
}

// Rule-ordered measures keep a candidate list: `limit` leaves room for candidates that
// earlier measures take this month; if they take more, the list is built again, larger.
std::size_t rule_list_limit(std::int64_t need) { return static_cast<std::size_t>(need + need / 2 + 8); }

// The month's allocation: what every step reads, and the measures that have room.
struct Allocation {
    const Model& model;
    StreamKey key;
    int month;
    Workspace& ws;
    const TallyLayout& layout;
    std::span<double> tally;
    std::uint64_t open_random = 0, open_ruled = 0;  ///< measures with room, by their order rule
    double women_share = 0;                         ///< what the women-share rule asks of entries

    std::size_t m() const { return static_cast<std::size_t>(month); }
    bool women_rule() const { return model.scenario.women_share_rule; }

    // The measures a person may enter by its attributes, months in benefit and months
    // since (re)entry: the AND of three table look-ups.
    std::uint64_t eligible_for(std::size_t i, int months_in_benefit, int since_entry) const {
        const EligibilityMasks& e = model.eligibility;
        return e.by_cell[ws.stock.cell[i]] & e.by_months_in_benefit[static_cast<std::size_t>(months_in_benefit)] &
               e.by_months_since_entry[static_cast<std::size_t>(std::min(since_entry, kNewCustomerMonthsCap))];
    }
    std::uint64_t eligible_mask(std::size_t i) const {
        return eligible_for(i, months_in(ws.stock.history[i]), month - ws.stock.month_stamp[i]);
    }

    // Offers person i to the candidate lists of the rule-ordered `measures`.
    void offer_to_rule_lists(std::size_t i, bool woman, std::uint64_t measures, int months_in_benefit,
                             int since_entry) {
        for (; measures != 0; measures &= measures - 1) {
            const auto k = static_cast<std::size_t>(std::countr_zero(measures));
            MeasureState& state = ws.measures[k];
            CandidateList& list = woman ? state.women : state.others;
            const std::uint32_t random = ws.word_ring_key[i] - state.ring_offset;
            list.offer({priority_key(model.measures[k].spec.priority, random, months_in_benefit, since_entry),
                        static_cast<std::uint32_t>(i)});
        }
    }

    void open_measures();
    std::int64_t fill_rings_and_lists();
    void count_rings_by_cell();
    void fill_measure(std::size_t k);
};

// Which measures have room, and for how many.
void Allocation::open_measures() {
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        MeasureState& state = ws.measures[k];
        const MeasureSpec& spec = model.measures[k].spec;
        state.committed = commitment_at_month_start(spec, month, state.committed);
        // A budget measure asks for as many as the room pays at one month's cost, at most
        // the stock; each entrant's own commitment then decides (MeasureEntry, below).
        if (month_of_measure_year(spec, month) == 0) state.entries_this_year = 0;
        const double wanted = entries_within_demand(
            spec, month,
            entries_wanted(spec, month, static_cast<double>(state.occupied), state.committed, entry_commitment(spec, 1.0)),
            state.entries_this_year);
        state.need = static_cast<std::int64_t>(
            spec.capacity_kind == CapacityKind::Budget ? std::min(static_cast<double>(ws.stock.size()), wanted) : wanted);
        if (state.need <= 0) continue;
        if (spec.priority == Priority::Random) {
            open_random |= std::uint64_t{1} << k;
        } else {
            open_ruled |= std::uint64_t{1} << k;
            state.women.start(rule_list_limit(state.need));
            state.others.start(rule_list_limit(state.need));
        }
    }
    for (std::size_t k = 0; k < model.measures.size(); ++k)
        ws.measures[k].ring_offset = ring_offset(model.measures[k], key, month);
}

// One pass over the stock: the women in it, and each free person's place on the ring
// of the random-order measures and offers to the rule-ordered ones. Every free person
// goes on the ring (women on a ring of their own under the women-share rule); the
// walks ask a measure's eligibility of the persons they pass. The ring is counted by
// cell, so that each walk knows how many on its ring pass its attribute filter.
// Returns the women in the stock.
std::int64_t Allocation::fill_rings_and_lists() {
    const PersonColumns& stock = ws.stock;
    const std::size_t n = stock.size();
    const std::size_t cells = model.eligibility.by_cell.size();
    const std::uint16_t* cell_of = stock.cell.data();
    const std::uint8_t* in_measure = stock.measure.data();
    const std::uint8_t* cell_is_woman = model.cell_is_woman.data();
    const std::uint32_t* ring_key = ws.word_ring_key.data();
    const bool women_rule = this->women_rule();
    const bool fill_rings = open_random != 0;
    std::uint64_t* ring[2] = {ws.others_ring.prepare(fill_rings ? n : 0), ws.women_ring.prepare(fill_rings && women_rule ? n : 0)};
    std::size_t on_ring[2] = {0, 0};
    ws.ring_cells.assign(fill_rings ? 2 * cells : 0, 0);
    std::uint32_t* ring_cells[2] = {ws.ring_cells.data(), ws.ring_cells.data() + (fill_rings ? cells : 0)};
    std::int64_t women_in_stock = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint16_t cell = cell_of[i];
        const bool woman = cell_is_woman[cell] != 0;
        women_in_stock += woman;
        if (in_measure[i] != 0) continue;
        if (fill_rings) {
            const std::size_t side = women_rule && woman;
            ring[side][on_ring[side]++] = KeyRing::entry(ring_key[i], static_cast<std::uint32_t>(i));
            ++ring_cells[side][cell];
        }
        if (open_ruled == 0) continue;
        // The rule-ordered measures' lists: the cheapest filter first.
        std::uint64_t eligible = open_ruled & model.eligibility.by_cell[cell];
        if (eligible == 0) continue;
        const int months_in_benefit = months_in(stock.history[i]);
        eligible &= model.eligibility.by_months_in_benefit[static_cast<std::size_t>(months_in_benefit)];
        if (eligible == 0) continue;
        const int since_entry = month - stock.month_stamp[i];
        eligible &= model.eligibility.by_months_since_entry[static_cast<std::size_t>(std::min(since_entry, kNewCustomerMonthsCap))];
        if (eligible != 0) offer_to_rule_lists(i, women_rule && woman, eligible, months_in_benefit, since_entry);
    }
    ws.others_ring.arrange(on_ring[0]);
    ws.women_ring.arrange(on_ring[1]);
    return women_in_stock;
}

// How many persons on each ring pass each random-order measure's attribute filter.
void Allocation::count_rings_by_cell() {
    if (open_random == 0) return;
    const std::size_t cells = model.eligibility.by_cell.size();
    const std::uint32_t* ring_cells[2] = {ws.ring_cells.data(), ws.ring_cells.data() + cells};
    for (std::size_t k = 0; k < model.measures.size(); ++k) ws.measures[k].women_on_ring = ws.measures[k].others_on_ring = 0;
    for (std::size_t cell = 0; cell < cells; ++cell) {
        const std::uint32_t others = ring_cells[0][cell], women = ring_cells[1][cell];
        if (others + women == 0) continue;
        for (std::uint64_t bits = model.eligibility.by_cell[cell] & open_random; bits != 0; bits &= bits - 1) {
            MeasureState& state = ws.measures[static_cast<std::size_t>(std::countr_zero(bits))];
            state.others_on_ring += others;
            state.women_on_ring += women;
        }
    }
}

// One measure's entries of the month: a person enters (or, in the first month of a slot
// measure, is carried over into a slot), draws its duration, commits budget, and counts.
struct MeasureEntry {
    Allocation& a;
    std::size_t k;
    const MeasureSpec& spec;
    MeasureState& state;
    bool carry_over;
    double entries = 0, entries_women = 0;
    std::int64_t taken = 0;

    // Returns false when the measure's budget cannot pay this entrant: it takes nobody more.
    bool operator()(std::uint32_t person) {
        PersonColumns& stock = a.ws.stock;
        const std::uint16_t cell = stock.cell[person];
        const std::uint32_t word = month_block(a.key, stock.uid[person], a.month)[kWordDuration];
        const int duration = carry_over ? carried_over_months_left(spec, word) : draw_measure_duration(spec, word);
        if (spec.capacity_kind == CapacityKind::Budget) {
            const double commitment = entry_commitment(
                spec, static_cast<double>(std::min(duration, months_left_in_measure_year(spec, a.month))));
            if (state.committed + commitment > budget_allowed(spec, a.month) + 1e-6) return false;
            state.committed += commitment;
        }
        ++taken;
        stock.measure[person] = static_cast<std::uint8_t>(k + 1);
        stock.measure_left[person] = static_cast<std::uint8_t>(duration);
        // A running after-effect that goes on keeps effect_month as its index.
        if (!after_effect_runs_through(spec) || stock.post_measure[person] == 0) {
            stock.post_measure[person] = 0;
            stock.effect_month[person] = static_cast<std::uint8_t>(months_since_entry(spec, carry_over, duration));
        }
        if (carry_over) {
            state.occupied += 1;
            return true;
        }
        entries += 1;
        entries_women += a.model.cell_is_woman[cell];
        if (entry_counts_as_integration(spec))
            count_integrations_on_entry(a.layout, a.tally, a.m(), k,
                                        {1.0, static_cast<double>(a.model.cell_is_woman[cell]),
                                         static_cast<double>(a.model.cell_is_single_parent[cell]),
                                         is_ltr(months_in(stock.history[person])) ? 1.0 : 0.0});
        if (entry_leaves_benefit(spec))
            stock.measure_left[person] = 0;  // leaves the stock in this month's transition pass
        else
            state.occupied += 1;
        return true;
    }
};

// Women needed so that the running share of women among entries stays >= the share.
std::int64_t women_needed(const Allocation& a, const MeasureState& state, bool carry_over) {
    if (!a.women_rule() || carry_over || state.need <= 0) return 0;
    return std::max<std::int64_t>(
        0, static_cast<std::int64_t>(std::ceil(a.women_share * (state.entries + state.need) - 1e-9)) -
               static_cast<std::int64_t>(state.entries_women));
}

// A random-order measure takes its entrants in ring order.
void fill_random(Allocation& a, MeasureEntry& enter, std::int64_t women_owed) {
    const std::uint64_t bit = std::uint64_t{1} << enter.k;
    const PersonColumns& stock = a.ws.stock;
    // The attribute filter first: it turns away most persons a walk passes.
    const auto passes_attributes = [&](std::uint32_t person) {
        return (a.model.eligibility.by_cell[stock.cell[person]] & bit) != 0;
    };
    const auto is_candidate = [&](std::uint32_t person) {
        return stock.measure[person] == 0 && (a.eligible_mask(person) & bit) != 0;
    };
    MeasureState& state = enter.state;
    RingWalk women(a.ws.women_ring, state.ring_offset, passes_attributes, state.women_on_ring, is_candidate);
    RingWalk others(a.ws.others_ring, state.ring_offset, passes_attributes, state.others_on_ring, is_candidate);
    take_entrants(women, others, state.need - enter.taken, women_owed - static_cast<std::int64_t>(enter.entries_women),
                  enter);
}

// Hires that would have happened anyway (employer_demand.deadweight_share) come first:
// free eligible persons who integrate this month without the measure, in stock order
// from the measure's random offset. Their entry is their integration, so they add none
// (docs/effects.md section 8).
void fill_deadweight(Allocation& a, MeasureEntry& enter) {
    const MeasureSpec& spec = enter.spec;
    MeasureState& state = enter.state;
    const std::uint64_t bit = std::uint64_t{1} << enter.k;
    if (state.need <= 0 || enter.carry_over || !(spec.deadweight_share > 0) || ((a.open_random | a.open_ruled) & bit) == 0)
        return;
    const PersonColumns& stock = a.ws.stock;
    const auto anyway =
        static_cast<std::int64_t>(deadweight_entries(spec, state.entries_this_year, static_cast<double>(state.need)));
    const std::size_t persons = stock.size();
    for (std::size_t step = 0; step < persons && enter.taken < anyway; ++step) {
        const auto person = static_cast<std::uint32_t>((state.ring_offset + step) % persons);
        if (stock.measure[person] != 0 || (a.eligible_mask(person) & bit) == 0) continue;
        if (!integrates_without_measure(a.model, a.ws, a.month, person)) continue;
        if (!enter(person)) break;
    }
}

// A rule-ordered measure takes its entrants from its candidate lists. When earlier
// measures took more of a list than its margin, the free persons are offered again to
// longer lists, until the measure is full or every candidate has been read.
void fill_ruled(Allocation& a, MeasureEntry& enter, std::int64_t women_owed) {
    const std::uint64_t bit = std::uint64_t{1} << enter.k;
    PersonColumns& stock = a.ws.stock;
    MeasureState& state = enter.state;
    for (std::size_t limit = rule_list_limit(state.need);; limit *= 4) {
        state.women.finish();
        state.others.finish();
        const bool lists_full =
            state.women.items().size() == state.women.limit() || state.others.items().size() == state.others.limit();
        ListWalk women(state.women, stock.measure.data()), others(state.others, stock.measure.data());
        take_entrants(women, others, state.need - enter.taken, women_owed - static_cast<std::int64_t>(enter.entries_women),
                      enter);
        if (enter.taken >= state.need || !lists_full || women.find() || others.find() || limit >= stock.size()) break;
        state.women.start(4 * limit);
        state.others.start(4 * limit);
        for (std::size_t i = 0; i < stock.size(); ++i) {
            if (stock.measure[i] != 0) continue;
            const int months_in_benefit = months_in(stock.history[i]);
            const int since_entry = a.month - stock.month_stamp[i];
            if ((a.eligible_for(i, months_in_benefit, since_entry) & bit) != 0)
                a.offer_to_rule_lists(i, a.women_rule() && a.model.cell_is_woman[stock.cell[i]] != 0, bit,
                                      months_in_benefit, since_entry);
        }
    }
}

// One measure's month: its entrants, then its entries, participant-months and spend.
void Allocation::fill_measure(std::size_t k) {
    const MeasureSpec& spec = model.measures[k].spec;
    MeasureState& state = ws.measures[k];
    MeasureEntry enter{*this, k, spec, state, carries_over(spec, month)};
    const std::int64_t women_owed = women_needed(*this, state, enter.carry_over);
    const std::uint64_t bit = std::uint64_t{1} << k;
    fill_deadweight(*this, enter);
    if ((open_random & bit) != 0) fill_random(*this, enter, women_owed);
    else if ((open_ruled & bit) != 0) fill_ruled(*this, enter, women_owed);

    state.entries += enter.entries;
    state.entries_women += enter.entries_women;
    state.entries_this_year += enter.entries;
    tally[layout.measure(MeasureField::Entries, k)] += enter.entries;
    tally[layout.measure(MeasureField::EntriesWomen, k)] += enter.entries_women;
    tally[layout.measure(MeasureField::ParticipantMonths, k)] += static_cast<double>(state.occupied);
    const double spend = monthly_spend(spec, month, enter.entries, static_cast<double>(state.occupied));
    tally[layout.measure(MeasureField::Spend, k)] += spend;
    if (spec.egt_funded) tally[layout.monthly(MonthlyField::SpendEgt, m())] += spend;
}

}  // namespace

void allocate_measures(const Model& model, StreamKey key, int month, Workspace& ws,
                       const TallyLayout& layout, std::span<double> tally) {
    if (model.measures.empty()) return;
    Allocation a{model, key, month, ws, layout, tally};
    a.open_measures();
    const std::int64_t women_in_stock = a.fill_rings_and_lists();
    a.count_rings_by_cell();
    a.women_share = model.scenario.women_share_min.value_or(
        ws.stock.empty() ? 0.0 : static_cast<double>(women_in_stock) / static_cast<double>(ws.stock.size()));
    for (std::size_t k = 0; k < model.measures.size(); ++k) a.fill_measure(k);
}

}  // namespace intsim
