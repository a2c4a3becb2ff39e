// intsim optimise SCENARIO: the measure mix that does best on an objective over the
// horizon (P(all targets met), integrations, ...) within the budget of every year.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/report_options.hpp"
#include "cli/scenario_loading.hpp"
#include "cli/simulation_options.hpp"
#include "cli/store_options.hpp"
#include "decisions/optimise/mix_confirmation.hpp"
#include "engine/atomic_output.hpp"
#include "engine/input_error.hpp"
#include "model/build_model.hpp"
#include "report/optimise_report.hpp"
#include "report/optimise_words.hpp"

namespace intsim {

namespace {

struct OptimiseArguments {
    std::string scenario;
    std::vector<std::string> sets;
    std::optional<double> budget;
    std::string objective;
    std::string search = "expected";
    std::optional<std::uint64_t> search_replications;
    std::size_t candidates = 5;
    std::size_t max_evaluations = 400;
    SimulationArguments simulation;
    ReportArguments report;
    StoreArguments store;
};

int optimise(const OptimiseArguments& args) {
    const LoadedScenario loaded = load_scenario(args.scenario, args.sets);
    if (!loaded.optimise)
        throw InputError(args.scenario, "/optimise",
                         "expected an \"optimise\" section naming the measures to vary, e.g. "
                         "{\"measures\": {\"egz\": {\"min\": 80, \"max\": 160, \"step\": 20}}}");
    const OptimiseSection& section = *loaded.optimise;
    const Scenario& plan = loaded.scenario;
    const SimulationArguments& sim = args.simulation;
    const ReportOptions report_choice = report_options(args.report);
    const Wording say = report_choice.wording();
    // Not run's folder: both write a report.html.
    const std::string out_dir = sim.out.empty() ? "out/optimise-" + plan.name : sim.out;
    check_output_directory(out_dir);
    const std::optional<std::string> store = store_to_record_in(args.store, out_dir);
    const std::string started_at = utc_now();

    MixSearchOptions search_options;
    const bool objective_given = !args.objective.empty();
    const std::string objective = objective_given ? args.objective : section.objective_text;
    const std::vector<YearFrame> years = year_frames(plan);
    if (objective == "p_all" &&
        std::all_of(years.begin(), years.end(), [](const YearFrame& y) { return y.targets.empty(); }))
        throw InputError(args.scenario, "/targets",
                         "the objective P(all targets met) needs targets; add some or use --objective integrations");
    search_options.objective = objective_given ? parse_objective(objective, plan, "", "--objective")
                                               : parse_objective(objective, plan, args.scenario, "/optimise/objective");
    // The budget holds in every calendar year: --budget, else each year's operative EGT.
    std::string budget_source = "none";
    if (args.budget) {
        search_options.constraints.budget = *args.budget;
        budget_source = "--budget";
    } else if (plan.operative_egt > 0) {
        search_options.constraints.budget = plan.operative_egt;
        for (const YearFrame& year : years)
            search_options.constraints.budget_by_year.push_back(year.operative_egt > 0 ? std::optional(year.operative_egt)
                                                                                       : std::nullopt);
        budget_source = "operative_egt";
    }

    const bool show = !sim.quiet && ::isatty(STDERR_FILENO);
    search_options.max_evaluations = args.max_evaluations;
    search_options.on_evaluated = [show](std::size_t evaluated) {
        if (show) std::fprintf(stderr, "\rsearching: %zu mixes evaluated ", evaluated);
    };
    RunControl control;
    control.threads = sim.threads;
    control.cancel = &g_cancel_requested;
    const auto start = std::chrono::steady_clock::now();
    const bool expected = args.search == "expected";
    const std::uint64_t search_replications = args.search_replications.value_or(expected ? 200 : 40);
    const MixEvaluator evaluate =
        expected ? expected_shift_evaluator(build_model(plan), search_options.objective, search_replications, sim.seed, control)
                 : monte_carlo_evaluator(search_options.objective, search_replications, sim.seed, control);
    const MixSearchResult search = search_mixes(plan, section, evaluate, search_options);
    if (show) std::fprintf(stderr, "\r%40s\r", "");

    // The bar counts the replications of the runs actually made: the mixes to confirm,
    // then, once the best is known, the runs of its marginal effects.
    ProgressBar progress(0, !sim.quiet);
    ConfirmOptions confirm;
    confirm.on_runs = [&](std::size_t runs) {
        progress.set_total(runs * sim.replications, say(words::runs_of_progress, runs, sim.replications));
    };
    confirm.replications = sim.replications;
    confirm.seed = sim.seed;
    confirm.candidates = args.candidates;
    confirm.control = control;
    confirm.control.progress = [&](std::size_t done) { progress.update(done); };
    const MixConfirmation confirmation = confirm_mixes(plan, section, search, search_options, confirm);
    progress.finish();
    const RunFacts facts{effective_threads(sim.threads), seconds_since(start)};

    OptimiseReport report;
    report.plan = &plan;
    report.section = &section;
    report.search_options = &search_options;
    report.search = &search;
    report.confirmation = &confirmation;
    report.budget_source = budget_source;
    report.evaluator = expected ? "expected_model" : "monte_carlo";
    report.search_replications = search_replications;
    report.replications = sim.replications;
    report.seed = sim.seed;
    for (const YearFrame& year : years) report.years.push_back(year.span);
    report.warnings = mix_warnings(section, confirmation.ranked.front(), search_options.constraints);
    OutputSet outputs(out_dir);
    const ScenarioIdentity identity{plan.name, loaded.file, loaded.sha256};
    stage_optimise_outputs(outputs, report, identity, facts, INTSIM_VERSION, report_choice);
    if (store)
        record_run(*store, optimise_record(stored_scenario(loaded, "scenario"), sim.seed, sim.replications,
                                      optimise_to_json(report, identity, facts, INTSIM_VERSION), facts.wall_seconds,
                                      record_facts(args.store, out_dir, started_at)), outputs);
    const auto paths = outputs.commit();
    std::cout << optimise_table(report, facts, say);
    for (const auto& path : paths) std::cout << say(words::wrote_file, path) << "\n";
    return 0;
}

}  // namespace

void add_optimise_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<OptimiseArguments>();
    CLI::App* cmd = app.add_subcommand(
        "optimise", "measure mix with the best P(all targets met) or expected integrations within the budget");
    cmd->add_option("scenario", args->scenario, "scenario JSON file with an \"optimise\" section")->required();
    cmd->add_option("--budget", args->budget, "spending limit in EUR (default: the scenario's operative EGT)")
        ->check(CLI::Range(0.0, 1e12));
    cmd->add_option("--objective", args->objective,
                    "what to optimise over the horizon, NAME[@PERIOD]: an indicator or p_all_targets_met, at all "
                    "(the whole horizon), first, last, every_year or a year; p_all (= p_all_targets_met@every_year) "
                    "and integrations (= integrations_total@all) as before (default: the scenario's optimise "
                    "objective, else p_all; docs/years.md)");
    cmd->add_option("--search", args->search,
                    "how the search estimates a mix: expected (expected-value model, default) or monte_carlo")
        ->check(CLI::IsMember({"expected", "monte_carlo"}));
    cmd->add_option("--search-reps", args->search_replications,
                    "search replications: of the plan, for the spread (expected, default 200), or per mix "
                    "(monte_carlo, default 40)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1000000}));
    cmd->add_option("--candidates", args->candidates, "best mixes of the search to confirm (default 5)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100}));
    cmd->add_option("--max-evaluations", args->max_evaluations, "limit of mixes the search evaluates (default 400)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}));
    cmd->add_option("--set", args->sets, "override a scenario value: PATH=VALUE (repeatable)");
    add_simulation_options(cmd, args->simulation, "out/optimise-<scenario name>");
    add_report_options(*cmd, args->report);
    add_store_options(cmd, args->store);
    cmd->callback([&action, args] { action = [args] { return optimise(*args); }; });
}

}  // namespace intsim
