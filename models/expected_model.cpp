#include "models/expected_model.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>

#include "models/indicators.hpp"
#include "models/simulate.hpp"

namespace intsim {

namespace {

constexpr int kRows = kHistoryMonths + 1;  // months in benefit 0..24

// Mass of persons by months in benefit (rows) and attribute cell (columns).
using Grid = Eigen::ArrayXXd;
using CellRow = Eigen::Array<double, 1, Eigen::Dynamic>;

enum class BlockKind { None, In, Post };

struct Block {
    BlockKind kind;
    int measure;  // -1 for None
    int left;     // months left (fixed durations and after-effects); 0 = open-ended
    int effect;   // index of its hazard class: 0 none, 1 + k lock-in, 1 + M + k after-effect
    Grid mass;
};

// Months in benefit move on by one, capped at 24 (in place, bottom row first).
void age_one_month(Grid& g) {
    g.row(kRows - 1) += g.row(kRows - 2);
    for (int d = kRows - 2; d >= 1; --d) g.row(d) = g.row(d - 1);
    g.row(0).setZero();
}

double ltr_mass(const Grid& g) { return g.bottomRows(kRows - kLtrMinMonths).sum(); }

struct Chain {
    const Model& model;
    const Scenario& s;
    const TallyLayout layout;
    const int cells;
    const int measures;
    std::vector<double> tally;

    CellRow woman, single_parent;
    std::vector<Grid> eligible;  // per measure, 0/1
    std::vector<Block> blocks;   // blocks[0] is None
    std::vector<std::vector<int>> in_block;    // [k][left] (left 0 for geometric)
    std::vector<std::vector<int>> post_block;  // [k][left], left 1..post_months
    std::vector<Grid> pool;                    // [months away - 1]: by months in benefit at exit
    std::vector<double> occupied, entries_so_far, women_entries_so_far, committed;
    double factor_integration, factor_exit, factor_inflow;
    std::vector<double> post_factor;

    // Scratch grids, allocated once: a month allocates nothing.
    Grid hazard_integration, hazard_exit, free, candidates, taken, taken_share, retained, leavers;
    Grid integrating, exiting, ending;
    std::vector<Grid> next;                  // blocks after this month's events
    std::vector<Grid> p_integrate, p_exit;   // by hazard class (effect), this month
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
        // Uncertainty factors enter through their means.
        factor_integration = std::exp(s.integration_sd * s.integration_sd / 2);
        factor_exit = std::exp(s.exit_sd * s.exit_sd / 2);
        factor_inflow = std::exp(s.inflow_sd * s.inflow_sd / 2);
        const double measure_effect = std::exp(s.measure_effect_sd * s.measure_effect_sd / 2);
        const EligibilityMasks& masks = model.eligibility;
        blocks.push_back({BlockKind::None, -1, 0, 0, Grid::Zero(kRows, cells)});
        in_block.resize(static_cast<std::size_t>(measures));
        post_block.resize(static_cast<std::size_t>(measures));
        for (int k = 0; k < measures; ++k) {
            const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
            post_factor.push_back(spec.post * measure_effect);
            Grid e = Grid::Zero(kRows, cells);
            const std::uint64_t bit = std::uint64_t{1} << k;
            for (int c = 0; c < cells; ++c)
                for (int d = 1; d < kRows; ++d) {
                    // A gap-free spell of d months began d - 1 months ago.
                    const auto since = static_cast<std::size_t>(std::min(d - 1, kNewCustomerMonthsCap));
                    e(d, c) = (masks.by_cell[static_cast<std::size_t>(c)] & masks.by_months_in_benefit[static_cast<std::size_t>(d)] &
                               masks.by_months_since_entry[since] & bit) != 0;
                }
            eligible.push_back(e);
            auto& in = in_block[static_cast<std::size_t>(k)];
            if (spec.duration_kind == DurationKind::Geometric) {
                in.assign(1, add_block(BlockKind::In, k, 0, 1 + k));
            } else {
                in.assign(static_cast<std::size_t>(fixed_duration(spec)) + 1, -1);
                for (int left = 1; left <= fixed_duration(spec); ++left)
                    in[static_cast<std::size_t>(left)] = add_block(BlockKind::In, k, left, 1 + k);
            }
            auto& post = post_block[static_cast<std::size_t>(k)];
            post.assign(static_cast<std::size_t>(spec.post_months) + 1, -1);
            for (int left = 1; left <= spec.post_months; ++left)
                post[static_cast<std::size_t>(left)] = add_block(BlockKind::Post, k, left, 1 + measures + k);
        }
        pool.assign(static_cast<std::size_t>(s.reentry_within_months), Grid::Zero(kRows, cells));
        for (Grid* g : {&hazard_integration, &hazard_exit, &free, &candidates, &taken, &taken_share, &retained,
                        &leavers, &integrating, &exiting, &ending})
            g->setZero(kRows, cells);
        next.assign(blocks.size(), Grid::Zero(kRows, cells));
        p_integrate.assign(static_cast<std::size_t>(1 + 2 * measures), Grid::Zero(kRows, cells));
        p_exit = p_integrate;
        class_ready.assign(p_integrate.size(), 0);
        occupied.assign(static_cast<std::size_t>(measures), 0.0);
        entries_so_far = women_entries_so_far = committed = occupied;
    }

