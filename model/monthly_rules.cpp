#include "model/monthly_rules.hpp"

#include <algorithm>
#include <cmath>

#include "engine/rng.hpp"

namespace intsim {

namespace {

// The month of the first success of a monthly chance q in (0, 1), drawn from one word:
// P(month > k) = (1 - q)^k. A double, as large as the draw makes it: callers cap it.
double first_success_month(double q, std::uint32_t word) {
    return 1.0 + std::floor(std::log(uniform_open01(word)) / std::log1p(-q));
}

}  // namespace

bool measure_active(const MeasureSpec& measure, int month) {
    return month >= measure.start_month && month < measure.end_month;
}

int month_of_measure_year(const MeasureSpec& measure, int month) { return (month - measure.start_month) % 12; }

int months_left_in_measure_year(const MeasureSpec& measure, int month) {
    return 12 - month_of_measure_year(measure, month);
}

double commitment_at_month_start(const MeasureSpec& measure, int month, double committed) {
    return measure_active(measure, month) && month_of_measure_year(measure, month) == 0 ? 0.0 : committed;
}

double budget_allowed(const MeasureSpec& measure, int month) {
    return measure.capacity * (month_of_measure_year(measure, month) + 1) / 12.0;
}

double entries_wanted(const MeasureSpec& measure, int month, double occupied, double committed,
                      double cost_per_entry) {
    if (!measure_active(measure, month)) return 0.0;
    switch (measure.capacity_kind) {
        case CapacityKind::Slots:
            return std::max(0.0, static_cast<double>(std::llround(measure.capacity)) - occupied);
        case CapacityKind::Entries: {
            // The 1e-9 keeps a whole yearly total from losing an entry to rounding.
            const int j = month - measure.start_month;
            const auto cumulative = [&](int months) { return std::floor(measure.capacity * months / 12.0 + 1e-9); };
            return cumulative(j + 1) - cumulative(j);
        }
        case CapacityKind::Budget: {
            const double room = budget_allowed(measure, month) - committed;
            return room < cost_per_entry ? 0.0 : room / cost_per_entry;
        }
    }
    return 0.0;
}

double entries_within_demand(const MeasureSpec& measure, int month, double wanted, double entries_this_year) {
    if (!measure.employer_ceiling) return wanted;
    const int j = month_of_measure_year(measure, month);
    const double allowed = std::floor(*measure.employer_ceiling * (j + 1) / 12.0 + 1e-9) - entries_this_year;
    return std::min(wanted, std::max(0.0, allowed));
}

double deadweight_entries(const MeasureSpec& measure, double entries_before, double entries) {
    const double d = measure.deadweight_share;
    if (!(d > 0)) return 0.0;
    return std::floor(d * (entries_before + entries) + 1e-9) - std::floor(d * entries_before + 1e-9);
}

double entry_commitment(const MeasureSpec& measure, double months_paid) {
    return measure.cost_per_entry + measure.cost_per_participant_month * months_paid;
}

double unused_commitment(const MeasureSpec& measure, int month, int months_left) {
    if (measure.capacity_kind != CapacityKind::Budget) return 0.0;
    const int remaining_in_year = months_left_in_measure_year(measure, month) - 1;
    return measure.cost_per_participant_month * std::min(months_left - 1, remaining_in_year);
}

double monthly_spend(const MeasureSpec& measure, int month, double entries, double participants) {
    double spend = measure.cost_per_entry * entries + measure.cost_per_participant_month * participants;
    if (measure_active(measure, month)) {
        if (measure.capacity_kind == CapacityKind::Slots) spend += measure.cost_per_slot_month * measure.capacity;
        spend += measure.cost_fixed / 12.0;
    }
    return spend;
}

int fixed_duration_months(const MeasureSpec& measure) {
    return std::clamp(static_cast<int>(std::lround(measure.duration_months)), 1, 255);
}

double geometric_continue_probability(const MeasureSpec& measure) {
    return measure.duration_months > 1 ? 1.0 - 1.0 / measure.duration_months : 0.0;
}

int draw_measure_duration(const MeasureSpec& measure, std::uint32_t word) {
    if (measure.duration_kind == DurationKind::Fixed) return fixed_duration_months(measure);
    // P(d > k) = (1 - q)^k: the first success of a monthly chance q = 1 / mean.
    const double q = 1.0 / measure.duration_months;
    if (q >= 1.0) return 1;
    return static_cast<int>(std::min(first_success_month(q, word), 255.0));
}

int carried_over_months_left(const MeasureSpec& measure, std::uint32_t word) {
    const int duration = draw_measure_duration(measure, word);
    if (measure.duration_kind != DurationKind::Fixed) return duration;
    return 1 + static_cast<int>(word % static_cast<std::uint32_t>(duration));
}

double expected_months_within(const MeasureSpec& measure, int months) {
    if (measure.duration_kind == DurationKind::Fixed) return std::min(fixed_duration_months(measure), months);
    const double stay = geometric_continue_probability(measure);
    double total = 0, p = 1;
    for (int j = 0; j < months; ++j, p *= stay) total += p;
    return total;
}

std::uint16_t newcomer_cell(std::span<const double> inflow_cell_cdf, std::uint32_t word) {
    const double u = uniform_open01(word);
    return static_cast<std::uint16_t>(std::upper_bound(inflow_cell_cdf.begin(), inflow_cell_cdf.end() - 1, u) -
                                      inflow_cell_cdf.begin());
}

int reentry_delay(double rate, int within, std::uint32_t word) {
    if (!(rate > 0.0)) return 0;
    int delay = 1;
    if (rate < 1.0) {
        const double d = first_success_month(rate, word);
        if (!(d <= static_cast<double>(within))) return 0;
        delay = static_cast<int>(d);
    }
    return delay > within ? 0 : delay;
}

}  // namespace intsim
