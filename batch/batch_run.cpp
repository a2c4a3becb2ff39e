#include "batch/batch_run.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>

#include "model/batch_totals.hpp"
#include "model/build_model.hpp"
#include "montecarlo/footprint.hpp"
#include "montecarlo/projection_across_ranks.hpp"

namespace intsim {

namespace {

std::string scenario_label(const std::string& file) {
    const std::size_t slash = file.find_last_of('/');
    const std::string name = slash == std::string::npos ? file : file.substr(slash + 1);
    const std::size_t dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::string folder_in(const std::string& dir, const std::string& name) {
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

}  // namespace

BatchSummary run_batch(const MpiContext& mpi, const BatchRequest& request) {
    const auto start = std::chrono::steady_clock::now();
    BatchSummary summary;
    summary.name = request.name;
    summary.replications = request.replications;
    summary.seed = request.seed;
    summary.threads = effective_threads(request.threads);
    summary.ranks = mpi.size();

    const Block mine = block_of(request.replications, mpi.size(), mpi.rank());
    std::size_t done_before = 0;  // replications of earlier scenarios on this rank
    RunControl control;
    control.threads = request.threads;
    control.cancel = request.cancel;
    control.progress = [&](std::size_t done) {
        if (request.progress) request.progress(done_before + done);
    };

    BatchTotals totals(request.replications);
    std::map<std::string, std::string> used_names;  // scenario name -> file
    const std::uint64_t workers =
        std::min<std::uint64_t>(request.replications, static_cast<std::uint64_t>(effective_threads(request.threads)));
    for (std::size_t i = 0; i < request.files.size(); ++i) {
        const std::string& file = request.files[i];
        const auto scenario_start = std::chrono::steady_clock::now();
        std::optional<BatchScenario> loaded;
        std::optional<Model> model;
        auto failure = try_collectively(mpi, [&] {
            loaded = request.load(file);
            check_batch_folder_name(loaded->scenario.name, loaded->file, used_names);
            model = build_model(loaded->scenario);
            check_fits_in_memory(file, *model, workers);
        });
        std::vector<double> tallies;
        if (!failure) {
            used_names[loaded->scenario.name] = file;
            failure = simulate_across_ranks(mpi, *model, request.seed, request.replications, control, tallies);
        }
        if (!failure)
            failure = try_collectively(mpi, [&] {
                if (!mpi.is_root()) return;
                ProjectionOptions options;
                options.replications = request.replications;
                options.seed = request.seed;
                options.control.threads = request.threads;
                Results results = summarise_across_ranks(
                    mpi, *model, tallies, options,
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - scenario_start).count());
                results.scenario_sha256 = loaded->sha256;
                // The summary points to each jobcenter's results.json: it is always there.
                OutputSet outputs(folder_in(request.out_dir, loaded->scenario.name));
                ReportOptions own = request.report;
                own.json = true;
                stage_run_outputs(outputs, results, request.version, own);
                outputs.commit();
                summary.jobcenters.push_back({totals.add(*model, tallies), file, loaded->sha256,
                                              loaded->scenario.name + "/results.json"});
            });
        done_before += mine.count;
        if (!failure) {
            if (request.finished) request.finished(i, *loaded);
            continue;
        }
        if (failure->kind == RankFailure::Kind::Cancelled) {
            if (request.interrupted) request.interrupted(i, summary.jobcenters.size());
            rethrow(*failure);
        }
        const BatchFailure failed{scenario_label(file), file, failure->rank,
                                  failure->kind == RankFailure::Kind::Input, failure->message};
        if (request.failed) request.failed(failed);
        summary.failures.push_back(failed);
    }
    summary.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    summary.total = totals.total();
    return summary;
}

}  // namespace intsim