    static int fixed_duration(const MeasureSpec& spec) {
        return std::clamp(static_cast<int>(std::lround(spec.duration_months)), 1, 255);
    }

    int add_block(BlockKind kind, int measure, int left, int effect) {
        blocks.push_back({kind, measure, left, effect, Grid::Zero(kRows, cells)});
        return static_cast<int>(blocks.size()) - 1;
    }

    double& at(MonthlyField f, int month) { return tally[layout.monthly(f, static_cast<std::size_t>(month))]; }
    double& at(MeasureField f, int k) { return tally[layout.measure(f, static_cast<std::size_t>(k))]; }

    void start() {
        Grid& none = blocks[0].mass;
        for (const Stratum& stratum : model.start_strata) {
            const int d = std::min(stratum.months_in_benefit + 1, kHistoryMonths);
            none(d, stratum.cell) += stratum.expected;
        }
        tally[layout.start_elb()] = static_cast<double>(s.start_elb);
        double start_ltr = 0;
        for (const Stratum& stratum : model.start_strata)
            if (stratum.months_in_benefit >= kLtrMinMonths) start_ltr += stratum.expected;
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
                const int at_return = std::min(d, kHistoryMonths - away) + 1;
                none.row(std::min(at_return, kHistoryMonths)) += g.row(d) * s.reentry_monthly_rate;
            }
            g *= 1 - s.reentry_monthly_rate;
            // One month further away (the oldest drop out of reach).
            if (away < within) pool[static_cast<std::size_t>(away)] = g;
        }
        if (within > 0) pool[0].setZero();
        const auto calendar = static_cast<std::size_t>(model.calendar_month[static_cast<std::size_t>(month)]);
        const double newcomers = s.inflow_monthly_mean * s.inflow_season[calendar] * factor_inflow;
        double previous = 0;
        for (int c = 0; c < cells; ++c) {
            const double share = model.inflow_cell_cdf[static_cast<std::size_t>(c)] - previous;
            previous = model.inflow_cell_cdf[static_cast<std::size_t>(c)];
            none(1, c) += newcomers * share;
        }
        at(MonthlyField::Inflow, month) += newcomers + reentries;
        at(MonthlyField::Reentries, month) += reentries;
    }

    double stock_mass() const {
        double total = 0;
        for (const auto& b : blocks) total += b.mass.sum();
        return total;
    }

    double women_mass() const {
        double total = 0;
        for (const auto& b : blocks) total += (b.mass.colwise().sum() * woman).sum();
        return total;
    }

    static double expected_min(const MeasureSpec& spec, int remaining) {
        if (spec.duration_kind == DurationKind::Fixed) return std::min(fixed_duration(spec), remaining);
        const double stay = 1.0 - 1.0 / spec.duration_months;
        double total = 0, p = 1;
        for (int j = 0; j < remaining; ++j, p *= stay) total += p;
        return total;
    }

    double entries_wanted(const MeasureSpec& spec, int k, int month) {
        if (month < spec.start_month || month >= spec.end_month) return 0;
        const int j = month - spec.start_month;
        switch (spec.capacity_kind) {
            case CapacityKind::Slots:
                return std::max(0.0, static_cast<double>(std::llround(spec.capacity)) - occupied[static_cast<std::size_t>(k)]);
            case CapacityKind::Entries: {
                const auto cumulative = [&](int months) { return std::floor(spec.capacity * months / 12.0 + 1e-9); };
                return cumulative(j + 1) - cumulative(j);
            }
            case CapacityKind::Budget: {
                const int into_year = j % 12;
                if (into_year == 0) committed[static_cast<std::size_t>(k)] = 0;
                const double allowed = spec.capacity * (into_year + 1) / 12.0;
                const double per_entry =
                    spec.cost_per_entry + spec.cost_per_participant_month * expected_min(spec, 12 - into_year);
                return std::max(0.0, (allowed - committed[static_cast<std::size_t>(k)]) / per_entry);
            }
        }
        return 0;
    }

    // Step 2: measures take fractions of the eligible free mass, in measure order.
    void allocate(int month) {
        if (measures == 0) return;
        for (int k = 0; k < measures; ++k) {
            double in = 0;
            for (int b : in_block[static_cast<std::size_t>(k)])
                if (b >= 0) in += blocks[static_cast<std::size_t>(b)].mass.sum();
            occupied[static_cast<std::size_t>(k)] = in;
        }
        // Free persons: no measure (None and after-effect blocks).
        free.setZero();
        for (const auto& b : blocks)
            if (b.kind != BlockKind::In) free += b.mass;
        const double stock = stock_mass();
        const double women_share = s.women_share_min.value_or(stock > 0 ? women_mass() / stock : 0.0);
        retained.setOnes();
        std::vector<double> month_entries(static_cast<std::size_t>(measures), 0.0);
        for (int k = 0; k < measures; ++k) {
            const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
            const auto uk = static_cast<std::size_t>(k);
            const double need = entries_wanted(spec, k, month);
            const bool carry_over = month == 0 && spec.capacity_kind == CapacityKind::Slots;
            if (need <= 0) continue;
            candidates = free * eligible[uk];
            const double women = (candidates.colwise().sum() * woman).sum();
            const double men = candidates.sum() - women;
            if (women + men <= 0) continue;
            double rate_women, rate_men;
            if (women + men <= need) {
                rate_women = rate_men = 1.0;
            } else if (s.women_share_rule && !carry_over) {
                const double required = std::clamp(women_share * (entries_so_far[uk] + need) - women_entries_so_far[uk], 0.0, need);
                const double first = std::min(required, women);
                const double rest = need - first;
                const double pool_rest = women - first + men;
                const double women_taken = first + (pool_rest > 0 ? rest * (women - first) / pool_rest : 0.0);
                const double men_taken = pool_rest > 0 ? rest * men / pool_rest : 0.0;
                rate_women = women > 0 ? women_taken / women : 0.0;
                rate_men = men > 0 ? men_taken / men : 0.0;
            } else {
                rate_women = rate_men = need / (women + men);
            }
            const CellRow rate = woman * rate_women + (1.0 - woman) * rate_men;
            taken_share = eligible[uk].rowwise() * rate;
            taken = free * taken_share;
            free -= taken;
            retained *= 1.0 - taken_share;
            const double entered = taken.sum();
            const double entered_women = (taken.colwise().sum() * woman).sum();
            if (spec.capacity_kind == CapacityKind::Budget) {
                const int into_year = (month - spec.start_month) % 12;
                committed[uk] += entered * (spec.cost_per_entry +
                                            spec.cost_per_participant_month * expected_min(spec, 12 - into_year));
            }
            if (carry_over) {
                place(k, taken, true);
                occupied[uk] += entered;
                continue;
            }
            entries_so_far[uk] += entered;
            women_entries_so_far[uk] += entered_women;
            month_entries[uk] = entered;
            at(MeasureField::Entries, k) += entered;
            at(MeasureField::EntriesWomen, k) += entered_women;
            if (spec.integration_on_entry && spec.counts_as_integration) {
                at(MonthlyField::Integrations, month) += entered;
                at(MonthlyField::IntegrationsWomen, month) += entered_women;
                at(MonthlyField::IntegrationsSingleParents, month) += (taken.colwise().sum() * single_parent).sum();
                at(MonthlyField::IntegrationsLtr, month) += ltr_mass(taken);
                at(MeasureField::IntegrationsAfter, k) += entered;
            }
            if (spec.integration_on_entry && spec.leaves_benefit) {
                // In the stock this month, gone at its end.
                at(MonthlyField::Exits, month) += entered;
                tally[layout.person_months()] += entered;
                leave(taken);
            } else {
                place(k, taken, false);
                occupied[uk] += entered;
            }
        }
        for (auto& b : blocks)
            if (b.kind != BlockKind::In) b.mass *= retained;
        for (int k = 0; k < measures; ++k) book_costs(k, month, month_entries[static_cast<std::size_t>(k)]);
    }

    // Entrants start with the full duration; carried-over participants with a residual one.
    void place(int k, const Grid& entrants, bool carry_over) {
        const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
        const auto& in = in_block[static_cast<std::size_t>(k)];
        if (spec.duration_kind == DurationKind::Geometric) {
            blocks[static_cast<std::size_t>(in[0])].mass += entrants;
            return;
        }
        const int duration = fixed_duration(spec);
        if (!carry_over) {
            blocks[static_cast<std::size_t>(in[static_cast<std::size_t>(duration)])].mass += entrants;
            return;
        }
        for (int left = 1; left <= duration; ++left)
            blocks[static_cast<std::size_t>(in[static_cast<std::size_t>(left)])].mass += entrants / duration;
    }

    void leave(const Grid& persons) {
        if (!pool.empty()) pool[0] += persons;
    }

    // The month's money, as in the Monte Carlo step.
    void book_costs(int k, int month, double entries) {
        const MeasureSpec& spec = model.measures[static_cast<std::size_t>(k)].spec;
        const double participants = occupied[static_cast<std::size_t>(k)];
        at(MeasureField::ParticipantMonths, k) += participants;
        double spend = spec.cost_per_participant_month * participants + spec.cost_per_entry * entries;
        if (month >= spec.start_month && month < spec.end_month) {
            if (spec.capacity_kind == CapacityKind::Slots) spend += spec.cost_per_slot_month * spec.capacity;
            spend += spec.cost_fixed / 12.0;
        }
        at(MeasureField::Spend, k) += spend;
        if (spec.egt_funded) at(MonthlyField::SpendEgt, month) += spend;
    }

    // Probabilities of integrating and of leaving otherwise for one hazard class this
    // month (competing risks, exponential link), computed when a block first needs them.
    void prepare_class(int effect, const Block& b) {
        const auto e = static_cast<std::size_t>(effect);
        if (class_ready[e]) return;
        double fi = 1, fe = 1;
        if (b.kind == BlockKind::In) {
            fi = model.measures[static_cast<std::size_t>(b.measure)].spec.lock_in;
            fe = model.measures[static_cast<std::size_t>(b.measure)].spec.exit_factor;
        } else if (b.kind == BlockKind::Post) {
            fi = post_factor[static_cast<std::size_t>(b.measure)];
        }
        Grid& p_int = p_integrate[e];
        Grid& p_out = p_exit[e];
        p_out = hazard_integration * fi + hazard_exit * fe;                       // total hazard
        p_int = (p_out > 0).select(hazard_integration * fi / p_out, 0.0);         // integration share
        p_out = -(-p_out).expm1();                                                 // P(leave the state)
        p_int *= p_out;
        p_out -= p_int;
        class_ready[e] = 1;
    }

    // Steps 3 and 5: competing events, month-end stock, then everybody ages a month.
    void live(int month) {
        const HazardLayout& hz = model.hazards;
        const auto calendar = static_cast<std::size_t>(model.calendar_month[static_cast<std::size_t>(month)]);
        const double level_integration = s.integration.base * s.integration.season[calendar] * factor_integration;
        const double level_exit = s.exit.base * s.exit.season[calendar] * factor_exit;
        for (int c = 0; c < cells; ++c) {
            const auto cls = static_cast<std::size_t>(hz.class_of_cell[static_cast<std::size_t>(c)]);
            for (int d = 0; d < kRows; ++d) {
                const auto g = static_cast<std::size_t>(hz.group_of_months[static_cast<std::size_t>(d)]);
                hazard_integration(d, c) = level_integration * hz.class_integration[cls] * hz.group_integration[g];
                hazard_exit(d, c) = level_exit * hz.class_exit[cls] * hz.group_exit[g];
            }
        }
        std::fill(class_ready.begin(), class_ready.end(), 0);
        const double stays = s.stays_in_benefit_share;
        for (auto& g : next) g.setZero();
        leavers.setZero();
        double integrations = 0, integrations_women = 0, integrations_sp = 0, integrations_ltr = 0, exits = 0;

        for (std::size_t bi = 0; bi < blocks.size(); ++bi) {
            const Block& b = blocks[bi];
            const double mass_total = b.mass.sum();
            if (mass_total <= 0) continue;
            tally[layout.person_months()] += mass_total;
            prepare_class(b.effect, b);
            integrating = b.mass * p_integrate[static_cast<std::size_t>(b.effect)];
            exiting = b.mass * p_exit[static_cast<std::size_t>(b.effect)];
            const double integrated = integrating.sum();
            integrations += integrated;
            integrations_women += (integrating.colwise().sum() * woman).sum();
            integrations_sp += (integrating.colwise().sum() * single_parent).sum();
            integrations_ltr += ltr_mass(integrating);
            if (b.kind != BlockKind::None) at(MeasureField::IntegrationsAfter, b.measure) += integrated;
            exits += exiting.sum() + integrated * (1 - stays);
            leavers += exiting + integrating * (1 - stays);
            // Integrating ends a participation; an after-effect carries on.
            next[bi] += b.mass - exiting - integrating;
            if (b.kind == BlockKind::In) next[0] += integrating * stays;
            else next[bi] += integrating * stays;
        }
        at(MonthlyField::Integrations, month) += integrations;
        at(MonthlyField::IntegrationsWomen, month) += integrations_women;
        at(MonthlyField::IntegrationsSingleParents, month) += integrations_sp;
        at(MonthlyField::IntegrationsLtr, month) += integrations_ltr;
        at(MonthlyField::Exits, month) += exits;
        leave(leavers);

        // Month-end stock.
        double elb = 0, ltr = 0, women = 0, sp = 0;
        for (const auto& g : next) {
            elb += g.sum();
            ltr += ltr_mass(g);
            const CellRow by_cell = g.colwise().sum();
            women += (by_cell * woman).sum();
            sp += (by_cell * single_parent).sum();
        }
        at(MonthlyField::Elb, month) = elb;
        at(MonthlyField::Ltr, month) = ltr;
        at(MonthlyField::Women, month) = women;
        at(MonthlyField::SingleParents, month) = sp;

        // Participations and after-effects count down.
        for (auto& b : blocks) b.mass.setZero();
        blocks[0].mass = next[0];
        for (std::size_t bi = 1; bi < next.size(); ++bi) {
            const Block& b = blocks[bi];
            const Grid& mass = next[bi];
            const auto k = static_cast<std::size_t>(b.measure);
            const MeasureSpec& spec = model.measures[k].spec;
            if (b.kind == BlockKind::Post) {
                if (b.left > 1) blocks[static_cast<std::size_t>(post_block[k][static_cast<std::size_t>(b.left - 1)])].mass += mass;
                else blocks[0].mass += mass;
                continue;
            }
            const bool forced_end = month + 1 >= spec.end_month;
            ending = mass;
            if (!forced_end) {
                if (b.left == 0) {  // geometric: continue with probability 1 - 1/mean
                    const double stay = spec.duration_months > 1 ? 1.0 - 1.0 / spec.duration_months : 0.0;
                    blocks[bi].mass += mass * stay;
                    ending = mass * (1 - stay);
                } else if (b.left > 1) {
                    blocks[static_cast<std::size_t>(in_block[k][static_cast<std::size_t>(b.left - 1)])].mass += mass;
                    continue;
                }
            }
            if (spec.post_months > 0)
                blocks[static_cast<std::size_t>(post_block[k][static_cast<std::size_t>(spec.post_months)])].mass += ending;
            else
                blocks[0].mass += ending;
        }
        for (auto& b : blocks) age_one_month(b.mass);  // the pool keeps months at exit
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
    for (auto& indicator : results.indicators) indicator.p_target_met.reset();
    return results;
}

}  // namespace intsim
