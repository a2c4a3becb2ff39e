#pragma once
// Where a command records its run (docs/workbench.md, "The run store"): --store FILE,
// else $INTSIM_STORE, else runs.sqlite beside the command's output folder (out/runs.sqlite
// for the default out/<name>), so a run's record lies where its files lie and a test
// that writes its outputs to a temporary folder records there too, never in a home
// folder. --store off (or INTSIM_STORE=off) records nothing.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "cli/scenario_loading.hpp"
#include "engine/atomic_output.hpp"
#include "store/run_records.hpp"
#include "store/run_store.hpp"

namespace intsim {

struct StoreArguments {
    std::string store;
    std::string note;
};

void add_store_options(CLI::App* cmd, StoreArguments& args);

/// Registers --store FILE|off alone (`intsim serve` and `intsim runs`: no --note), with `help`.
void add_store_file_option(CLI::App* cmd, std::string& store, const std::string& help);

/// The store's file for a command writing to `out_dir`; "" when recording is off.
std::string store_path(const StoreArguments& args, const std::string& out_dir);

/// The store's file for `intsim runs` and `intsim serve`: --store, else $INTSIM_STORE,
/// else out/runs.sqlite; "" when off.
std::string default_store_path(const std::string& given);

/// The store to record in, checked before the run so that one that cannot be written
/// stops the command before any work (exit 2, naming it): an existing store is opened, a
/// new one's folder must be creatable. Nothing is created (an interrupted run leaves
/// nothing behind). Empty when recording is off.
std::optional<std::string> store_to_record_in(const StoreArguments& args, const std::string& out_dir);

/// Records a finished run, creating the store (and its folder) when it is new, with the
/// report.html staged in `outputs` (when the run writes one): the store reopens it.
void record_run(const std::string& store, RunRecord run, const OutputSet& outputs);

RecordFacts record_facts(const StoreArguments& args, const std::string& out_dir, const std::string& started_at);

StoredScenario stored_scenario(const LoadedScenario& loaded, const std::string& role);

}  // namespace intsim
