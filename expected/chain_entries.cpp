// Step 2 of the month in expectation: measures take fractions of the eligible free mass,
// in measure order, as the Monte Carlo month takes persons.
#include "expected/chain.hpp"

#include <algorithm>

#include "model/monthly_rules.hpp"

namespace intsim::expected_chain {

double Chain::entries_wanted_now(const MeasureSpec& spec, int k, int month) {
    const auto uk = static_cast<std::size_t>(k);
    committed[uk] = commitment_at_month_start(spec, month, committed[uk]);
    if (month_of_measure_year(spec, month) == 0) entries_this_year[uk] = 0;
    return entries_within_demand(
        spec, month, entries_wanted(spec, month, occupied[uk], committed[uk], expected_entry_commitment(spec, month)),
        entries_this_year[uk]);
}

double Chain::expected_entry_commitment(const MeasureSpec& spec, int month) {
    return entry_commitment(spec, expected_months_within(spec, months_left_in_measure_year(spec, month)));
}

void Chain::allocate(int month) {
    if (measures == 0) return;
    for (int k = 0; k < measures; ++k) {
        double in = 0;
        for (int b : measure_blocks[static_cast<std::size_t>(k)].in)
            if (b >= 0 && blocks[static_cast<std::size_t>(b)].occupied) in += blocks[static_cast<std::size_t>(b)].mass.sum();
        if (carry_none >= 0) in += carried_in(k);
        occupied[static_cast<std::size_t>(k)] = in;
    }
    if (carry_none >= 0) gather_carry_sources();
    // Free persons: no measure (None and after-effect blocks).
    free.setZero();
    for (const auto& b : blocks)
        if (b.kind != BlockKind::In && b.kind != BlockKind::Carry && b.occupied) free += b.mass;
    // The stock's women share only where the women-share rule needs it without a stated
    // minimum: two passes over every block's grid, a tenth of the month otherwise.
    double women_share = 0.0;
    if (s.women_share_rule) {
        if (s.women_share_min) {
            women_share = *s.women_share_min;
        } else {
            const double stock = stock_mass();
            women_share = stock > 0 ? women_mass() / stock : 0.0;
        }
    }
    retained.setOnes();
    // This month's chance of integrating without a measure, for the hires that would
    // have happened anyway (employer_demand.deadweight_share).
    bool any_deadweight = false;
    for (const auto& m : model.measures) any_deadweight = any_deadweight || m.spec.deadweight_share > 0;
    anyway_this_month = false;
    if (any_deadweight) {
        anyway_all.setZero();
        std::fill(class_ready.begin(), class_ready.end(), 0);
        const int calendar = model.calendar_month[static_cast<std::size_t>(month)];
        prepare_class(0, hazard_level(s.integration, calendar, level_of(month).integration),
                      hazard_level(s.exit, calendar, level_of(month).exit));
    }
    std::vector<double> month_entries(static_cast<std::size_t>(measures), 0.0);
    for (int k = 0; k < measures; ++k) {
        const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
        const auto uk = static_cast<std::size_t>(k);
        const double need = entries_wanted_now(spec, k, month);
        const bool carry_over = carries_over(spec, month);
        if (need <= 0) continue;
        candidates = free * eligible[uk];
        // Hires that would have happened anyway come first: in proportion to the
        // chance of integrating this month without a measure (the after-effects'
        // factors left aside: the model's approximation here), their share of the
        // month's entries; the rest as usual from the others.
        const bool deadweight = spec.deadweight_share > 0 && !carry_over;
        double need_rest = need;
        if (deadweight) {
            anyway_share = candidates * p_integrate[0];
            const double integrating = anyway_share.sum();
            const double rate = integrating > 0 ? std::min(1.0, spec.deadweight_share * need / integrating) : 0.0;
            anyway_share = eligible[uk] * p_integrate[0] * rate;
            need_rest = need - rate * integrating;
            candidates *= 1.0 - anyway_share;
            // Shares taken from every free person alike do not change who of the rest
            // integrates: the month's integrators left are (p - a) / (1 - a) of them.
            anyway_all = 1.0 - (1.0 - anyway_all) * (1.0 - anyway_share);
            anyway_this_month = anyway_this_month || rate > 0;
        }
        const double women = (candidates.rowwise().sum() * woman).sum();
        const double men = candidates.sum() - women;
        if (women + men <= 0 && !deadweight) continue;
        double rate_women, rate_men;
        if (need_rest <= 0 || women + men <= 0) {
            rate_women = rate_men = 0.0;
        } else if (women + men <= need_rest) {
            rate_women = rate_men = 1.0;
        } else if (s.women_share_rule && !carry_over) {
            const double required =
                std::clamp(women_share * (entries_so_far[uk] + need) - women_entries_so_far[uk], 0.0, need_rest);
            const double first = std::min(required, women);
            const double rest = need_rest - first;
            const double pool_rest = women - first + men;
            const double women_taken = first + (pool_rest > 0 ? rest * (women - first) / pool_rest : 0.0);
            const double men_taken = pool_rest > 0 ? rest * men / pool_rest : 0.0;
            rate_women = women > 0 ? women_taken / women : 0.0;
            rate_men = men > 0 ? men_taken / men : 0.0;
        } else {
            rate_women = rate_men = need_rest / (women + men);
        }
        const CellColumn rate = woman * rate_women + (1.0 - woman) * rate_men;
        taken_share = eligible[uk].colwise() * rate;
        if (deadweight) taken_share = 1.0 - (1.0 - anyway_share) * (1.0 - taken_share);
        taken = free * taken_share;
        free -= taken;
        const bool carries = carry_none >= 0 && !carry_over && after_effect_runs_through(spec);
        if (carries) carry_into(k, spec);
        lag_returners(taken);
        if (carries) lagged -= carried;
        retained *= 1.0 - taken_share;
        const double entered = taken.sum();
        const double entered_women = (taken.rowwise().sum() * woman).sum();
        if (spec.capacity_kind == CapacityKind::Budget) committed[uk] += entered * expected_entry_commitment(spec, month);
        if (carry_over) {
            place(k, taken, true);
            occupied[uk] += entered;
            continue;
        }
        entries_so_far[uk] += entered;
        entries_this_year[uk] += entered;
        women_entries_so_far[uk] += entered_women;
        month_entries[uk] = entered;
        at(MeasureField::Entries, k) += entered;
        at(MeasureField::EntriesWomen, k) += entered_women;
        if (entry_counts_as_integration(spec))
            count_integrations_on_entry(layout, tally, static_cast<std::size_t>(month), uk,
                                        {entered, entered_women, (taken.rowwise().sum() * single_parent).sum(),
                                         ltr_mass(taken)});
        if (entry_leaves_benefit(spec)) {
            // In the stock this month, gone at its end.
            at(MonthlyField::Exits, month) += entered;
            tally[layout.person_months()] += entered;
            leave(taken);
        } else {
            place(k, lagged, false);
            occupied[uk] += entered;
        }
    }
    if (carry_none >= 0) settle_carries();
    for (auto& b : blocks)
        if (b.kind != BlockKind::In && b.kind != BlockKind::Carry && b.occupied) b.mass *= retained;
    for (int k = 0; k < measures; ++k) book_costs(k, month, month_entries[static_cast<std::size_t>(k)]);
}

void Chain::lag_returners(const Grid& entrants) {
    lagged = entrants;
    for (std::size_t flat = 1; flat < returning.size(); ++flat) {
        if (returning[flat] < 0) continue;  // no re-entry
        const Block& b = blocks[static_cast<std::size_t>(returning[flat])];
        if (!b.occupied) continue;
        const int r = static_cast<int>(flat);
        for (int d = r + 1; d < kLtrMinMonths; ++d) {
            const auto moved = b.mass.col(d) * retained.col(d) * taken_share.col(d);
            lagged.col(d) -= moved;
            lagged.col(d - r) += moved;
        }
    }
}

void Chain::carry_into(int k, const MeasureSpec& spec) {
    const std::size_t n = carry_taken.size();
    const std::size_t slot = spec.duration_kind == DurationKind::Fixed ? static_cast<std::size_t>(fixed_duration_months(spec)) : 0;
    carry_taken.push_back({k, slot});
    carried = retained * taken_share;  // the share, for now
    carry_shares.col(static_cast<Eigen::Index>(n)) = Eigen::Map<const Eigen::ArrayXd>(carried.data(), carried.size());
    carry_share_sum += carried;
    carried *= carry_mass;
}

void Chain::gather_carry_sources() {
    carry_sources.clear();
    carry_taken.clear();
    carry_mass.setZero();
    carry_share_sum.setZero();
    for (const MeasureBlocks& mb : measure_blocks)
        for (int left = 1; left < static_cast<int>(mb.carry.size()); ++left) {
            const int post = mb.post[static_cast<std::size_t>(left)];
            if (!blocks[static_cast<std::size_t>(post)].occupied) continue;
            carry_sources.push_back({post, mb.carry[static_cast<std::size_t>(left)]});
            carry_mass += blocks[static_cast<std::size_t>(post)].mass;
        }
}

void Chain::settle_carries() {
    if (carry_taken.empty()) return;
    const std::size_t taken = carry_taken.size();
    for (const CarrySource& source : carry_sources) {
        const Grid& post = blocks[static_cast<std::size_t>(source.post)].mass;
        Block& carry = blocks[static_cast<std::size_t>(source.carry)];
        std::fill(moved_by.begin(), moved_by.begin() + static_cast<std::ptrdiff_t>(taken), 0.0);
        const double* mass = post.data();
        for (Eigen::Index point = 0; point < post.size(); ++point) {
            const double m = mass[point];
            if (m == 0.0) continue;  // most of an after-effect block's cells stay empty
            const double* share = carry_shares.row(point).data();
            for (std::size_t n = 0; n < taken; ++n) moved_by[n] += m * share[n];
        }
        bool moved_any = false;
        for (std::size_t n = 0; n < taken; ++n) {
            if (!(moved_by[n] > 0)) continue;
            carry.occupancy[static_cast<std::size_t>(carry_taken[n].measure)][carry_taken[n].slot] += moved_by[n];
            moved_any = true;
        }
        if (moved_any) mark(source.carry) += post * carry_share_sum;
    }
}

void Chain::place(int k, const Grid& entrants, bool carry_over) {
    const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
    const auto& in = measure_blocks[static_cast<std::size_t>(k)].in;
    if (spec.duration_kind == DurationKind::Geometric) {
        mark(in[0]) += entrants;  // entered now (carried-over ones are counted from now too)
        return;
    }
    const int duration = fixed_duration_months(spec);
    if (!carry_over) {
        mark(in[static_cast<std::size_t>(duration)]) += entrants;
        return;
    }
    for (int left = 1; left <= duration; ++left)
        mark(in[static_cast<std::size_t>(left)]) += entrants / duration;
}

void Chain::leave(const Grid& persons) {
    if (!pool.empty()) pool[0] += persons;
}

void Chain::book_costs(int k, int month, double entries) {
    const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
    const double participants = occupied[static_cast<std::size_t>(k)];
    at(MeasureField::ParticipantMonths, k) += participants;
    const double spend = monthly_spend(spec, month, entries, participants);
    at(MeasureField::Spend, k) += spend;
    if (spec.egt_funded) at(MonthlyField::SpendEgt, month) += spend;
}

}  // namespace intsim::expected_chain
