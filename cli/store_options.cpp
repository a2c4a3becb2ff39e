#include "cli/store_options.hpp"

#include <cstdlib>
#include <filesystem>

#include "engine/atomic_output.hpp"

namespace intsim {

namespace {

bool is_off(const std::string& value) { return value == "off" || value == "none"; }

std::string from_environment() {
    const char* value = std::getenv("INTSIM_STORE");
    return value ? value : "";
}

}  // namespace

void add_store_options(CLI::App* cmd, StoreArguments& args) {
    add_store_file_option(cmd, args.store,
                          "run store to record this run in: an SQLite FILE, or off (default $INTSIM_STORE, else "
                          "runs.sqlite beside the output folder; docs/workbench.md)");
    cmd->add_option("--note", args.note, "a note kept with the run in the run store");
}

void add_store_file_option(CLI::App* cmd, std::string& store, const std::string& help) {
    cmd->add_option("--store", store, help);
}

std::string store_path(const StoreArguments& args, const std::string& out_dir) {
    const std::string chosen = !args.store.empty() ? args.store : from_environment();
    if (is_off(chosen)) return "";
    if (!chosen.empty()) return chosen;
    const std::filesystem::path parent = std::filesystem::path(out_dir).lexically_normal().parent_path();
    return (parent / "runs.sqlite").string();
}

std::string default_store_path(const std::string& given) {
    const std::string chosen = !given.empty() ? given : from_environment();
    if (is_off(chosen)) return "";
    return chosen.empty() ? "out/runs.sqlite" : chosen;
}

std::optional<std::string> store_to_record_in(const StoreArguments& args, const std::string& out_dir) {
    const std::string path = store_path(args, out_dir);
    if (path.empty()) return std::nullopt;
    if (path.rfind("file:", 0) == 0 || std::filesystem::exists(path)) {
        RunStore{path};
    } else {
        const std::filesystem::path folder = std::filesystem::path(path).parent_path();
        check_output_directory(folder.empty() ? "." : folder.string());
    }
    return path;
}

void record_run(const std::string& store, RunRecord run, const OutputSet& outputs) {
    run.report_html = outputs.staged("report.html").value_or("");
    const std::filesystem::path folder = std::filesystem::path(store).parent_path();
    std::error_code ignored;
    if (!folder.empty() && store.rfind("file:", 0) != 0) std::filesystem::create_directories(folder, ignored);
    RunStore(store).record(run);
}

RecordFacts record_facts(const StoreArguments& args, const std::string& out_dir, const std::string& started_at) {
    RecordFacts facts;
    facts.origin = "cli";
    facts.started_by = this_user_and_host();
    facts.started_at = started_at;
    facts.version = INTSIM_VERSION;
    facts.output = out_dir;
    facts.note = args.note;
    return facts;
}

StoredScenario stored_scenario(const LoadedScenario& loaded, const std::string& role) {
    return {role, loaded.scenario.name, loaded.file, loaded.sha256, loaded.resolved};
}

}  // namespace intsim
