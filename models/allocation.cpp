#include "models/allocation.hpp"

#include "engine/bytewise.hpp"

#include <algorithm>
#include <array>
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
// A person's orders for the month derive from the 64-bit allocation seed of its month
// block (words 2-3, see draw_month_words): mix64(seed + t * gamma) with
//   t = 0        the duration word,
//   t = 1 .. 8   coarse keys: byte b of block j is the top byte of measure 8j + b's key,
//   t = 9 .. 72  the low 24 bits of measure k's key (t = 9 + k).
// The coarse bytes let one 64-bit word rule out eight measures at a time (see below).
constexpr int kMeasuresPerBlock = 8;
constexpr int kBlocks = kMaxMeasures / kMeasuresPerBlock;

std::uint64_t coarse_block(std::uint64_t seed, int block) {
    return mix64(seed + static_cast<std::uint64_t>(block + 1) * kGoldenGamma);
}

// The top byte of measure k's random key, from its coarse block.
std::uint32_t coarse_byte(std::uint64_t block, std::size_t measure) {
    return static_cast<std::uint32_t>(block >> (8 * (measure % kMeasuresPerBlock))) & 0xFFu;
}

// The low 24 bits of measure k's random key.
std::uint32_t fine_bits(std::uint64_t seed, std::size_t measure) {
    return static_cast<std::uint32_t>(mix64(seed + static_cast<std::uint64_t>(1 + kBlocks + measure) * kGoldenGamma) >> 40);
}

std::uint32_t duration_word(std::uint64_t seed) { return static_cast<std::uint32_t>(mix64(seed) >> 32); }

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

// The coarse filter of one list: a candidate of a random-order measure can be among the
// best only if its key's top byte is <= that of the list's threshold; for the other
// measures byte 0xFF lets everyone through to the exact comparison.
std::uint8_t coarse_cutoff(const CandidateList& list, Priority priority) {
    if (priority != Priority::Random || list.threshold() > 0xFFFFFFFFu) return 0xFF;
    return static_cast<std::uint8_t>(list.threshold() >> 24);
}

