#include "models/allocation.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace intsim {

namespace {

bool active(const MeasureSpec& measure, int month) {
    return month >= measure.start_month && month < measure.end_month;
}

// Months since the measure started, within its own year: budgets and entry quotas are
// per year.
int month_of_measure_year(const MeasureSpec& measure, int month) {
    return (month - measure.start_month) % 12;
}

double cheapest_entry(const MeasureSpec& measure) {
    return measure.cost_per_entry + measure.cost_per_participant_month;
}

double entry_commitment(const MeasureSpec& measure, int month, int duration) {
    const int remaining_in_year = 12 - month_of_measure_year(measure, month);
    return measure.cost_per_entry + measure.cost_per_participant_month * std::min(duration, remaining_in_year);
}

// How many persons measure k wants this month.
std::int64_t entries_wanted(const MeasureSpec& measure, MeasureState& state, int month,
                            std::size_t stock_size) {
    if (!active(measure, month)) return 0;
    const int j = month - measure.start_month;
    switch (measure.capacity_kind) {
        case CapacityKind::Slots:
            return std::max<std::int64_t>(0, std::llround(measure.capacity) - state.occupied);
        case CapacityKind::Entries: {
            // Planned entries per year, spread evenly: floor((j+1) E / 12) - floor(j E / 12).
            const auto cumulative = [&](int months) {
                return static_cast<std::int64_t>(std::floor(measure.capacity * months / 12.0 + 1e-9));
            };
            return cumulative(j + 1) - cumulative(j);
        }
        case CapacityKind::Budget: {
            const int into_year = month_of_measure_year(measure, month);
            if (into_year == 0) state.committed = 0.0;
            const double allowed = measure.capacity * (into_year + 1) / 12.0;
            const double room = allowed - state.committed;
            if (room < cheapest_entry(measure)) return 0;
            return std::min<std::int64_t>(static_cast<std::int64_t>(stock_size),
                                          static_cast<std::int64_t>(room / cheapest_entry(measure)));
        }
    }
    return 0;
}

// Each measure ranks candidates by its own random order; with one shared order, every
// measure would want the same few persons and the later measures would find them taken.
// MurmurHash3's 32-bit finaliser mixes the person's word with the measure index.
std::uint32_t measure_random(std::uint32_t word, std::size_t measure) {
    std::uint32_t h = word ^ (static_cast<std::uint32_t>(measure + 1) * 0x9E3779B9u);
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

// Smaller keys are served first: random order, or the rule's order with random ties.
std::uint64_t priority_key(Priority priority, std::uint32_t random, int months_in_benefit,
                           int months_since_entry) {
    const auto since = static_cast<std::uint64_t>(std::clamp(months_since_entry, 0, 0xFFFF));
    switch (priority) {
        case Priority::Random:
            return random;
        case Priority::LongestInBenefit:
            return (static_cast<std::uint64_t>(kHistoryMonths - months_in_benefit) << 48) |
                   ((0xFFFFu - since) << 32) | random;
        case Priority::Newest:
            return (since << 32) | random;
    }
    return random;
}

void offer(std::vector<Candidate>& heap, std::size_t limit, Candidate candidate) {
    if (heap.size() < limit) {
        heap.push_back(candidate);
        std::push_heap(heap.begin(), heap.end());
    } else if (candidate.key < heap.front().key) {
        std::pop_heap(heap.begin(), heap.end());
        heap.back() = candidate;
        std::push_heap(heap.begin(), heap.end());
    }
}

}  // namespace

int draw_measure_duration(const MeasureSpec& measure, std::uint32_t word) {
    if (measure.duration_kind == DurationKind::Fixed)
        return std::clamp(static_cast<int>(std::lround(measure.duration_months)), 1, 255);
    // Geometric on 1, 2, ... with the given mean: P(d > k) = (1 - 1/mean)^k.
    const double q = 1.0 / measure.duration_months;
    if (q >= 1.0) return 1;
    const double u = uniform_open01(word);
    const double d = 1.0 + std::floor(std::log(u) / std::log1p(-q));
    return static_cast<int>(std::min(d, 255.0));
}

void allocate_measures(const Model& model, StreamKey key, int month, Workspace& ws,
                       const TallyLayout& layout, std::span<double> tally) {
    const std::size_t measure_count = model.measures.size();
    if (measure_count == 0) return;
    const Scenario& s = model.scenario;
    PersonColumns& stock = ws.stock;
    const auto m = static_cast<std::size_t>(month);

    // Which measures have room, and for how many.
    std::uint64_t open = 0;
    for (std::size_t k = 0; k < measure_count; ++k) {
        MeasureState& state = ws.measures[k];
        state.need = entries_wanted(model.measures[k].spec, state, month, stock.size());
        state.women.clear();
        state.others.clear();
        // Room for candidates that another measure takes first this month.
        state.heap_limit = static_cast<std::size_t>(state.need + state.need / 2 + 8);
        if (state.need > 0) open |= std::uint64_t{1} << k;
    }

    // One pass: every free person offers itself to each open measure it is eligible for.
    double women_in_stock = 0;
    const bool women_rule = s.women_share_rule;
    for (std::size_t i = 0; i < stock.size(); ++i) {
        const std::uint16_t cell = stock.cell[i];
        women_in_stock += model.cell_is_woman[cell];
        if (stock.measure[i] != 0 || open == 0) continue;
        const int months_in_benefit = months_in(stock.history[i]);
        const int since_entry = month - stock.month_stamp[i];
        std::uint64_t eligible = open & model.eligibility.by_cell[cell] &
                                 model.eligibility.by_months_in_benefit[static_cast<std::size_t>(months_in_benefit)] &
                                 model.eligibility.by_months_since_entry[static_cast<std::size_t>(
                                     std::min(since_entry, kNewCustomerMonthsCap))];
        if (eligible == 0) continue;
        const std::uint32_t random =
            random_words(key, stock.uid[i], static_cast<std::uint32_t>(month), Stream::Allocation)[0];
        const bool woman = women_rule && model.cell_is_woman[cell];
        while (eligible != 0) {
            const int k = std::countr_zero(eligible);
            eligible &= eligible - 1;
            MeasureState& state = ws.measures[static_cast<std::size_t>(k)];
            const Candidate candidate{
                priority_key(model.measures[static_cast<std::size_t>(k)].spec.priority,
                             measure_random(random, static_cast<std::size_t>(k)),
                             months_in_benefit, since_entry),
                static_cast<std::uint32_t>(i)};
            offer(woman ? state.women : state.others, state.heap_limit, candidate);
        }
    }
    const double women_share = s.women_share_min.value_or(
        stock.empty() ? 0.0 : women_in_stock / static_cast<double>(stock.size()));

    for (std::size_t k = 0; k < measure_count; ++k) {
        const MeasureSpec& spec = model.measures[k].spec;
        MeasureState& state = ws.measures[k];
        const bool carry_over = month == 0 && spec.capacity_kind == CapacityKind::Slots;
        std::sort_heap(state.women.begin(), state.women.end());
        std::sort_heap(state.others.begin(), state.others.end());

        // Women needed so that the running share of women among entries stays >= share.
        std::int64_t women_needed = 0;
        if (women_rule && !carry_over && state.need > 0)
            women_needed = std::max<std::int64_t>(
                0, static_cast<std::int64_t>(std::ceil(women_share * (state.entries + state.need) - 1e-9)) -
                       static_cast<std::int64_t>(state.entries_women));

        std::size_t next_woman = 0, next_other = 0;
        double entries = 0, entries_women = 0;
        std::int64_t taken = 0;
        while (taken < state.need) {
            // Pick the next free candidate: women first while the rule asks for them.
            while (next_woman < state.women.size() && stock.measure[state.women[next_woman].person] != 0) ++next_woman;
            while (next_other < state.others.size() && stock.measure[state.others[next_other].person] != 0) ++next_other;
            const bool have_woman = next_woman < state.women.size();
            const bool have_other = next_other < state.others.size();
            if (!have_woman && !have_other) break;
            const bool take_woman = have_woman && (!have_other || taken < women_needed ||
                                                   state.women[next_woman].key < state.others[next_other].key);
            const std::uint32_t person = take_woman ? state.women[next_woman++].person
                                                    : state.others[next_other++].person;
            const std::uint16_t cell = stock.cell[person];
            const std::uint32_t duration_word =
                random_words(key, stock.uid[person], static_cast<std::uint32_t>(month), Stream::Allocation)[1];
            int duration = draw_measure_duration(spec, duration_word);
            if (carry_over && spec.duration_kind == DurationKind::Fixed)
                duration = 1 + static_cast<int>(duration_word % static_cast<std::uint32_t>(duration));
            if (spec.capacity_kind == CapacityKind::Budget) {
                const double commitment = entry_commitment(spec, month, duration);
                const double allowed = spec.capacity * (month_of_measure_year(spec, month) + 1) / 12.0;
                if (state.committed + commitment > allowed + 1e-6) break;
                state.committed += commitment;
            }
            ++taken;
            stock.measure[person] = static_cast<std::uint8_t>(k + 1);
            stock.measure_left[person] = static_cast<std::uint8_t>(duration);
            stock.post_measure[person] = 0;
            stock.post_left[person] = 0;
            if (carry_over) {
                state.occupied += 1;
                continue;
            }
            entries += 1;
            entries_women += model.cell_is_woman[cell];
            if (spec.integration_on_entry && spec.counts_as_integration) {
                const bool ltr = months_in(stock.history[person]) >= kLtrMinMonths;
                tally[layout.monthly(MonthlyField::Integrations, m)] += 1;
                tally[layout.monthly(MonthlyField::IntegrationsWomen, m)] += model.cell_is_woman[cell];
                tally[layout.monthly(MonthlyField::IntegrationsSingleParents, m)] += model.cell_is_single_parent[cell];
                tally[layout.monthly(MonthlyField::IntegrationsLtr, m)] += ltr;
                tally[layout.measure(MeasureField::IntegrationsAfter, k)] += 1;
            }
            if (spec.integration_on_entry && spec.leaves_benefit)
                stock.measure_left[person] = 0;  // leaves the stock in this month's transition pass
            else
                state.occupied += 1;
        }
        state.entries += entries;
        state.entries_women += entries_women;
        tally[layout.measure(MeasureField::Entries, k)] += entries;
        tally[layout.measure(MeasureField::EntriesWomen, k)] += entries_women;
        tally[layout.measure(MeasureField::ParticipantMonths, k)] += static_cast<double>(state.occupied);

        // The month's money: places paid whether filled or not, participants, entries,
        // and commitments carried over from earlier years.
        double spend = spec.cost_per_entry * entries +
                       spec.cost_per_participant_month * static_cast<double>(state.occupied);
        if (active(spec, month)) {
            if (spec.capacity_kind == CapacityKind::Slots) spend += spec.cost_per_slot_month * spec.capacity;
            spend += spec.cost_fixed / 12.0;
        }
        tally[layout.measure(MeasureField::Spend, k)] += spend;
        if (spec.egt_funded) tally[layout.monthly(MonthlyField::SpendEgt, m)] += spend;
    }
}

}  // namespace intsim
