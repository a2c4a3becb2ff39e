#include "expected/expected_model.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>

#include "model/indicators.hpp"
#include "model/population.hpp"
#include "model/monthly_rules.hpp"
#include "model/replication_factors.hpp"

namespace intsim {

namespace {

constexpr int kRows = kHistoryMonths + 1;  // months in benefit 0..24

// Mass of persons by attribute cell (rows) and months in benefit (columns): a column is
// contiguous, so ageing a month moves whole columns.
using Grid = Eigen::ArrayXXd;
using CellColumn = Eigen::ArrayXd;  // one value per attribute cell

// Returning: former customers back in no measure whose months in benefit stay flat for
// a while (see arrive()); `left` counts the month ends until they grow again.
// Carry: persons who carry an after-effect (Post of `measure`, or none left: measure -1)
// through a later participation (docs/effects.md section 7).
enum class BlockKind { None, In, Post, Returning, Carry };

struct Block {
    BlockKind kind;
    int measure;  // -1 for None
    int left;     // months left (fixed durations and after-effects); 0 = open-ended
    int effect;   // index of its hazard factors in Chain::effects (0: none)
    Grid mass;
    bool occupied = false;  // has held mass since the start: empty blocks are skipped
    // Carry blocks: the free block their persons return to when the later participation
    // ends, and the block's mass by the measure it occupies and that participation's
    // months left ([measure][left]: left 1..duration for fixed durations, [0] for
    // geometric ones). Events take mass from every occupied measure alike (the cells'
    // mix is taken to be the same): the expected model's one approximation of this rule.
    int partner = 0;
    std::vector<std::vector<double>> occupancy;
};

// Integration and other-exit factors of a measure state.
struct EffectFactors {
    double integration, exit;
    bool operator==(const EffectFactors&) const = default;
};

// A measure's blocks. Participants: fixed durations by months left (in[1..duration]);
// geometric ones by months since entry (in[0..elapsed_cap], the last holding everyone
// from there on; elapsed_cap is 0 when the after-effect does not depend on it). After-
// effects by months left (post[1..length]), i.e. post index length - left.
struct MeasureBlocks {
    std::vector<int> in, post;
    std::vector<int> carry;  // like post: carriers of this measure's after-effect in a later measure
    int elapsed_cap = 0;
    int post_length = 0;
    bool since_entry = false;
};

// Months in benefit move on by one, capped at 24 (in place, last column first).
void age_one_month(Grid& g) {
    g.col(kRows - 1) += g.col(kRows - 2);
    for (int d = kRows - 2; d >= 1; --d) g.col(d) = g.col(d - 1);
    g.col(0).setZero();
}

double ltr_mass(const Grid& g) { return g.rightCols(kRows - kLtrMinMonths).sum(); }

struct Chain {
    const Model& model;
    const Scenario& s;
    const TallyLayout layout;
    const int cells;
    const int measures;
    std::vector<double> tally;

    CellColumn woman, single_parent;
    std::vector<Grid> eligible;  // per measure, 0/1
    std::vector<Block> blocks;   // blocks[0] is None
    std::vector<MeasureBlocks> measure_blocks;
    int carry_none = -1;  // carriers whose after-effect has run its course, still in the later measure
    std::vector<EffectFactors> effects;        // distinct factor pairs; [0] = no measure
    std::vector<int> returning;                // [flat months left], 1..23 (0 unused)
    std::vector<Grid> pool;                    // [months away - 1]: by months in benefit at exit
    std::vector<double> occupied, entries_so_far, women_entries_so_far, committed, entries_this_year;
    std::vector<LevelFactors> mean_levels;  // by calendar year: the mean of each year's lognormal level

    // Scratch grids, allocated once: a month allocates nothing.
    Grid free, candidates, taken, taken_share, retained, leavers, lagged;
    Grid ending, carry_back, carried, anyway_share;
    // This month's carriers (carry_into): the occupied after-effect blocks, their total,
    // each carrying measure's share of them, and those shares summed.
    struct CarrySource {
        int post, carry;
    };
    std::vector<CarrySource> carry_sources;
    struct CarryShare {
        int measure;
        std::size_t slot;
    };
    std::vector<CarryShare> carry_taken;
    std::vector<Grid> carry_shares;  // [n]: the share of carry_taken[n]
    Grid carry_mass, carry_share_sum;
    // This month's share of the free persons taken as hires that would have happened
    // anyway, of all measures together, and the no-measure event probabilities of those
    // left (they are the month's integrators less the ones taken).
    Grid anyway_all, p_integrate_left, p_exit_left;
    bool anyway_this_month = false;
    std::vector<Grid> p_integrate, p_exit;   // by effect, this month
    std::vector<std::uint8_t> class_ready;

    explicit Chain(const Model& m)
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
        carry_shares.assign(static_cast<std::size_t>(measures), Grid::Zero(cells, kRows));
        occupied.assign(static_cast<std::size_t>(measures), 0.0);
        entries_so_far = women_entries_so_far = committed = entries_this_year = occupied;
    }

