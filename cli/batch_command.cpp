// intsim batch: many scenarios (one per jobcenter) with the same replications and seed,
// each written to OUT/<scenario name>/ (what `run` writes), plus batch-summary.json/.csv and report.html with
// every jobcenter and the total. Under MPI each scenario's replications are split
// across all ranks (docs/cluster.md says why); a scenario that fails is reported and
// skipped, the others still run.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "cli/batch_list.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/projection_across_ranks.hpp"
#include "cli/report_options.hpp"
#include "cli/scenario_loading.hpp"
#include "engine/atomic_output.hpp"
#include "engine/input_error.hpp"
#include "engine/mpi_context.hpp"
#include "model/build_model.hpp"
#include "report/batch_summary.hpp"
#include "report/results_json.hpp"

namespace intsim {

namespace {

struct BatchArguments {
    std::string dir_or_list;
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    int threads = 0;
    std::string out;
    bool quiet = false;
    ReportArguments report;
};

std::string scenario_label(const std::string& file) { return std::filesystem::path(file).stem().string(); }

int batch(const BatchArguments& args) {
    const MpiContext mpi;  // one rank unless started by mpirun or srun
    mute_unless_root(mpi);
    std::vector<std::string> files;
    collectively(mpi, [&] { files = list_batch_scenarios(args.dir_or_list); });
    const auto start = std::chrono::steady_clock::now();

    BatchSummary summary;
    summary.name = batch_name(args.dir_or_list);
    summary.replications = args.replications;
    summary.seed = args.seed;
    summary.threads = effective_threads(args.threads);
    summary.ranks = mpi.size();
    const std::string out_dir = args.out.empty() ? "out/" + summary.name : args.out;
    const ReportOptions report = report_options(args.report);
    collectively(mpi, [&] { check_output_directory(out_dir); });
    const Wording say = report.wording();

    const Block mine = block_of(args.replications, mpi.size(), mpi.rank());
    ProgressBar progress(files.size() * mine.count, !args.quiet && mpi.is_root());
    std::size_t done_before = 0;  // replications of earlier scenarios on this rank
    RunControl control;
    control.threads = args.threads;
    control.cancel = &g_cancel_requested;
    control.progress = [&](std::size_t done) { progress.update(done_before + done); };

    BatchTotals totals(args.replications);
    std::map<std::string, std::string> used_names;  // scenario name -> file
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string& file = files[i];
        const auto scenario_start = std::chrono::steady_clock::now();
        // Each step ends with all ranks agreeing whether it failed anywhere, so a bad
        // scenario is skipped by all ranks together and none waits in a collective.
        std::optional<LoadedScenario> loaded;
        std::optional<Model> model;
        auto failure = try_collectively(mpi, [&] {
            loaded = load_scenario(file, {});
            check_batch_folder_name(loaded->scenario.name, loaded->file, used_names);
            model = build_model(loaded->scenario);
            check_fits_in_memory(file, *model,
                                 std::min<std::uint64_t>(args.replications,
                                                         static_cast<std::uint64_t>(effective_threads(args.threads))));
        });
        std::vector<double> tallies;
        if (!failure) {
            used_names[loaded->scenario.name] = file;
            failure = simulate_across_ranks(mpi, *model, args.seed, args.replications, control, tallies);
        }
        if (!failure)
            failure = try_collectively(mpi, [&] {
                if (!mpi.is_root()) return;
                ProjectionOptions options;
                options.replications = args.replications;
                options.seed = args.seed;
                options.control.threads = args.threads;
                Results results = summarise_across_ranks(
                    mpi, *model, tallies, options,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - scenario_start).count());
                results.scenario_sha256 = loaded->sha256;
                // Each jobcenter's folder holds what `intsim run` writes for it; its
                // results.json is always there, as the summary points to it.
                OutputSet outputs((std::filesystem::path(out_dir) / loaded->scenario.name).string());
                ReportOptions own = report;
                own.json = true;
                stage_run_outputs(outputs, results, INTSIM_VERSION, own);
                outputs.commit();
                summary.jobcenters.push_back(
                    {totals.add(*model, tallies), file, loaded->sha256, loaded->scenario.name + "/results.json"});
            });
        done_before += mine.count;
        if (!failure) {
            if (!args.quiet)
                std::cout << fmt::format("[{}/{}] {} -> {}/{}/results.json\n", i + 1, files.size(),
                                         loaded->scenario.name, out_dir, loaded->scenario.name);
            continue;
        }
        if (failure->kind == RankFailure::Kind::Cancelled) {
            progress.finish();
            std::cerr << fmt::format("intsim: batch interrupted at scenario {} of {}: the {} scenarios finished "
                                     "before keep their outputs in {}; no batch summary\n",
                                     i + 1, files.size(), summary.jobcenters.size(), out_dir);
            rethrow(*failure);
        }
        progress.finish();
        const BatchFailure failed{scenario_label(file), file, failure->rank,
                                  failure->kind == RankFailure::Kind::Input, failure->message};
        std::cerr << fmt::format("intsim: scenario {} failed{}: {}\n", failed.scenario,
                                 mpi.size() > 1 ? fmt::format(" on rank {}", failed.rank) : "", failed.message);
        summary.failures.push_back(failed);
    }
    progress.finish();
    if (!mpi.is_root()) return batch_exit_code(summary.failures);

    summary.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    summary.total = totals.total();
    if (!summary.jobcenters.empty()) {
        OutputSet outputs(out_dir);
        stage_batch_outputs(outputs, summary, INTSIM_VERSION, report);
        const auto paths = outputs.commit();
        std::cout << batch_summary_table(summary, say);
        for (const auto& path : paths) std::cout << say(words::wrote_file, path) << "\n";
    }
    if (!summary.failures.empty())
        std::cerr << fmt::format("intsim: {} of {} scenarios failed{}\n", summary.failures.size(), files.size(),
                                 summary.jobcenters.empty() ? "; nothing written" : "");
    return batch_exit_code(summary.failures);
}

}  // namespace

void add_batch_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<BatchArguments>();
    CLI::App* cmd = app.add_subcommand("batch", "run many scenarios (one per jobcenter) and sum them up");
    cmd->add_option("dir_or_list", args->dir_or_list,
                    "directory of scenario files (*.json) or a text file listing one per line")
        ->required();
    cmd->add_option("--reps", args->replications, "replications per scenario (default 1000)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    cmd->add_option("--seed", args->seed, "random seed, 0..4294967295 (default 1)");
    cmd->add_option("--threads", args->threads, "worker threads per rank (default: all cores)")
        ->check(CLI::Range(1, 1024));
    cmd->add_option("--out", args->out, "output directory (default out/<name of the directory or list>)");
    cmd->add_flag("--quiet", args->quiet, "no progress bar and no line per finished scenario");
    add_report_options(*cmd, args->report);
    cmd->callback([&action, args] { action = [args] { return batch(*args); }; });
}

}  // namespace intsim