void set_byte(std::uint64_t& word, int byte, std::uint8_t value) {
    const int shift = 8 * byte;
    word = (word & ~(std::uint64_t{0xFF} << shift)) | (std::uint64_t{value} << shift);
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

void allocate_measures(const Model& model, int month, Workspace& ws,
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
        // Room for candidates that another measure takes first this month.
        const auto limit = static_cast<std::size_t>(state.need + state.need / 2 + 8);
        const bool random_order = model.measures[k].spec.priority == Priority::Random;
        state.women.start(limit, random_order);
        state.others.start(limit, random_order);
        if (state.need > 0) open |= std::uint64_t{1} << k;
    }

    // One pass: every free person offers itself to each open measure it is eligible for.
    // Most offers would be turned away, so the person first compares the top bytes of
    // its keys with each list's threshold, eight measures per operation, and only the
    // few that may get in are ranked exactly. The filter never turns away a candidate
    // that the list would take, so the lists end as without it.
    std::array<std::array<std::uint64_t, kBlocks>, 2> cutoff{};  // [woman][block]: coarse bytes
    for (std::size_t k = 0; k < measure_count; ++k) {
        const Priority priority = model.measures[k].spec.priority;
        set_byte(cutoff[0][k / kMeasuresPerBlock], static_cast<int>(k % kMeasuresPerBlock),
                 coarse_cutoff(ws.measures[k].others, priority));
        set_byte(cutoff[1][k / kMeasuresPerBlock], static_cast<int>(k % kMeasuresPerBlock),
                 coarse_cutoff(ws.measures[k].women, priority));
    }
    std::int64_t women_in_stock = 0;
    const bool women_rule = s.women_share_rule;
    // Offers person i to the measures in `candidates`; coarse[j] is its coarse block j
    // (computed for every block that holds one of the measures).
    const auto offer_to = [&](std::size_t i, std::uint64_t candidates, bool woman, int months_in_benefit,
                              int since_entry, std::uint64_t seed, const std::array<std::uint64_t, kBlocks>& coarse) {
        for (; candidates != 0; candidates &= candidates - 1) {
            const auto k = static_cast<std::size_t>(std::countr_zero(candidates));
            MeasureState& state = ws.measures[k];
            const Priority priority = model.measures[k].spec.priority;
            CandidateList& list = woman ? state.women : state.others;
            // The key with its low 24 bits cleared is a lower bound: most offers to a
            // rule-ordered measure end here, before the fine bits are mixed.
            const std::uint32_t top = coarse_byte(coarse[k / kMeasuresPerBlock], k) << 24;
            if (priority_key(priority, top, months_in_benefit, since_entry) > list.threshold()) continue;
            const Candidate candidate{
                priority_key(priority, top | fine_bits(seed, k), months_in_benefit, since_entry),
                static_cast<std::uint32_t>(i)};
            if (list.offer(candidate))
                set_byte(cutoff[woman ? 1 : 0][k / kMeasuresPerBlock], static_cast<int>(k % kMeasuresPerBlock),
                         coarse_cutoff(list, priority));
        }
    };
    const auto eligible_for = [&](std::size_t i, int months_in_benefit, int since_entry) {
        return open & model.eligibility.by_cell[stock.cell[i]] &
               model.eligibility.by_months_in_benefit[static_cast<std::size_t>(months_in_benefit)] &
               model.eligibility.by_months_since_entry[static_cast<std::size_t>(std::min(since_entry, kNewCustomerMonthsCap))];
    };
    for (std::size_t i = 0; i < stock.size(); ++i) {
        const std::uint16_t cell = stock.cell[i];
        women_in_stock += model.cell_is_woman[cell];
        if (stock.measure[i] != 0 || open == 0) continue;
        const int months_in_benefit = months_in(stock.history[i]);
        const int since_entry = month - stock.month_stamp[i];
        const std::uint64_t eligible = eligible_for(i, months_in_benefit, since_entry);
        if (eligible == 0) continue;
        const std::uint64_t seed = ws.word_allocation[i];
        const bool woman = women_rule && model.cell_is_woman[cell];
        const std::array<std::uint64_t, kBlocks>& cut = cutoff[woman ? 1 : 0];
        std::array<std::uint64_t, kBlocks> coarse;
        std::uint64_t may_enter = 0;
        for (std::uint64_t blocks = eligible; blocks != 0;) {
            const int j = std::countr_zero(blocks) / kMeasuresPerBlock;
            coarse[static_cast<std::size_t>(j)] = coarse_block(seed, j);
            may_enter |= static_cast<std::uint64_t>(bytes_at_most(coarse[static_cast<std::size_t>(j)], cut[static_cast<std::size_t>(j)]))
                         << (kMeasuresPerBlock * j);
            blocks &= ~(std::uint64_t{0xFF} << (kMeasuresPerBlock * j));
        }
        offer_to(i, eligible & may_enter, woman, months_in_benefit, since_entry, seed, coarse);
    }
    // Rarely, a list's starting threshold (learnt last month) was too low: offer that
    // list everyone again, without a threshold.
    for (std::size_t k = 0; k < measure_count; ++k) {
        for (const bool woman_list : {false, true}) {
            MeasureState& state = ws.measures[k];
            CandidateList& list = woman_list ? state.women : state.others;
            if (state.need <= 0 || (woman_list && !women_rule) || list.complete()) continue;
            list.restart();
            for (std::size_t i = 0; i < stock.size(); ++i) {
                const bool woman = women_rule && model.cell_is_woman[stock.cell[i]];
                if (stock.measure[i] != 0 || woman != woman_list) continue;
                const int months_in_benefit = months_in(stock.history[i]);
                const int since_entry = month - stock.month_stamp[i];
                const std::uint64_t eligible = eligible_for(i, months_in_benefit, since_entry) & (std::uint64_t{1} << k);
                if (eligible == 0) continue;
                std::array<std::uint64_t, kBlocks> coarse;
                coarse[k / kMeasuresPerBlock] = coarse_block(ws.word_allocation[i], static_cast<int>(k / kMeasuresPerBlock));
                offer_to(i, eligible, woman, months_in_benefit, since_entry, ws.word_allocation[i], coarse);
            }
        }
    }
    const double women_share = s.women_share_min.value_or(
        stock.empty() ? 0.0 : static_cast<double>(women_in_stock) / static_cast<double>(stock.size()));

    for (std::size_t k = 0; k < measure_count; ++k) {
        const MeasureSpec& spec = model.measures[k].spec;
        MeasureState& state = ws.measures[k];
        const bool carry_over = month == 0 && spec.capacity_kind == CapacityKind::Slots;
        state.women.finish();
        state.others.finish();
        const std::vector<Candidate>& women = state.women.items();
        const std::vector<Candidate>& others = state.others.items();

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
            while (next_woman < women.size() && stock.measure[women[next_woman].person] != 0) ++next_woman;
            while (next_other < others.size() && stock.measure[others[next_other].person] != 0) ++next_other;
            const bool have_woman = next_woman < women.size();
            const bool have_other = next_other < others.size();
            if (!have_woman && !have_other) break;
            const bool take_woman = have_woman && (!have_other || taken < women_needed ||
                                                   women[next_woman].key < others[next_other].key);
            const std::uint32_t person = take_woman ? women[next_woman++].person : others[next_other++].person;
            const std::uint16_t cell = stock.cell[person];
            const std::uint32_t word = duration_word(ws.word_allocation[person]);
            int duration = draw_measure_duration(spec, word);
            if (carry_over && spec.duration_kind == DurationKind::Fixed)
                duration = 1 + static_cast<int>(word % static_cast<std::uint32_t>(duration));
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
