// intsim batch: many scenarios (one per jobcenter) with the same replications and seed,
// each written to OUT/<scenario name>/ (what `run` writes), plus batch-summary.json/.csv and report.html with
// every jobcenter and the total. The batch itself, across MPI ranks and with its failure
// policy, is batch/batch_run.hpp; here its arguments, its console lines and its summary.
#include <iostream>

#include <fmt/format.h>

#include "batch/batch_run.hpp"
#include "cli/batch_list.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/report_options.hpp"
#include "cli/scenario_loading.hpp"
#include "engine/atomic_output.hpp"
#include "engine/mpi_context.hpp"
#include "report/batch_summary.hpp"

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

int batch(const BatchArguments& args) {
    const MpiContext mpi;  // one rank unless started by mpirun or srun
    mute_unless_root(mpi);
    BatchRequest request;
    collectively(mpi, [&] { request.files = list_batch_scenarios(args.dir_or_list); });
    request.name = batch_name(args.dir_or_list);
    request.replications = args.replications;
    request.seed = args.seed;
    request.threads = args.threads;
    request.out_dir = args.out.empty() ? "out/" + request.name : args.out;
    request.report = report_options(args.report);
    request.cancel = &g_cancel_requested;
    request.version = INTSIM_VERSION;
    collectively(mpi, [&] { check_output_directory(request.out_dir); });
    const std::size_t files = request.files.size();

    const Block mine = block_of(args.replications, mpi.size(), mpi.rank());
    ProgressBar progress(files * mine.count, !args.quiet && mpi.is_root());
    request.load = [](const std::string& file) {
        LoadedScenario loaded = load_scenario(file, {});
        return BatchScenario{loaded.file, loaded.sha256, std::move(loaded.scenario)};
    };
    request.progress = [&](std::size_t done) { progress.update(done); };
    request.finished = [&](std::size_t i, const BatchScenario& done) {
        if (!args.quiet)
            std::cout << fmt::format("[{}/{}] {} -> {}/{}/results.json\n", i + 1, files, done.scenario.name,
                                     request.out_dir, done.scenario.name);
    };
    request.failed = [&](const BatchFailure& failed) {
        progress.finish();
        std::cerr << fmt::format("intsim: scenario {} failed{}: {}\n", failed.scenario,
                                 mpi.size() > 1 ? fmt::format(" on rank {}", failed.rank) : "", failed.message);
    };
    request.interrupted = [&](std::size_t i, std::size_t finished) {
        progress.finish();
        std::cerr << fmt::format("intsim: batch interrupted at scenario {} of {}: the {} scenarios finished "
                                 "before keep their outputs in {}; no batch summary\n",
                                 i + 1, files, finished, request.out_dir);
    };
    BatchSummary summary = run_batch(mpi, request);
    progress.finish();
    if (!mpi.is_root()) return batch_exit_code(summary.failures);

    const Wording say = request.report.wording();
    if (!summary.jobcenters.empty()) {
        OutputSet outputs(request.out_dir);
        stage_batch_outputs(outputs, summary, INTSIM_VERSION, request.report);
        const auto paths = outputs.commit();
        std::cout << batch_summary_table(summary, say);
        for (const auto& path : paths) std::cout << say(words::wrote_file, path) << "\n";
    }
    if (!summary.failures.empty())
        std::cerr << fmt::format("intsim: {} of {} scenarios failed{}\n", summary.failures.size(), files,
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
