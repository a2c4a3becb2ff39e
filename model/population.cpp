#include "model/population.hpp"

#include <algorithm>
#include <cmath>

#include "engine/statistics.hpp"

#include "model/model.hpp"
#include "model/monthly_rules.hpp"

namespace intsim {

Stratum gap_stratum(std::uint16_t cell, int months, int old_months, double expected) {
    Stratum s{cell, static_cast<std::uint8_t>(months), expected};
    s.flat_months = static_cast<std::uint8_t>(old_months);
    s.history = stratum_history(months, old_months);
    s.month_stamp = static_cast<std::int16_t>(old_months - months);  // the current spell began then
    return s;
}

int flat_months_of(std::uint32_t history) {
    history &= kHistoryMask;
    const int months = months_in(history);
    if (months < kLtrMinMonths) {
        // The month the history, moved on in benefit, reaches the line; a count that grows
        // from `months` after f flat months reaches it f + 21 - months months on.
        for (int t = 1; t <= kHistoryMonths; ++t)
            if (months_in(((history << t) | ((1u << t) - 1u)) & kHistoryMask) >= kLtrMinMonths)
                return t - (kLtrMinMonths - months);
        return 0;
    }
    if (history == kHistoryMask) return 0;
    int top = 0;
    while (top < kHistoryMonths && ((history >> (kHistoryMonths - 1 - top)) & 1u) != 0) ++top;
    return top;
}

std::vector<Stratum> spell_profile_strata(const Model& model) {
    const Scenario& s = model.scenario;
    const double stock = static_cast<double>(s.start_elb);
    std::vector<Stratum> strata;
    for (int c = 0; c < model.cell_count; ++c)
        strata.push_back(gap_stratum(static_cast<std::uint16_t>(c), kHistoryMonths, 0,
                                     stock * model.stock_cell_share[static_cast<std::size_t>(c)] * s.start_ltr_share));
    for (std::size_t d = 0; d < s.non_ltr_spell_share.size(); ++d)
        for (int c = 0; c < model.cell_count; ++c)
            strata.push_back(gap_stratum(static_cast<std::uint16_t>(c), static_cast<int>(d + 1), 0,
                                         stock * model.stock_cell_share[static_cast<std::size_t>(c)] *
                                             (1.0 - s.start_ltr_share) * s.non_ltr_spell_share[d]));
    return strata;
}

int returner_flat_months(int months_at_exit, int away) {
    if (away < 2 || months_at_exit < 1) return 0;
    const int old_in_window = std::min(months_at_exit, kHistoryMonths - away);
    const bool fills_window = months_at_exit >= kHistoryMonths - away;
    return fills_window || away > kHistoryMonths - kLtrMinMonths + 1 ? old_in_window : 0;
}

std::vector<double> cumulative_expected(const std::vector<double>& expected) {
    std::vector<double> cumulative(expected.size());
    CompensatedSum sum;
    double previous = 0.0;
    for (std::size_t k = 0; k < expected.size(); ++k) {
        sum.add(expected[k]);
        previous = cumulative[k] = std::max(previous, sum.value());
    }
    if (cumulative.empty()) return cumulative;
    const double whole = std::nearbyint(cumulative.back());
    if (std::fabs(cumulative.back() - whole) > 1e-6 * std::max(1.0, whole)) return cumulative;
    std::size_t last = expected.size();
    while (last > 0 && !(expected[last - 1] > 0.0)) --last;
    for (std::size_t k = 0; k < cumulative.size(); ++k)
        cumulative[k] = k + 1 >= last ? whole : std::min(cumulative[k], whole);
    return cumulative;
}

namespace {

// floor(C + u), computed as floor(C) + floor(frac(C) + u): C + u itself can round up
// to the next whole number when C is large (3.9 million + 0.99999999988 does), which
// would add a person; frac(C) is exact, and frac(C) + u rounds only within 1e-16 of 1.
std::int64_t persons_up_to(double cumulative, double offset) {
    const double whole = std::floor(cumulative);
    return static_cast<std::int64_t>(whole) + static_cast<std::int64_t>(std::floor((cumulative - whole) + offset));
}

}  // namespace

std::vector<std::int64_t> systematic_counts(const std::vector<double>& expected, double offset) {
    const std::vector<double> cumulative = cumulative_expected(expected);
    std::vector<std::int64_t> counts(expected.size());
    std::int64_t before = static_cast<std::int64_t>(std::floor(offset));
    for (std::size_t k = 0; k < expected.size(); ++k) {
        const std::int64_t upto = persons_up_to(cumulative[k], offset);
        counts[k] = upto - before;
        before = upto;
    }
    return counts;
}

namespace {

// The first stratum from `from` on that gets a person with offset u: the count up to a
// stratum, floor(C_k + u), grows with k, so a search that doubles its step and then halves
// it finds it in the few steps the distance takes (a warm start has thousands of strata,
// many of them holding far less than a person).
template <class Strata>
std::size_t next_with_persons(const Strata& strata, std::size_t from, std::int64_t before, double offset) {
    const std::size_t n = strata.size();
    const auto beyond = [&](std::size_t k) { return persons_up_to(strata[k].cumulative, offset) > before; };
    if (from >= n || beyond(from)) return from;
    std::size_t low = from, step = 1;  // !beyond(low)
    std::size_t high = n;               // beyond(high) or the end
    while (low + step < n) {
        if (beyond(low + step)) {
            high = low + step;
            break;
        }
        low += step;
        step *= 2;
    }
    while (high - low > 1) {
        const std::size_t mid = low + (high - low) / 2;
        (beyond(mid) ? high : low) = mid;
    }
    return high;
}

// Calls visit(stratum, persons) for each stratum the systematic draw with offset u gives
// persons: the same arithmetic as systematic_counts(), without a vector per replication.
template <class Strata, class Visit>
void for_each_drawn_stratum(const Strata& strata, double offset, Visit visit) {
    std::int64_t before = static_cast<std::int64_t>(std::floor(offset));
    for (std::size_t k = next_with_persons(strata, 0, before, offset); k < strata.size();
         k = next_with_persons(strata, k + 1, before, offset)) {
        const std::int64_t upto = persons_up_to(strata[k].cumulative, offset);
        visit(strata[k], upto - before);
        before = upto;
    }
}

}  // namespace

void fill_start_population(const Model& model, double offset, PersonColumns& persons) {
    persons.clear();
    std::uint32_t uid = 0;
    for_each_drawn_stratum(model.start_strata, offset, [&](const Stratum& stratum, std::int64_t count) {
        for (std::int64_t n = 0; n < count; ++n) {
            persons.uid.push_back(uid++);
            persons.history.push_back(stratum.history);
            persons.cell.push_back(stratum.cell);
            persons.month_stamp.push_back(stratum.month_stamp);
            persons.measure.push_back(0);
            persons.measure_left.push_back(0);
            persons.post_measure.push_back(0);
            persons.effect_month.push_back(0);
        }
    });
}

void fill_start_pool(const Model& model, StreamKey key, double offset, std::uint32_t first_uid, PersonColumns& pool) {
    pool.clear();
    const Scenario& s = model.scenario;
    const double rate = s.reentry_monthly_rate;
    if (model.start_pool.empty()) return;
    std::uint32_t uid = first_uid;
    for_each_drawn_stratum(model.start_pool, offset, [&](const PoolStratum& stratum, std::int64_t count) {
        for (std::int64_t n = 0; n < count; ++n, ++uid) {
            // Months from the first month to the return: the memoryless law of the
            // re-entry delay for someone who left `away` months ago and is not back yet.
            const int delay = reentry_delay(rate, s.reentry_within_months - stratum.away + 1,
                                            random_words(key, uid, 0, Stream::Start)[0]);
            if (delay == 0) continue;
            const int wait = delay - 1;
            const int away = stratum.away + wait;
            if (away > s.reentry_within_months || wait >= model.months) continue;
            const std::uint32_t history = history_on_return(stratum.history, away);
            pool.uid.push_back(uid);
            pool.history.push_back(history);
            pool.cell.push_back(stratum.cell);
            pool.month_stamp.push_back(static_cast<std::int16_t>(wait));
            pool.measure.push_back(0);
            pool.measure_left.push_back(0);
            pool.post_measure.push_back(0);
            pool.effect_month.push_back(0);
        }
    });
}

}  // namespace intsim
