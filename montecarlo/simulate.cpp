#include "montecarlo/simulate.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include <boost/random/normal_distribution.hpp>
#include <boost/random/poisson_distribution.hpp>
#include <fmt/format.h>

#include "engine/input_error.hpp"

#include "montecarlo/allocation.hpp"
#include "model/effects/measure_effect.hpp"
#include "model/monthly_rules.hpp"
#include "montecarlo/person_month.hpp"
#include "model/population.hpp"

namespace intsim {

namespace {

// Parameter streams are keyed by a stable subject, so that a measure's factor stays the
// same when other measures are added or removed (common random numbers across variants).
enum ParameterSubject : std::uint32_t { kIntegrationLevel = 1, kExitLevel = 2, kInflowLevel = 3 };

// A standard normal draw for `subject`; `step` 0 is the first year's level, step y the
// walk's step into calendar year y of the horizon.
double standard_normal(StreamKey key, std::uint32_t subject, std::uint32_t step = 0) {
    CounterUrng urng(key, subject, step, Stream::Parameters);
    boost::random::normal_distribution<double> normal;
    return normal(urng);
}

// This replication's factors of every measure's effect, as flat tables for the person loop.
void build_effect_tables(const Model& model, const ReplicationFactors& factors, Workspace& ws) {
    const std::size_t count = model.measures.size();
    ws.effects.resize(count);
    ws.effect_lock_in.resize(count);
    ws.effect_exit.resize(count);
    ws.effect_post_offset.resize(count);
    ws.effect_post_length.resize(count);
    ws.effect_post_since_entry.resize(count);
    ws.effect_post.clear();
    for (std::size_t k = 0; k < count; ++k) {
        const MeasureModel& measure = model.measures[k];
        EffectCurve& curve = ws.effects[k];
        effect_for_draw(measure.spec, measure.effect, factors.measure_draw[k], model.scenario.measure_effect_sd, curve);
        ws.effect_lock_in[k] = curve.lock_in;
        ws.effect_exit[k] = curve.exit;
        ws.effect_post_offset[k] = static_cast<std::uint32_t>(ws.effect_post.size());
        ws.effect_post_length[k] = static_cast<std::uint32_t>(curve.post.size());
        ws.effect_post_since_entry[k] = curve.since_entry;
        ws.effect_post.insert(ws.effect_post.end(), curve.post.begin(), curve.post.end());
    }
    // The largest factors on the hazards of anyone in a measure or an after-effect (1: the
    // hazard of someone in an after-effect is not changed), for person_month's bound.
    ws.effect_integration_max = 1.0;
    ws.effect_exit_max = 1.0;
    for (std::size_t k = 0; k < count; ++k) {
        ws.effect_integration_max = std::max(ws.effect_integration_max, ws.effect_lock_in[k]);
        ws.effect_exit_max = std::max(ws.effect_exit_max, ws.effect_exit[k]);
    }
    for (const double factor : ws.effect_post) ws.effect_integration_max = std::max(ws.effect_integration_max, factor);
}

// The log level of every calendar year: the first year's draw, then a walk.
std::vector<double> level_walk(StreamKey key, std::uint32_t subject, double sd, double drift_sd, std::size_t years) {
    std::vector<double> factors(years);
    double log_level = sd * standard_normal(key, subject);
    for (std::size_t y = 0; y < years; ++y) {
        if (y > 0) log_level += drift_sd * standard_normal(key, subject, static_cast<std::uint32_t>(y));
        factors[y] = std::exp(log_level);
    }
    return factors;
}

void build_hazard_tables(const Model& model, const ReplicationFactors& factors, Workspace& ws) {
    const HazardLayout& layout = model.hazards;
    const Scenario& s = model.scenario;
    const std::size_t rows = static_cast<std::size_t>(layout.class_count * layout.group_count);
    const std::size_t size = rows * static_cast<std::size_t>(model.months);
    ws.threshold_integration.resize(size);
    ws.threshold_leave.resize(size);
    ws.hazard_integration.resize(size);
    ws.hazard_exit.resize(size);
    for (int m = 0; m < model.months; ++m) {
        const int calendar = model.calendar_month[static_cast<std::size_t>(m)];
        const LevelFactors& year = factors.levels[static_cast<std::size_t>(model.year_of_month[static_cast<std::size_t>(m)])];
        const double level_integration = hazard_level(s.integration, calendar, year.integration);
        const double level_exit = hazard_level(s.exit, calendar, year.exit);
        for (int c = 0; c < layout.class_count; ++c) {
            for (int g = 0; g < layout.group_count; ++g) {
                const std::size_t i = static_cast<std::size_t>(m) * rows +
                                      static_cast<std::size_t>(c * layout.group_count + g);
                const double hi = person_hazard(level_integration, layout.class_integration[static_cast<std::size_t>(c)],
                                                layout.group_integration[static_cast<std::size_t>(g)]);
                const double he = person_hazard(level_exit, layout.class_exit[static_cast<std::size_t>(c)],
                                                layout.group_exit[static_cast<std::size_t>(g)]);
                const Thresholds t = competing_thresholds(hi, he);
                ws.hazard_integration[i] = hi;
                ws.hazard_exit[i] = he;
                ws.threshold_integration[i] = t.integration;
                ws.threshold_leave[i] = t.leave;
            }
        }
    }
}

// Step 1: returners from the pool, then newcomers.
void arrive(const Model& model, StreamKey key, int month, double inflow_factor, Workspace& ws,
            const TallyLayout& layout, std::span<double> tally) {
    const Scenario& s = model.scenario;
    const auto m = static_cast<std::size_t>(month);
    double arrivals = 0.0, reentries = 0.0;

    // Returners: their month was drawn when they left (schedule_reentry), in exit order.
    PersonColumns& pool = ws.pool;
    std::size_t waiting = 0;
    for (std::size_t j = 0; j < pool.size(); ++j) {
        if (pool.month_stamp[j] == month) {
            ws.stock.push_copy(pool, j);
            reentries += 1.0;
        } else {
            pool.move_within(j, waiting++);
        }
    }
    pool.resize(waiting);

    const double mean = inflow_mean(s, model.calendar_month[m], inflow_factor);
    std::uint32_t newcomers = 0;
    if (mean > 0.0) {
        // Newcomer uids hold 22 bits per month: a month with more newcomers cannot be
        // simulated faithfully, so it stops the run instead of being cut short. Only a
        // large inflow_sd can get here; build_model() rejects a mean that is too high.
        const auto too_many = [&](double count) {
            throw InputError(model.scenario.origin, "/inflow/monthly_mean",
                             fmt::format("replication {} drew {:.0f} newcomers in month {} (inflow factor {:.3g}); "
                                         "at most {} per month fit the person ids: lower monthly_mean or inflow_sd",
                                         key.replication, count, month + 1, inflow_factor,
                                         kMaxNewcomersPerMonth - 1));
        };
        if (mean >= static_cast<double>(kMaxNewcomersPerMonth)) too_many(mean);
        CounterUrng urng(key, 0, static_cast<std::uint32_t>(month), Stream::Inflow);
        boost::random::poisson_distribution<std::uint32_t, double> poisson(mean);
        newcomers = poisson(urng);
        if (newcomers >= kMaxNewcomersPerMonth) too_many(newcomers);
    }
    for (std::uint32_t j = 0; j < newcomers; ++j) {
        const std::uint32_t uid = newcomer_uid(month, j);
        const std::uint16_t cell =
            newcomer_cell(model.inflow_cell_cdf, random_words(key, uid, static_cast<std::uint32_t>(month), Stream::Inflow)[0]);
        PersonColumns& stock = ws.stock;
        stock.uid.push_back(uid);
        stock.history.push_back(1u);
        stock.cell.push_back(cell);
        stock.month_stamp.push_back(static_cast<std::int16_t>(month));
        stock.measure.push_back(0);
        stock.measure_left.push_back(0);
        stock.post_measure.push_back(0);
        stock.effect_month.push_back(0);
    }
    arrivals = reentries + newcomers;
    tally[layout.monthly(MonthlyField::Inflow, m)] += arrivals;
    tally[layout.monthly(MonthlyField::Reentries, m)] += reentries;
}

}  // namespace

// The draw loop is Philox over a column: with AVX2, GCC runs eight persons per vector,
// so where the CPU has it a second copy of the function is used (chosen at load time);
// the default build still runs on any x86-64. Integer arithmetic only: both copies give
// the same words.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define INTSIM_AVX2_CLONE __attribute__((target_clones("avx2", "default")))
#else
#define INTSIM_AVX2_CLONE
#endif

INTSIM_AVX2_CLONE void draw_month_words(StreamKey key, int month, Workspace& ws) {
    const std::size_t n = ws.stock.size();
    ws.word_event.resize(n);
    ws.word_ring_key.resize(n);
    const std::uint32_t* uid = ws.stock.uid.data();
    for (std::size_t i = 0; i < n; ++i) {
        const auto words = month_block(key, uid[i], month);
        ws.word_event[i] = words[kWordEvent];
        ws.word_ring_key[i] = words[kWordRingKey];
    }
}

ReplicationFactors draw_replication_factors(const Model& model, StreamKey replication) {
    const Scenario& s = model.scenario;
    // What nobody knows is shared by the jobcenters of a region (docs/cluster.md): the
    // region's domain, not the jobcenter's.
    const StreamKey key{replication.seed, replication.replication, model.parameter_domain};
    ReplicationFactors f;
    const std::size_t years = model.years.size();
    const auto integration = level_walk(key, kIntegrationLevel, s.integration_sd, s.integration_drift_sd, years);
    const auto exit = level_walk(key, kExitLevel, s.exit_sd, s.exit_drift_sd, years);
    const auto inflow = level_walk(key, kInflowLevel, s.inflow_sd, s.inflow_drift_sd, years);
    for (std::size_t y = 0; y < years; ++y) f.levels.push_back({integration[y], exit[y], inflow[y]});
    for (const auto& measure : model.measures) f.measure_draw.push_back(standard_normal(key, measure.random_subject));
    return f;
}

void simulate_replication(const Model& model, StreamKey replication, Workspace& ws, std::span<double> out,
                          const MonthEndHook& month_end) {
    simulate_replication(model, replication, draw_replication_factors(model, replication), ws, out, month_end);
}

void simulate_replication(const Model& model, StreamKey replication, const ReplicationFactors& factors, Workspace& ws,
                          std::span<double> out, const MonthEndHook& month_end) {
    // Every person-level draw, and the hook's, is the jobcenter's own chance.
    const StreamKey key{replication.seed, replication.replication, model.person_domain};
    const TallyLayout layout = tally_layout(model);
    // Counted in the thread's own buffer and copied to `out` once at the end: callers
    // hand out neighbouring slots of one array, whose borders share cache lines with
    // replications that other threads are counting all the while.
    ws.tally.assign(layout.size(), 0.0);
    const std::span<double> tally(ws.tally);
    build_hazard_tables(model, factors, ws);

    build_effect_tables(model, factors, ws);

    ws.measures.resize(model.measures.size());
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        MeasureState& state = ws.measures[k];
        state.occupied = 0;
        state.entries = state.entries_women = state.committed = state.entries_this_year = 0.0;
    }

