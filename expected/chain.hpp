#pragma once
// The expected model's Markov chain (expected_model.hpp says what it models and where it
// approximates): the mass of persons in blocks of (attribute cell x months in benefit),
// one block per measure state, advanced month by month in the Monte Carlo month's steps.
// Internal to expected/: its month is told in three files, in the order of the month:
// chain.cpp (the blocks, the start and step 1, arrivals), chain_entries.cpp (step 2,
// measure entries) and chain_events.cpp (steps 3 to 5: events, month-end stock, ageing
// and the countdowns of participations and after-effects).
#include <Eigen/Core>

#include <cstdint>
#include <vector>

#include "model/model.hpp"
#include "model/replication_factors.hpp"
#include "model/tally.hpp"

namespace intsim::expected_chain {

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
inline void age_one_month(Grid& g) {
    g.col(kRows - 1) += g.col(kRows - 2);
    for (int d = kRows - 2; d >= 1; --d) g.col(d) = g.col(d - 1);
    g.col(0).setZero();
}

inline double ltr_mass(const Grid& g) { return g.rightCols(kRows - kLtrMinMonths).sum(); }

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
    // [point][n]: the share of carry_taken[n] at each point of the grid (column-major
    // order), a point's shares side by side for settle_carries.
    Eigen::Array<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> carry_shares;
    std::vector<double> moved_by;  // [n], scratch
    Grid carry_mass, carry_share_sum;
    // This month's share of the free persons taken as hires that would have happened
    // anyway, of all measures together, and the no-measure event probabilities of those
    // left (they are the month's integrators less the ones taken).
    Grid anyway_all, p_integrate_left, p_exit_left;
    bool anyway_this_month = false;
    std::vector<Grid> p_integrate, p_exit;   // by effect, this month
    std::vector<std::uint8_t> class_ready;
    std::vector<double> compact_integrate, compact_exit;  // by (hazard class, group), this month

    double& at(MonthlyField f, int month) { return tally[layout.monthly(f, static_cast<std::size_t>(month))]; }
    double& at(MeasureField f, int k) { return tally[layout.measure(f, static_cast<std::size_t>(k))]; }

    // --- The chain's blocks and the population step (chain.cpp) ---
    explicit Chain(const Model& m);
    int effect_of(EffectFactors factors);
    int add_block(BlockKind kind, int measure, int left, int effect);
    int add_carry(int measure, int left, int effect, int partner);

    // Persons of measure k carried in carry blocks.
    double carried_in(int k) const;

    // Moves the mass of `leaving` persons of carry block b (from every cell alike) back to
    // its partner block: their later participations end.
    void release(Block& b, double leaving);
    const LevelFactors& level_of(int month) const;

    // The block of a person with `flat` month ends without growth left (0: gap-free).
    Grid& flat_block(int flat);

    // The grid of block b, marked as holding mass.
    Grid& mark(int b);

    // The start strata as at the end of last month (population.hpp), moved on by that
    // month's end as live() moves its blocks: a gap-free spell grows by a month, a returner
    // with f flat month ends left has f - 1 (the last one goes on as gap-free). The pool
    // strata are the pool as arrive() finds it.
    void start();

    // Step 1: returners and newcomers.
    void arrive(int month);
    double stock_mass() const;
    double women_mass() const;

    // --- The measure step: entries (chain_entries.cpp) ---
    // Entries wanted, as in the Monte Carlo step; a budget-limited measure commits the
    // expected cost of an entrant within the measure-year.
    double entries_wanted_now(const MeasureSpec& spec, int k, int month);
    static double expected_entry_commitment(const MeasureSpec& spec, int month);

    // Step 2: measures take fractions of the eligible free mass, in measure order.
    void allocate(int month);

    // Measure blocks hold no flat phase: an entrant's months in benefit grow from entry
    // on. A returner below the LZB line whose months would have stayed flat for r more
    // months enters r months lower instead, so that it crosses the line when it would have
    // (its months count then runs low by up to r until it catches up). Returners above
    // the line enter as they are (they stay LZB either way). `lagged`: `taken` so moved;
    // called before `retained` takes this measure's share.
    void lag_returners(const Grid& entrants);

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
    // measure, taken there block by block over the block's occupied points only (an
    // after-effect block holds the cells its measure takes, a quarter of the grid in the
    // three-year Lahn-Dill plan, whose some 550 such blocks make this the month's largest
    // part), with each point's shares of all measures side by side.
    void carry_into(int k, const MeasureSpec& spec);

    // The occupied after-effect blocks at the start of the month's allocation, and their total.
    void gather_carry_sources();

    // The carriers move into their carry blocks, with each measure's occupancy.
    void settle_carries();

    // Entrants start with the full duration; carried-over participants with a residual one.
    void place(int k, const Grid& entrants, bool carry_over);
    void leave(const Grid& persons);

    // The month's money, as in the Monte Carlo step.
    void book_costs(int k, int month, double entries);

    // --- The month's events and countdowns (chain_events.cpp) ---
    // Probabilities of integrating and of leaving otherwise for one effect (none, a
    // measure's lock-in, its after-effect) this month: competing risks with the
    // exponential link, computed once per (hazard class, months-in-benefit group) and
    // spread over the grid, when a block first needs them.
    void prepare_class(int effect, double level_integration, double level_exit);

    // Steps 3 and 5: competing events, month-end stock, then everybody ages a month.
    // Blocks are updated in place; countdowns rotate buffers instead of copying them.
    void live(int month);

    // Moves buffer list[1..n] down by one: list[1] is handed to `sink`, list[n] empties.
    void rotate_down(const std::vector<int>& list, int n, Grid& sink);
    static double occupancy_total(const Block& b);

    // Carry blocks count down with their after-effect (as Post blocks do); the last
    // month's go to carry_none, occupancy and all.
    void rotate_carry(const MeasureBlocks& mb);

    // Later participations of carriers end: geometric ones with the measure's chance,
    // fixed ones when their months are up, all at the measure's end; the persons go back
    // to the free block of the after-effect they carry (or to none).
    void end_carried_participations(int month);

    // Where a participant leaving with `elapsed` months since entry goes: its after-effect
    // (at post index elapsed, or 0 when the after-effect counts from leaving) or none.
    Grid& after_effect(const MeasureBlocks& mb, int elapsed);
    void count_down(int k, int month);
};

}  // namespace intsim::expected_chain
