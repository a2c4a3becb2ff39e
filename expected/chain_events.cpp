// Steps 3 to 5 of the month in expectation: competing events, the month-end stock, then
// everybody ages a month and participations and after-effects count down.
#include "expected/chain.hpp"

#include <algorithm>
#include <utility>

#include "model/monthly_rules.hpp"

namespace intsim::expected_chain {

void Chain::prepare_class(int effect, double level_integration, double level_exit) {
    const auto e = static_cast<std::size_t>(effect);
    if (class_ready[e]) return;
    const double fi = effects[e].integration, fe = effects[e].exit;
    const HazardLayout& hz = model.hazards;
    const auto groups = static_cast<std::size_t>(hz.group_count);
    compact_integrate.resize(static_cast<std::size_t>(hz.class_count) * groups);
    compact_exit.resize(compact_integrate.size());
    for (std::size_t c = 0; c < static_cast<std::size_t>(hz.class_count); ++c)
        for (std::size_t g = 0; g < groups; ++g) {
            const double hi = person_hazard(level_integration, hz.class_integration[c], hz.group_integration[g]) * fi;
            const double he = person_hazard(level_exit, hz.class_exit[c], hz.group_exit[g]) * fe;
            const MonthEvents p = competing_events(hi, he);
            compact_integrate[c * groups + g] = p.integrate;
            compact_exit[c * groups + g] = p.exit;
        }
    Grid& p_int = p_integrate[e];
    Grid& p_out = p_exit[e];
    for (int d = 0; d < kRows; ++d) {
        const auto g = static_cast<std::size_t>(hz.group_of_months[static_cast<std::size_t>(d)]);
        for (int c = 0; c < cells; ++c) {
            const std::size_t row = hz.class_of_cell[static_cast<std::size_t>(c)] * groups + g;
            p_int(c, d) = compact_integrate[row];
            p_out(c, d) = compact_exit[row];
        }
    }
    class_ready[e] = 1;
}

void Chain::live(int month) {
    const int calendar = model.calendar_month[static_cast<std::size_t>(month)];
    const double level_integration = hazard_level(s.integration, calendar, level_of(month).integration);
    const double level_exit = hazard_level(s.exit, calendar, level_of(month).exit);
    std::fill(class_ready.begin(), class_ready.end(), 0);
    const double stays = stays_in_benefit_probability(s);
    if (anyway_this_month) {
        // P(integrate | not taken) = (p - a) / (1 - a), P(exit | not taken) = p_e / (1 - a).
        prepare_class(0, level_integration, level_exit);
        const Grid left = (1.0 - anyway_all).max(1e-300);
        p_integrate_left = ((p_integrate[0] - anyway_all) / left).max(0.0);
        p_exit_left = p_exit[0] / left;
    }
    leavers.setZero();
    ending.setZero();  // integrated participants who stay: back to no measure
    double integrations = 0, integrations_women = 0, integrations_sp = 0, integrations_ltr = 0, exits = 0;

    for (std::size_t bi = 0; bi < blocks.size(); ++bi) {
        Block& b = blocks[bi];
        if (!b.occupied) continue;
        const double mass_total = b.mass.sum();
        if (mass_total <= 0) continue;
        tally[layout.person_months()] += mass_total;
        prepare_class(b.effect, level_integration, level_exit);
        // Free persons with no after-effect: what is left of the month's integrators
        // after the hires that would have happened anyway (the after-effects' blocks
        // keep theirs: the approximation of allocate()).
        const bool thinned = anyway_this_month && b.effect == 0 && b.kind != BlockKind::In && b.kind != BlockKind::Carry;
        const Grid& p_int = thinned ? p_integrate_left : p_integrate[static_cast<std::size_t>(b.effect)];
        const Grid& p_out = thinned ? p_exit_left : p_exit[static_cast<std::size_t>(b.effect)];
        const bool carry = b.kind == BlockKind::Carry;
        const bool participating = b.kind == BlockKind::In || carry;
        if (carry) carry_back.setZero();
        Grid& returning_home = carry ? carry_back : ending;
        // One fused pass: the block's events, their tallies and what is left.
        double integrated = 0, integrated_women = 0, integrated_sp = 0, integrated_ltr = 0, exited = 0;
        for (int d = 0; d < kRows; ++d) {
            double column_integrated = 0;
            double* mass = b.mass.col(d).data();
            const double* pi = p_int.col(d).data();
            const double* pe = p_out.col(d).data();
            double* gone = leavers.col(d).data();
            double* back = returning_home.col(d).data();
            for (int c = 0; c < cells; ++c) {
                const double m = mass[c];
                if (m == 0.0) continue;  // most cells of a measure's blocks stay empty
                const double integrating_here = m * pi[c];
                const double exiting_here = m * pe[c];
                column_integrated += integrating_here;
                integrated_women += integrating_here * woman(c);
                integrated_sp += integrating_here * single_parent(c);
                exited += exiting_here;
                gone[c] += exiting_here + integrating_here * (1 - stays);
                // Integrating ends a participation; an after-effect carries on.
                if (participating) {
                    mass[c] = m - exiting_here - integrating_here;
                    back[c] += integrating_here * stays;
                } else {
                    mass[c] = m - exiting_here - integrating_here * (1 - stays);
                }
            }
            integrated += column_integrated;
            if (is_ltr(d)) integrated_ltr += column_integrated;
        }
        integrations += integrated;
        integrations_women += integrated_women;
        integrations_sp += integrated_sp;
        integrations_ltr += integrated_ltr;
        if (b.measure >= 0) {
            at(MeasureField::IntegrationsAfter, b.measure) += integrated;
        } else if (carry) {
            // An after-effect that has run its course: the later participation is credited.
            const double held = occupancy_total(b);
            for (int k = 0; held > 0 && k < measures; ++k) {
                double in_k = 0;
                for (double m : b.occupancy[static_cast<std::size_t>(k)]) in_k += m;
                at(MeasureField::IntegrationsAfter, k) += integrated * in_k / held;
            }
        }
        if (carry) {
            // Integrated persons who stay end their participation and go back to the
            // partner block; every measure's occupancy shrinks with the block's mass.
            mark(b.partner) += carry_back;
            const double held = occupancy_total(b);
            const double now = b.mass.sum();
            const double scale = held > 0 ? now / held : 0.0;
            for (auto& by_left : b.occupancy)
                for (double& m : by_left) m *= scale;
        }
        exits += exited + integrated * (1 - stays);
    }
    blocks[0].mass += ending;
    count_integrations(layout, tally, static_cast<std::size_t>(month),
                       {integrations, integrations_women, integrations_sp, integrations_ltr});
    at(MonthlyField::Exits, month) += exits;
    leave(leavers);

    // Month-end stock.
    double elb = 0, ltr = 0, women = 0, sp = 0;
    for (const auto& b : blocks) {
        if (!b.occupied) continue;
        elb += b.mass.sum();
        ltr += ltr_mass(b.mass);
        const CellColumn by_cell = b.mass.rowwise().sum();
        women += (by_cell * woman).sum();
        sp += (by_cell * single_parent).sum();
    }
    at(MonthlyField::Elb, month) = elb;
    at(MonthlyField::Ltr, month) = ltr;
    at(MonthlyField::Women, month) = women;
    at(MonthlyField::SingleParents, month) = sp;

    // Participations and after-effects count down.
    for (int k = 0; k < measures; ++k) count_down(k, month);
    if (carry_none >= 0) end_carried_participations(month);
    for (auto& b : blocks)
        if (b.occupied && b.kind != BlockKind::Returning) age_one_month(b.mass);  // the pool keeps months at exit
    // Returners count down their flat months; the last go on as gap-free.
    if (s.reentry_within_months > 0) rotate_down(returning, kHistoryMonths - 1, blocks[0].mass);
}

void Chain::rotate_down(const std::vector<int>& list, int n, Grid& sink) {
    if (n < 1) return;
    Block& first = blocks[static_cast<std::size_t>(list[1])];
    if (first.occupied) {
        sink += first.mass;
        first.mass.setZero();
    }
    for (int left = 1; left < n; ++left) {
        Block& lower = blocks[static_cast<std::size_t>(list[static_cast<std::size_t>(left)])];
        Block& upper = blocks[static_cast<std::size_t>(list[static_cast<std::size_t>(left + 1)])];
        lower.mass.swap(upper.mass);
        std::swap(lower.occupied, upper.occupied);
    }
}

double Chain::occupancy_total(const Block& b) {
    double total = 0;
    for (const auto& by_left : b.occupancy)
        for (double m : by_left) total += m;
    return total;
}

void Chain::rotate_carry(const MeasureBlocks& mb) {
    const int n = mb.post_length;
    if (mb.carry.empty() || n < 1) return;
    Block& none = blocks[static_cast<std::size_t>(carry_none)];
    Block& first = blocks[static_cast<std::size_t>(mb.carry[1])];
    if (first.occupied) {
        none.mass += first.mass;
        none.occupied = true;
        first.mass.setZero();
        for (std::size_t k = 0; k < first.occupancy.size(); ++k)
            for (std::size_t l = 0; l < first.occupancy[k].size(); ++l) {
                none.occupancy[k][l] += first.occupancy[k][l];
                first.occupancy[k][l] = 0;
            }
    }
    for (int left = 1; left < n; ++left) {
        Block& lower = blocks[static_cast<std::size_t>(mb.carry[static_cast<std::size_t>(left)])];
        Block& upper = blocks[static_cast<std::size_t>(mb.carry[static_cast<std::size_t>(left + 1)])];
        lower.mass.swap(upper.mass);
        std::swap(lower.occupied, upper.occupied);
        lower.occupancy.swap(upper.occupancy);
    }
}

void Chain::end_carried_participations(int month) {
    for (auto& b : blocks) {
        if (b.kind != BlockKind::Carry || !b.occupied) continue;
        double leaving = 0;
        for (int k = 0; k < measures; ++k) {
            const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
            auto& by_left = b.occupancy[static_cast<std::size_t>(k)];
            const bool forced_end = month + 1 >= spec.end_month;
            if (spec.duration_kind == DurationKind::Geometric) {
                const double out = by_left[0] * (forced_end ? 1.0 : 1.0 - geometric_continue_probability(spec));
                by_left[0] -= out;
                leaving += out;
                continue;
            }
            if (forced_end) {
                for (double& m : by_left) leaving += m;
                std::fill(by_left.begin(), by_left.end(), 0.0);
                continue;
            }
            leaving += by_left[1];
            for (std::size_t l = 1; l + 1 < by_left.size(); ++l) by_left[l] = by_left[l + 1];
            by_left.back() = 0;
        }
        release(b, leaving);
    }
}

Grid& Chain::after_effect(const MeasureBlocks& mb, int elapsed) {
    const int index = mb.since_entry ? elapsed : 0;
    if (index >= mb.post_length) return blocks[0].mass;
    return mark(mb.post[static_cast<std::size_t>(mb.post_length - index)]);
}

void Chain::count_down(int k, int month) {
    const auto uk = static_cast<std::size_t>(k);
    const MeasureSpec& spec = model.measures[uk].spec;
    const MeasureBlocks& mb = measure_blocks[uk];
    const auto& in = mb.in;
    // After-effects first (as in the Monte Carlo step): the last month's go back to none.
    rotate_down(mb.post, mb.post_length, blocks[0].mass);
    if (carry_none >= 0) rotate_carry(mb);
    // Participations that end this month go to their after-effect, or to none.
    const bool forced_end = measure_ends_with(spec, month);
    if (spec.duration_kind == DurationKind::Geometric) {
        const double stay = forced_end ? 0.0 : geometric_continue_probability(spec);
        // By months since entry, oldest first, so that each moves into an emptied block.
        for (int elapsed = mb.elapsed_cap; elapsed >= 0; --elapsed) {
            Block& block = blocks[static_cast<std::size_t>(in[static_cast<std::size_t>(elapsed)])];
            if (!block.occupied) continue;
            after_effect(mb, elapsed + 1) += block.mass * (1 - stay);
            block.mass *= stay;
            if (elapsed == mb.elapsed_cap) continue;  // the last block keeps everyone from there on
            Block& older = blocks[static_cast<std::size_t>(in[static_cast<std::size_t>(elapsed + 1)])];
            if (elapsed + 1 == mb.elapsed_cap && older.occupied) {
                older.mass += block.mass;
                block.mass.setZero();
            } else {
                older.mass.swap(block.mass);
                older.occupied = true;
                block.mass.setZero();
            }
        }
        return;
    }
    const int duration = fixed_duration_months(spec);
    if (forced_end) {
        for (int left = 1; left <= duration; ++left) {
            Block& block = blocks[static_cast<std::size_t>(in[static_cast<std::size_t>(left)])];
            if (!block.occupied) continue;
            after_effect(mb, duration - left + 1) += block.mass;
            block.mass.setZero();
        }
        return;
    }
    rotate_down(in, duration, after_effect(mb, duration));
}

}  // namespace intsim::expected_chain