    int effect_of(EffectFactors factors) {
        const auto it = std::find(effects.begin(), effects.end(), factors);
        if (it != effects.end()) return static_cast<int>(it - effects.begin());
        effects.push_back(factors);
        return static_cast<int>(effects.size()) - 1;
    }

    int add_block(BlockKind kind, int measure, int left, int effect) {
        blocks.push_back({kind, measure, left, effect, Grid::Zero(cells, kRows), false, 0, {}});
        return static_cast<int>(blocks.size()) - 1;
    }

    int add_carry(int measure, int left, int effect, int partner) {
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

    // Persons of measure k carried in carry blocks.
    double carried_in(int k) const {
        double total = 0;
        for (const auto& b : blocks)
            if (b.kind == BlockKind::Carry && b.occupied)
                for (double m : b.occupancy[static_cast<std::size_t>(k)]) total += m;
        return total;
    }

    // Moves the mass of `leaving` persons of carry block b (from every cell alike) back to
    // its partner block: their later participations end.
    void release(Block& b, double leaving) {
        const double total = b.mass.sum();
        if (!(total > 0) || !(leaving > 0)) return;
        const double fraction = std::min(1.0, leaving / total);
        mark(b.partner) += b.mass * fraction;
        b.mass *= 1.0 - fraction;
    }

    const LevelFactors& level_of(int month) const {
        return mean_levels[static_cast<std::size_t>(model.year_of_month[static_cast<std::size_t>(month)])];
    }

    double& at(MonthlyField f, int month) { return tally[layout.monthly(f, static_cast<std::size_t>(month))]; }
    double& at(MeasureField f, int k) { return tally[layout.measure(f, static_cast<std::size_t>(k))]; }

    // The block of a person with `flat` month ends without growth left (0: gap-free).
    Grid& flat_block(int flat) {
        const int b = flat > 0 && flat < kHistoryMonths ? returning[static_cast<std::size_t>(flat)] : -1;
        return b >= 0 ? mark(b) : blocks[0].mass;
    }

    // The start strata as at the end of last month (population.hpp), moved on by that
    // month's end as live() moves its blocks: a gap-free spell grows by a month, a returner
    // with f flat month ends left has f - 1 (the last one goes on as gap-free). The pool
    // strata are the pool as arrive() finds it.
    void start() {
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

    // Step 1: returners and newcomers.
    void arrive(int month) {
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

    double stock_mass() const {
        double total = 0;
        for (const auto& b : blocks)
            if (b.occupied) total += b.mass.sum();
        return total;
    }

    double women_mass() const {
        double total = 0;
        for (const auto& b : blocks)
            if (b.occupied) total += (b.mass.rowwise().sum() * woman).sum();
        return total;
    }

    // Entries wanted, as in the Monte Carlo step; a budget-limited measure commits the
    // expected cost of an entrant within the measure-year.
    double entries_wanted_now(const MeasureSpec& spec, int k, int month) {
        const auto uk = static_cast<std::size_t>(k);
        committed[uk] = commitment_at_month_start(spec, month, committed[uk]);
        if (month_of_measure_year(spec, month) == 0) entries_this_year[uk] = 0;
        return entries_within_demand(
            spec, month, entries_wanted(spec, month, occupied[uk], committed[uk], expected_entry_commitment(spec, month)),
            entries_this_year[uk]);
    }

    static double expected_entry_commitment(const MeasureSpec& spec, int month) {
        return entry_commitment(spec, expected_months_within(spec, months_left_in_measure_year(spec, month)));
    }

    // Step 2: measures take fractions of the eligible free mass, in measure order.
    void allocate(int month) {
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
        const double stock = stock_mass();
        const double women_share = s.women_share_min.value_or(stock > 0 ? women_mass() / stock : 0.0);
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

    // Measure blocks hold no flat phase: an entrant's months in benefit grow from entry
    // on. A returner below the LZB line whose months would have stayed flat for r more
    // months enters r months lower instead, so that it crosses the line when it would have
    // (its months count then runs low by up to r until it catches up). Returners above
    // the line enter as they are (they stay LZB either way). `lagged`: `taken` so moved;
    // called before `retained` takes this measure's share.
    void lag_returners(const Grid& entrants) {
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

    // Entrants of measure k who carry an after-effect keep it (docs/effects.md section 7):
    // they move from their Post block to its carry block, occupying k. `carried`: all of
    // them, to be taken out of the entrants placed in k's own blocks. Called before
    // `retained` takes k's share.
    //
    // Measure k takes the same share of every after-effect block (retained x taken_share),
    // so the carriers of all blocks together are their total times that share, and each
    // carry block's mass can wait until every measure has taken its share
    // (settle_carries): nothing reads a carry block while measures allocate. Only the
    // occupancy of each carry block by each measure needs a product per block and
    // measure, taken there block by block (a block's grid read once for all measures,
    // which keeps the month within the caches: the three-year Lahn-Dill plan has some 550
    // after-effect blocks).
    void carry_into(int k, const MeasureSpec& spec) {
        const std::size_t n = carry_taken.size();
        const std::size_t slot = spec.duration_kind == DurationKind::Fixed ? static_cast<std::size_t>(fixed_duration_months(spec)) : 0;
        carry_taken.push_back({k, slot});
        Grid& share = carry_shares[n];
        share = retained * taken_share;
        carry_share_sum += share;
        carried = carry_mass * share;
    }

    // The occupied after-effect blocks at the start of the month's allocation, and their total.
    void gather_carry_sources() {
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

    // The carriers move into their carry blocks, with each measure's occupancy.
    void settle_carries() {
        if (carry_taken.empty()) return;
        for (const CarrySource& source : carry_sources) {
            const Grid& post = blocks[static_cast<std::size_t>(source.post)].mass;
            Block& carry = blocks[static_cast<std::size_t>(source.carry)];
            bool moved_any = false;
            for (std::size_t n = 0; n < carry_taken.size(); ++n) {
                const double moved = (post * carry_shares[n]).sum();
                if (!(moved > 0)) continue;
                carry.occupancy[static_cast<std::size_t>(carry_taken[n].measure)][carry_taken[n].slot] += moved;
                moved_any = true;
            }
            if (moved_any) mark(source.carry) += post * carry_share_sum;
        }
    }

    // Entrants start with the full duration; carried-over participants with a residual one.
    void place(int k, const Grid& entrants, bool carry_over) {
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

    void leave(const Grid& persons) {
        if (!pool.empty()) pool[0] += persons;
    }

    // The month's money, as in the Monte Carlo step.
    void book_costs(int k, int month, double entries) {
        const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
        const double participants = occupied[static_cast<std::size_t>(k)];
        at(MeasureField::ParticipantMonths, k) += participants;
        const double spend = monthly_spend(spec, month, entries, participants);
        at(MeasureField::Spend, k) += spend;
        if (spec.egt_funded) at(MonthlyField::SpendEgt, month) += spend;
    }

    // Probabilities of integrating and of leaving otherwise for one effect (none, a
    // measure's lock-in, its after-effect) this month: competing risks with the
    // exponential link, computed once per (hazard class, months-in-benefit group) and
    // spread over the grid, when a block first needs them.
    void prepare_class(int effect, double level_integration, double level_exit) {
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
    std::vector<double> compact_integrate, compact_exit;

    // Steps 3 and 5: competing events, month-end stock, then everybody ages a month.
    // Blocks are updated in place; countdowns rotate buffers instead of copying them.
    void live(int month) {
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

    // Moves buffer list[1..n] down by one: list[1] is handed to `sink`, list[n] empties.
    void rotate_down(const std::vector<int>& list, int n, Grid& sink) {
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

    static double occupancy_total(const Block& b) {
        double total = 0;
        for (const auto& by_left : b.occupancy)
            for (double m : by_left) total += m;
        return total;
    }

    // Carry blocks count down with their after-effect (as Post blocks do); the last
    // month's go to carry_none, occupancy and all.
    void rotate_carry(const MeasureBlocks& mb) {
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

    // Later participations of carriers end: geometric ones with the measure's chance,
    // fixed ones when their months are up, all at the measure's end; the persons go back
    // to the free block of the after-effect they carry (or to none).
    void end_carried_participations(int month) {
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

    // Where a participant leaving with `elapsed` months since entry goes: its after-effect
    // (at post index elapsed, or 0 when the after-effect counts from leaving) or none.
    Grid& after_effect(const MeasureBlocks& mb, int elapsed) {
        const int index = mb.since_entry ? elapsed : 0;
        if (index >= mb.post_length) return blocks[0].mass;
        return mark(mb.post[static_cast<std::size_t>(mb.post_length - index)]);
    }

    void count_down(int k, int month) {
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

    // The grid of block b, marked as holding mass.
    Grid& mark(int b) {
        blocks[static_cast<std::size_t>(b)].occupied = true;
        return blocks[static_cast<std::size_t>(b)].mass;
    }
};

}  // namespace

std::vector<double> expected_tally(const Model& model) {
    Chain chain(model);
    chain.start();
    for (int month = 0; month < model.months; ++month) {
        chain.arrive(month);
        chain.allocate(month);
        chain.live(month);
    }
    return chain.tally;
}

Results expected_results(const Model& model) {
    const std::vector<double> tally = expected_tally(model);
    Results results = summarise_replications(model, tally, 1, 0.8);
    results.expected_only = true;
    results.run.replications = 0;
    results.p_all_targets_met.reset();
    results.p_all_targets_met_every_year.reset();
    for (auto& indicator : results.indicators) indicator.p_target_met.reset();
    for (auto& year : results.years) {
        year.p_all_targets_met.reset();
        for (auto& indicator : year.indicators) indicator.p_target_met.reset();
    }
    return results;
}

}  // namespace intsim
