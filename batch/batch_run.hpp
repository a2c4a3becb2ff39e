#pragma once
// One batch (intsim batch): many scenarios, one per jobcenter, with the same
// replications and seed, one after the other, each scenario's replications split across
// the ranks of an MPI job (docs/cluster.md says why). Each jobcenter's folder holds what
// `intsim run` writes for it.
//
// The failure policy: every step of a scenario (loading, simulating, writing) ends with
// all ranks agreeing whether it failed anywhere (try_collectively), so a failed scenario
// is skipped by all ranks together and none waits in a collective; it is recorded with
// the lowest rank it failed on and the batch goes on. An interruption stops the batch:
// the scenarios finished before keep their outputs, and there is no summary.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/mpi_context.hpp"
#include "model/scenario.hpp"
#include "report/batch_summary.hpp"
#include "report/run_outputs.hpp"

namespace intsim {

/// A scenario of the batch, read.
struct BatchScenario {
    std::string file;    ///< as loaded
    std::string sha256;  ///< of the resolved scenario
    Scenario scenario;   ///< its name names the output folder
};

struct BatchRequest {
    std::string name;                ///< of the directory or list
    std::vector<std::string> files;  ///< the scenario files, in list order
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    int threads = 0;           ///< per rank; 0 = all cores
    std::string out_dir;       ///< checked and writable
    ReportOptions report;      ///< of each jobcenter's folder (its results.json is always written)
    const std::atomic<bool>* cancel = nullptr;
    std::string version;       ///< of intsim, for results.json

    /// Reads one scenario file; throws InputError for bad input.
    std::function<BatchScenario(const std::string& file)> load;
    /// Replications done by this rank in the whole batch.
    std::function<void(std::size_t done)> progress;
    /// A scenario written (index in `files`), on every rank.
    std::function<void(std::size_t index, const BatchScenario& scenario)> finished;
    /// A scenario that failed and is skipped, on every rank.
    std::function<void(const BatchFailure& failure)> failed;
    /// The batch is interrupted at scenario `index` (then rethrown), on every rank.
    std::function<void(std::size_t index, std::size_t finished)> interrupted;
};

/// Collective. Runs every scenario of the batch and returns the summary: its jobcenters
/// and total on rank 0, its failures on every rank. Throws Cancelled (every rank) when
/// interrupted.
BatchSummary run_batch(const MpiContext& mpi, const BatchRequest& request);

}  // namespace intsim
