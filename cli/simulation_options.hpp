#pragma once
// Options every simulating decision command takes (--reps, --seed, --threads, --out,
// --quiet), registered the same way as `intsim run` does.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdint>
#include <string>

#include "engine/runner.hpp"

namespace intsim {

struct SimulationArguments {
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    int threads = 0;
    std::string out;
    bool quiet = false;
};

/// --threads T (1..1024), as every simulating command and `intsim serve` take it.
inline void add_threads_option(CLI::App* cmd, int& threads, const std::string& help) {
    cmd->add_option("--threads", threads, help)->check(CLI::Range(1, 1024));
}

inline void add_simulation_options(CLI::App* cmd, SimulationArguments& args, const std::string& out_default) {
    cmd->add_option("--reps", args.replications, "replications (default 1000)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    cmd->add_option("--seed", args.seed, "random seed, 0..4294967295 (default 1)");
    add_threads_option(cmd, args.threads, "worker threads (default: all cores)");
    cmd->add_option("--out", args.out, "output directory (default " + out_default + ")");
    cmd->add_flag("--quiet", args.quiet, "no progress bar");
}

/// Seconds since `start`, for the run facts of a report.
inline double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace intsim
