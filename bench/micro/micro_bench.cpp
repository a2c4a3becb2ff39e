// Google Benchmark micro-benchmarks of the hot parts of a replication, on the shipped
// Lahn-Dill 2022 scenario: the random engine, the month's draws, the allocation pass and
// one whole replication. Built with -DINTSIM_BENCH=ON; run build/intsim_micro.
// Items are person-months (or draws), so the "items_per_second" column compares with
// the harness's throughput figures.
#include <benchmark/benchmark.h>

#include <vector>

#include <nlohmann/json.hpp>

#include "engine/document.hpp"
#include "engine/rng.hpp"
#include "model/build_model.hpp"
#include "model/model.hpp"
#include "model/population.hpp"
#include "model/scenario.hpp"
#include "montecarlo/allocation.hpp"
#include "montecarlo/simulate.hpp"

#ifndef INTSIM_SOURCE_DIR
#define INTSIM_SOURCE_DIR "."
#endif

namespace {

using namespace intsim;

const Model& lahn_dill() {
    static const Model model = [] {
        const std::string path = std::string(INTSIM_SOURCE_DIR) + "/scenarios/lahn-dill-2022.json";
        return build_model(parse_scenario(load_document(path).json, path));
    }();
    return model;
}

void BM_PhiloxWord(benchmark::State& state) {
    std::uint32_t subject = 0, sink = 0;
    for (auto _ : state) {
        sink ^= random_words({1, 2}, subject++, 3, Stream::Transition)[0];
        benchmark::DoNotOptimize(sink);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PhiloxWord);

void BM_DrawMonthWords(benchmark::State& state) {
    const Model& model = lahn_dill();
    Workspace ws;
    fill_start_population(model, 0.5, ws.stock);
    for (auto _ : state) {
        draw_month_words({1, 0}, 3, ws);
        benchmark::DoNotOptimize(ws.word_event.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(ws.stock.size()));
}
BENCHMARK(BM_DrawMonthWords);

void BM_AllocateMeasures(benchmark::State& state) {
    // Month 1 of a fresh stock with every measure empty: each refills in one month,
    // which is more allocation work than a usual month (an upper bound).
    const Model& model = lahn_dill();
    const TallyLayout layout = tally_layout(model);
    std::vector<double> tally(layout.size());
    Workspace ws;
    ws.measures.resize(model.measures.size());
    fill_start_population(model, 0.5, ws.stock);
    const PersonColumns start = ws.stock;
    for (auto _ : state) {
        state.PauseTiming();
        ws.stock = start;
        for (auto& m : ws.measures) {
            m.occupied = 0;
        }
        draw_month_words({1, 0}, 1, ws);
        state.ResumeTiming();
        allocate_measures(model, {1, 0}, 1, ws, layout, tally);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(start.size()));
}
BENCHMARK(BM_AllocateMeasures);

void BM_SimulateReplication(benchmark::State& state) {
    const Model& model = lahn_dill();
    std::vector<double> tally(tally_layout(model).size());
    Workspace ws;
    std::uint32_t replication = 0;
    double person_months = 0;
    for (auto _ : state) {
        simulate_replication(model, {1, replication++}, ws, tally);
        person_months += tally[tally_layout(model).person_months()];
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(person_months));
    state.counters["person_months_per_replication"] = person_months / static_cast<double>(state.iterations());
}
BENCHMARK(BM_SimulateReplication)->Unit(benchmark::kMillisecond);

void BM_StartPopulation(benchmark::State& state) {
    const Model& model = lahn_dill();
    PersonColumns persons;
    for (auto _ : state) {
        fill_start_population(model, 0.37, persons);
        benchmark::DoNotOptimize(persons.uid.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(persons.size()));
}
BENCHMARK(BM_StartPopulation);

}  // namespace

BENCHMARK_MAIN();
