#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/report_options.hpp"
#include "cli/scenario_loading.hpp"
#include "cli/store_options.hpp"
#include "engine/atomic_output.hpp"
#include "engine/input_error.hpp"
#include "engine/mpi_context.hpp"
#include "model/build_model.hpp"
#include "montecarlo/footprint.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/projection_across_ranks.hpp"
#include "report/results_json.hpp"
#include "report/summary_table.hpp"

namespace intsim {

namespace {

struct RunArguments {
    std::string scenario;
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    int threads = 0;
    std::string out;
    std::vector<std::string> sets;
    ReportArguments report;
    bool quiet = false;
    double offer = 0.8;
    StoreArguments store;
};

int run(const RunArguments& args) {
    // One rank unless started by mpirun or srun; then every rank runs this function.
    const MpiContext mpi;
    mute_unless_root(mpi);
    // Every rank reads and checks the scenario before the first collective, so bad input
    // ends all ranks alike (one message, from rank 0, exit code 2).
    std::optional<LoadedScenario> loaded;
    std::optional<Model> model;
    collectively(mpi, [&] {
        loaded = load_scenario(args.scenario, args.sets);
        model = build_model(loaded->scenario);
        check_fits_in_memory(args.scenario, *model,
                             std::min<std::uint64_t>(args.replications, static_cast<std::uint64_t>(effective_threads(args.threads))));
    });
    const std::string out_dir = args.out.empty() ? "out/" + loaded->scenario.name : args.out;
    collectively(mpi, [&] { check_output_directory(out_dir); });
    // Rank 0 records the run; a store it cannot write stops every rank before the work.
    std::optional<std::string> store;
    collectively(mpi, [&] {
        if (mpi.is_root()) store = store_to_record_in(args.store, out_dir);
    });
    const std::string started_at = utc_now();

    const auto start = std::chrono::steady_clock::now();
    const Block mine = block_of(args.replications, mpi.size(), mpi.rank());
    ProgressBar progress(mine.count, !args.quiet && mpi.is_root());  // rank 0's block stands for all
    ProjectionOptions options;
    options.replications = args.replications;
    options.seed = args.seed;
    options.offer_probability = args.offer;
    options.control.threads = args.threads;
    options.control.cancel = &g_cancel_requested;
    options.control.progress = [&](std::size_t done) { progress.update(done); };
    std::vector<double> tallies;
    if (auto failure = simulate_across_ranks(mpi, *model, args.seed, args.replications, options.control, tallies))
        rethrow(*failure);
    progress.finish();
    if (!mpi.is_root()) return 0;

    Results results = summarise_across_ranks(
        mpi, *model, tallies, options, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    results.scenario_sha256 = loaded->sha256;
    const ReportOptions report = report_options(args.report);
    OutputSet outputs(out_dir);
    stage_run_outputs(outputs, results, INTSIM_VERSION, report);
    // Recorded before the files are committed: a store that fails now leaves neither.
    if (store)
        record_run(*store, run_record(results, stored_scenario(*loaded, "scenario"), results_to_json(results, INTSIM_VERSION),
                                 record_facts(args.store, out_dir, started_at)), outputs);
    const auto paths = outputs.commit();
    const Wording say = report.wording();
    std::cout << summary_table(results, say);
    for (const auto& path : paths) std::cout << say(words::wrote_file, path) << "\n";
    return 0;
}

}  // namespace

void add_run_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<RunArguments>();
    CLI::App* cmd = app.add_subcommand("run", "Monte Carlo projection of a scenario");
    cmd->add_option("scenario", args->scenario, "scenario JSON file")->required();
    cmd->add_option("--reps", args->replications, "replications (default 1000)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    cmd->add_option("--seed", args->seed, "random seed, 0..4294967295 (default 1)");
    cmd->add_option("--threads", args->threads, "worker threads (default: all cores)")
        ->check(CLI::Range(1, 1024));
    cmd->add_option("--out", args->out, "output directory (default out/<scenario name>)");
    cmd->add_option("--set", args->sets, "override a scenario value: PATH=VALUE (repeatable)");
    add_report_options(*cmd, args->report);
    cmd->add_flag("--quiet", args->quiet, "no progress bar");
    cmd->add_option("--offer", args->offer, "probability of the offer shown in the summary (default 0.8)")
        ->check(CLI::Range(0.5, 0.999));
    add_store_options(cmd, args->store);
    cmd->callback([&action, args] { action = [args] { return run(*args); }; });
}

}  // namespace intsim
