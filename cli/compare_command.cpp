// intsim compare BASE VARIANT...: paired comparison under common random numbers.
#include <chrono>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/report_options.hpp"
#include "cli/scenario_loading.hpp"
#include "cli/simulation_options.hpp"
#include "cli/store_options.hpp"
#include "decisions/compare/paired_comparison.hpp"
#include "engine/atomic_output.hpp"
#include "engine/input_error.hpp"
#include "model/build_model.hpp"
#include "report/compare_report.hpp"

namespace intsim {

namespace {

struct CompareArguments {
    std::string base;
    std::vector<std::string> variants;
    std::string objective = "integrations_total@all";
    SimulationArguments simulation;
    ReportArguments report;
    StoreArguments store;
};

int compare(const CompareArguments& args) {
    // Load and check every scenario before anything runs.
    std::vector<ScenarioIdentity> identities;
    std::vector<StoredScenario> stored;
    const LoadedScenario base = load_scenario(args.base, {});
    identities.push_back({base.scenario.name, base.file, base.sha256});
    stored.push_back(stored_scenario(base, "base"));
    const Model base_model = build_model(base.scenario);
    std::vector<Model> variant_models;
    for (const auto& file : args.variants) {
        const LoadedScenario variant = load_scenario(file, {});
        identities.push_back({variant.scenario.name, variant.file, variant.sha256});
        stored.push_back(stored_scenario(variant, "variant"));
        // Year by year, replication by replication: the variants cover the base's months.
        const Scenario& a = base.scenario;
        const Scenario& b = variant.scenario;
        if (b.start.text() != a.start.text() || b.months != a.months)
            throw InputError(file, "/months",
                             fmt::format("expected the base's horizon, {} months from {} (the comparison pairs "
                                         "calendar years), found {} months from {}",
                                         a.months, a.start.text(), b.months, b.start.text()));
        variant_models.push_back(build_model(variant.scenario));
    }
    const HorizonObjective objective = parse_objective(args.objective, base.scenario, "", "--objective");
    const SimulationArguments& sim = args.simulation;
    const ReportOptions report = report_options(args.report);
    const std::string out_dir = sim.out.empty() ? "out/compare-" + base.scenario.name : sim.out;
    check_output_directory(out_dir);
    const std::optional<std::string> store = store_to_record_in(args.store, out_dir);
    const std::string started_at = utc_now();

    ProgressBar progress(sim.replications * (1 + 2 * variant_models.size()), !sim.quiet);
    ComparisonOptions options;
    options.replications = sim.replications;
    options.seed = sim.seed;
    options.control.threads = sim.threads;
    options.control.cancel = &g_cancel_requested;
    options.control.progress = [&](std::size_t done) { progress.update(done); };
    options.objective = objective;
    const auto start = std::chrono::steady_clock::now();
    const Comparison comparison = compare_scenarios(base_model, variant_models, options);
    progress.finish();
    const RunFacts facts{effective_threads(sim.threads), seconds_since(start)};

    OutputSet outputs(out_dir);
    stage_compare_outputs(outputs, comparison, identities, facts, INTSIM_VERSION, report);
    if (store)
        record_run(*store, compare_record(comparison, stored, comparison_to_json(comparison, identities, facts, INTSIM_VERSION),
                                     facts.wall_seconds, record_facts(args.store, out_dir, started_at)), outputs);
    const auto paths = outputs.commit();
    const Wording say = report.wording();
    std::cout << comparison_table(comparison, facts, say);
    for (const auto& path : paths) std::cout << say(words::wrote_file, path) << "\n";
    return 0;
}

}  // namespace

void add_compare_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<CompareArguments>();
    CLI::App* cmd = app.add_subcommand(
        "compare", "paired comparison of variants against a base scenario (common random numbers)");
    cmd->add_option("base", args->base, "base scenario JSON file")->required();
    cmd->add_option("variants", args->variants, "variant scenario JSON files")->required();
    cmd->add_option("--objective", args->objective,
                    "what to judge the variants by over the horizon, NAME[@PERIOD]: an indicator or "
                    "p_all_targets_met, at all (the whole horizon), first, last, every_year or a year "
                    "(default integrations_total@all; docs/years.md)");
    add_simulation_options(cmd, args->simulation, "out/compare-<base name>");
    add_report_options(*cmd, args->report);
    add_store_options(cmd, args->store);
    cmd->callback([&action, args] { action = [args] { return compare(*args); }; });
}

}  // namespace intsim