    // The start population's histories end last month; this month they are in benefit.
    // The recent leavers who may come back (a warm start's) take uids after them.
    const auto offsets = random_words(key, 0, 0, Stream::Population);
    fill_start_population(model, uniform_open01(offsets[0]), ws.stock);
    fill_start_pool(model, key, uniform_open01(offsets[1]), static_cast<std::uint32_t>(ws.stock.size()), ws.pool);
    double start_ltr = 0;
    for (auto& history : ws.stock.history) {
        start_ltr += is_ltr(months_in(history));
        history = ((history << 1) | 1u) & kHistoryMask;
    }
    tally[layout.start_elb()] = static_cast<double>(ws.stock.size());
    tally[layout.start_ltr()] = start_ltr;

    for (int month = 0; month < model.months; ++month) {
        const LevelFactors& year = factors.levels[static_cast<std::size_t>(model.year_of_month[static_cast<std::size_t>(month)])];
        arrive(model, key, month, year.inflow, ws, layout, tally);
        draw_month_words(key, month, ws);
        allocate_measures(model, key, month, ws, layout, tally);
        live_one_month(model, key, month, ws, layout, tally);
        if (month_end) month_end(month, key, tally, ws);
    }
    std::copy(ws.tally.begin(), ws.tally.end(), out.begin());
}

}  // namespace intsim
