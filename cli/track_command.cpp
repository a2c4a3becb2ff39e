// intsim track SCENARIO --actuals MONTHLY.csv: the monthly target-tracking dialogue.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/report_options.hpp"
#include "cli/scenario_loading.hpp"
#include "cli/simulation_options.hpp"
#include "cli/store_options.hpp"
#include "report/track_history_reader.hpp"
#include "decisions/track/actuals_table.hpp"
#include "decisions/track/ba_table.hpp"
#include "decisions/track/monthly_actuals.hpp"
#include "decisions/track/target_tracking.hpp"
#include "decisions/track/tracked_year.hpp"
#include "engine/atomic_output.hpp"
#include "engine/csv_reader.hpp"
#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "model/build_model.hpp"
#include "report/track_report.hpp"

namespace intsim {

namespace {

struct TrackArguments {
    std::string scenario;
    std::string actuals;
    std::string jobcenter;  ///< with --actuals a BA table: the jobcenter's id
    std::string layout = "scenarios/ba-tables/layout-2025.json";
    std::vector<std::string> sets;
    SimulationArguments simulation;
    ReportArguments report;
    StoreArguments store;
};

int track(const TrackArguments& args) {
    const LoadedScenario loaded = load_scenario(args.scenario, args.sets);
    // The months observed belong to the plan's first calendar year (tracked_year.hpp); the
    // plan is simulated over its whole horizon, so that its later years follow from the
    // same replications (tracked_horizon.hpp).
    const Model plan = build_model(loaded.scenario);
    const std::string text = read_input_file(args.actuals);
    CsvTable table = parse_csv(text, args.actuals);
    if (!args.jobcenter.empty()) {
        // A BA table of every jobcenter: this one's rows of the tracked year and the 12 months before.
        const YearMonth& start = loaded.scenario.start;
        table = ba_jobcenter_table(table, read_ba_layout(args.layout), args.jobcenter, args.actuals, start.plus(-12),
                                   start.plus(tracked_months(loaded.scenario) - 1));
    }
    const MonthlyActuals actuals = monthly_actuals_from_table(table, args.actuals, loaded.scenario);
    const SimulationArguments& sim = args.simulation;
    // Each tracking month keeps its own folder inside the scenario's output folder.
    const std::string out_dir = sim.out.empty() ? "out/" + loaded.scenario.name : sim.out;
    const std::string month_folder = track_folder(actuals.months.back().month.text());
    const std::string month_dir = (std::filesystem::path(out_dir) / month_folder).string();
    const ReportOptions report = report_options(args.report);
    check_output_directory(month_dir);
    const std::optional<std::string> store = store_to_record_in(args.store, out_dir);
    const std::string started_at = utc_now();

    ProgressBar progress(pilot_replications(sim.replications) + sim.replications, !sim.quiet);
    TrackOptions options;
    options.replications = sim.replications;
    options.seed = sim.seed;
    options.control.threads = sim.threads;
    options.control.cancel = &g_cancel_requested;
    options.control.progress = [&](std::size_t done) { progress.update(done); };
    const auto start = std::chrono::steady_clock::now();
    const TrackResult result = track_targets(plan, actuals, options);
    progress.finish();
    const RunFacts facts{effective_threads(sim.threads), seconds_since(start)};

    TrackHistory history = read_track_history(out_dir, result.last_observed, loaded.scenario.name, loaded.sha256);
    history.months.push_back(history_entry(result, month_folder));
    OutputSet outputs(month_dir);
    const ScenarioIdentity scenario{loaded.scenario.name, loaded.file, loaded.sha256};
    const ActualsIdentity actuals_identity{args.actuals, sha256_hex(text)};
    stage_track_outputs(outputs, result, history, scenario, actuals_identity, facts, INTSIM_VERSION, report);
    if (store)
        record_run(*store, track_record(result, stored_scenario(loaded, "scenario"), loaded.scenario.start.year,
                                   track_to_json(result, history, scenario, actuals_identity, facts, INTSIM_VERSION),
                                   facts.wall_seconds, record_facts(args.store, month_dir, started_at)), outputs);
    const auto paths = outputs.commit();
    const Wording say = report.wording();
    std::cout << track_table(result, history, facts, say);
    for (const auto& path : paths) std::cout << say(words::wrote_file, path) << "\n";
    return 0;
}

}  // namespace

void add_track_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<TrackArguments>();
    CLI::App* cmd = app.add_subcommand(
        "track", "target tracking: actuals so far + projection of the rest of the year, early warning");
    cmd->add_option("scenario", args->scenario, "scenario JSON file (the plan)")->required();
    cmd->add_option("--actuals", args->actuals,
                    "monthly actuals CSV: month and any of elb,ltr,integrations,integrations_women,"
                    "integrations_single_parents,integrations_ltr (cells may be empty), or the BA's key "
                    "figures integrations_12m,elb_avg_12m,k2,... (docs/commands.md)")
        ->required();
    cmd->add_option("--jobcenter", args->jobcenter,
                    "read --actuals as the BA's key-figure table of every jobcenter (one row per jobcenter and month) "
                    "and take this jobcenter's rows (docs/ba-tables.md)");
    cmd->add_option("--layout", args->layout,
                    "with --jobcenter: the layout file mapping the table's columns to the key figures (default "
                    "scenarios/ba-tables/layout-2025.json)");
    cmd->add_option("--set", args->sets, "override a scenario value: PATH=VALUE (repeatable)");
    add_simulation_options(cmd, args->simulation, "out/<scenario name>; each month writes track-<YYYY-MM>/ inside");
    add_report_options(*cmd, args->report);
    add_store_options(cmd, args->store);
    cmd->callback([&action, args] { action = [args] { return track(*args); }; });
}

}  // namespace intsim
