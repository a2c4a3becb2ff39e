// The chain's blocks, the start population and step 1 of the month: returners and
// newcomers.
#include "expected/chain.hpp"

#include <algorithm>
#include <cmath>

#include "model/monthly_rules.hpp"
#include "model/population.hpp"

namespace intsim::expected_chain {

Chain::Chain(const Model& m)
    : model(m), s(m.scenario), layout(tally_layout(m)), cells(m.cell_count),
      measures(static_cast<int>(m.measures.size())), tally(layout.size(), 0.0) {
    woman.resize(cells);
    single_parent.resize(cells);
    for (int c = 0; c < cells; ++c) {
        woman(c) = model.cell_is_woman[static_cast<std::size_t>(c)];
        single_parent(c) = model.cell_is_single_parent[static_cast<std::size_t>(c)];
    }
    // Uncertainty factors enter through their means. A level of calendar year y
    // (0-based) is the first year's lognormal times y steps of the walk: its log has
    // variance sd^2 + y drift_sd^2, and E[exp(X)] = exp(var / 2) for a centred normal X.
    for (std::size_t y = 0; y < model.years.size(); ++y) {
        const auto mean = [y](double sd, double drift_sd) {
            return std::exp((sd * sd + static_cast<double>(y) * drift_sd * drift_sd) / 2);
        };
        mean_levels.push_back({mean(s.integration_sd, s.integration_drift_sd), mean(s.exit_sd, s.exit_drift_sd),
                               mean(s.inflow_sd, s.inflow_drift_sd)});
    }
    effects.push_back({1.0, 1.0});
    blocks.push_back({BlockKind::None, -1, 0, 0, Grid::Zero(cells, kRows), true, 0, {}});
    for (int k = 0; k < measures; ++k) {
        const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
        // The measure's factors in expectation over the replications' draws.
        const EffectCurve& curve = model.measures[static_cast<std::size_t>(k)].effect.expected;
        Grid e = Grid::Zero(cells, kRows);
        for (int c = 0; c < cells; ++c)
            for (int d = 1; d < kRows; ++d) e(c, d) = eligible_in_spell(model, static_cast<std::size_t>(k), c, d);
        eligible.push_back(e);
        MeasureBlocks mb;
        mb.since_entry = curve.since_entry;
        mb.post_length = static_cast<int>(curve.post.size());
        const int lock_in = effect_of({curve.lock_in, curve.exit});
        if (spec.duration_kind == DurationKind::Geometric) {
            mb.elapsed_cap = curve.since_entry ? mb.post_length : 0;
            for (int elapsed = 0; elapsed <= mb.elapsed_cap; ++elapsed)
                mb.in.push_back(add_block(BlockKind::In, k, 0, lock_in));
        } else {
            mb.in.assign(static_cast<std::size_t>(fixed_duration_months(spec)) + 1, -1);
            for (int left = 1; left <= fixed_duration_months(spec); ++left)
                mb.in[static_cast<std::size_t>(left)] = add_block(BlockKind::In, k, left, lock_in);
        }
        mb.post.assign(static_cast<std::size_t>(mb.post_length) + 1, -1);
        mb.carry = mb.post;
        for (int left = 1; left <= mb.post_length; ++left) {
            const double factor = curve.post[static_cast<std::size_t>(mb.post_length - left)];
            const int effect = effect_of({factor, 1.0});
            const int post = add_block(BlockKind::Post, k, left, effect);
            mb.post[static_cast<std::size_t>(left)] = post;
            mb.carry[static_cast<std::size_t>(left)] = add_carry(k, left, effect, post);
        }
        measure_blocks.push_back(std::move(mb));
    }
    carry_none = add_carry(-1, 0, 0, 0);
    pool.assign(static_cast<std::size_t>(s.reentry_within_months), Grid::Zero(cells, kRows));
    returning.assign(static_cast<std::size_t>(kHistoryMonths), -1);
    if (s.reentry_within_months > 0)
        for (int flat = 1; flat < kHistoryMonths; ++flat)
            returning[static_cast<std::size_t>(flat)] = add_block(BlockKind::Returning, -1, flat, 0);
    for (Grid* g : {&free, &candidates, &taken, &taken_share, &retained,
                    &leavers, &ending, &lagged, &carry_back, &carried, &anyway_share, &anyway_all,
                    &p_integrate_left, &p_exit_left, &carry_mass, &carry_share_sum})
        g->setZero(cells, kRows);
    p_integrate.assign(effects.size(), Grid::Zero(cells, kRows));
    p_exit = p_integrate;
    class_ready.assign(p_integrate.size(), 0);
    carry_shares.setZero(static_cast<Eigen::Index>(cells) * kRows, std::max(measures, 1));
    moved_by.assign(static_cast<std::size_t>(std::max(measures, 1)), 0.0);
    occupied.assign(static_cast<std::size_t>(measures), 0.0);
    entries_so_far = women_entries_so_far = committed = entries_this_year = occupied;
}

int Chain::effect_of(EffectFactors factors) {
    const auto it = std::find(effects.begin(), effects.end(), factors);
    if (it != effects.end()) return static_cast<int>(it - effects.begin());
    effects.push_back(factors);
    return static_cast<int>(effects.size()) - 1;
}

int Chain::add_block(BlockKind kind, int measure, int left, int effect) {
    blocks.push_back({kind, measure, left, effect, Grid::Zero(cells, kRows), false, 0, {}});
    return static_cast<int>(blocks.size()) - 1;
}

int Chain::add_carry(int measure, int left, int effect, int partner) {
    const int b = add_block(BlockKind::Carry, measure, left, effect);
    Block& block = blocks[static_cast<std::size_t>(b)];
    block.partner = partner;
    block.occupancy.resize(static_cast<std::size_t>(measures));
    for (int k = 0; k < measures; ++k) {
        const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
        const int slots = spec.duration_kind == DurationKind::Fixed ? fixed_duration_months(spec) + 1 : 1;
        block.occupancy[static_cast<std::size_t>(k)].assign(static_cast<std::size_t>(slots), 0.0);
    }
    return b;
}

double Chain::carried_in(int k) const {
    double total = 0;
    for (const auto& b : blocks)
        if (b.kind == BlockKind::Carry && b.occupied)
            for (double m : b.occupancy[static_cast<std::size_t>(k)]) total += m;
    return total;
}

void Chain::release(Block& b, double leaving) {
    const double total = b.mass.sum();
    if (!(total > 0) || !(leaving > 0)) return;
    const double fraction = std::min(1.0, leaving / total);
    mark(b.partner) += b.mass * fraction;
    b.mass *= 1.0 - fraction;
}

const LevelFactors& Chain::level_of(int month) const {
    return mean_levels[static_cast<std::size_t>(model.year_of_month[static_cast<std::size_t>(month)])];
}

Grid& Chain::flat_block(int flat) {
    const int b = flat > 0 && flat < kHistoryMonths ? returning[static_cast<std::size_t>(flat)] : -1;
    return b >= 0 ? mark(b) : blocks[0].mass;
}

Grid& Chain::mark(int b) {
    blocks[static_cast<std::size_t>(b)].occupied = true;
    return blocks[static_cast<std::size_t>(b)].mass;
}

void Chain::start() {
    for (const Stratum& stratum : model.start_strata) {
        const int d = stratum.months_in_benefit;
        if (stratum.flat_months == 0)
            blocks[0].mass(stratum.cell, std::min(d + 1, kHistoryMonths)) += stratum.expected;
        else
            flat_block(stratum.flat_months - 1)(stratum.cell, d) += stratum.expected;
    }
    for (const PoolStratum& stratum : model.start_pool)
        pool[static_cast<std::size_t>(stratum.away - 1)](stratum.cell, months_in(stratum.history)) += stratum.expected;
    tally[layout.start_elb()] = static_cast<double>(s.start_elb);
    double start_ltr = 0;
    for (const Stratum& stratum : model.start_strata)
        if (is_ltr(stratum.months_in_benefit)) start_ltr += stratum.expected;
    tally[layout.start_ltr()] = start_ltr;
}

void Chain::arrive(int month) {
    Grid& none = blocks[0].mass;
    double reentries = 0;
    const int within = s.reentry_within_months;
    for (int away = within; away >= 1; --away) {
        Grid& g = pool[static_cast<std::size_t>(away - 1)];
        reentries += g.sum() * s.reentry_monthly_rate;
        for (int d = 0; d < kRows; ++d) {
            // A returner's months in benefit and their course (population.hpp).
            const int flat = returner_flat_months(d, away);
            Grid& into = flat > 0 ? mark(returning[static_cast<std::size_t>(flat)]) : none;
            into.col(std::min(months_on_return(d, away), kHistoryMonths)) += g.col(d) * s.reentry_monthly_rate;
        }
        g *= 1 - s.reentry_monthly_rate;
        // One month further away (the oldest drop out of reach).
        if (away < within) pool[static_cast<std::size_t>(away)] = g;
    }
    if (within > 0) pool[0].setZero();
    const double newcomers =
        inflow_mean(s, model.calendar_month[static_cast<std::size_t>(month)], level_of(month).inflow);
    double previous = 0;
    for (int c = 0; c < cells; ++c) {
        const double share = model.inflow_cell_cdf[static_cast<std::size_t>(c)] - previous;
        previous = model.inflow_cell_cdf[static_cast<std::size_t>(c)];
        none(c, 1) += newcomers * share;
    }
    at(MonthlyField::Inflow, month) += newcomers + reentries;
    at(MonthlyField::Reentries, month) += reentries;
}

double Chain::stock_mass() const {
    double total = 0;
    for (const auto& b : blocks)
        if (b.occupied) total += b.mass.sum();
    return total;
}

double Chain::women_mass() const {
    double total = 0;
    for (const auto& b : blocks)
        if (b.occupied) total += (b.mass.rowwise().sum() * woman).sum();
    return total;
}

}  // namespace intsim::expected_chain
