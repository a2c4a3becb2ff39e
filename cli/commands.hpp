#pragma once
// The sub-commands. Each registers its options on the CLI11 app and returns the action
// to run after parsing. Actions return the process exit code.
#include <CLI/CLI.hpp>

#include <atomic>
#include <functional>
#include <memory>

namespace intsim {

using Action = std::function<int()>;

/// Set by SIGINT/SIGTERM; long-running actions check it and stop cleanly.
extern std::atomic<bool> g_cancel_requested;

void add_run_command(CLI::App& app, Action& action);
void add_validate_command(CLI::App& app, Action& action);
void add_expect_command(CLI::App& app, Action& action);
void add_calibrate_command(CLI::App& app, Action& action);
void add_compare_command(CLI::App& app, Action& action);
void add_track_command(CLI::App& app, Action& action);
void add_optimise_command(CLI::App& app, Action& action);
void add_batch_command(CLI::App& app, Action& action);
void add_init_command(CLI::App& app, Action& action);
void add_runs_command(CLI::App& app, Action& action);
void add_serve_command(CLI::App& app, Action& action);

}  // namespace intsim
