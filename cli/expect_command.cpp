#include <chrono>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/scenario_loading.hpp"
#include "engine/atomic_output.hpp"
#include "expected/expected_model.hpp"
#include "model/build_model.hpp"
#include "report/results_json.hpp"
#include "report/summary_table.hpp"

namespace intsim {

namespace {

struct ExpectArguments {
    std::string scenario;
    std::string out;
    std::vector<std::string> sets;
    bool quiet = false;
};

int expect(const ExpectArguments& args) {
    const LoadedScenario loaded = load_scenario(args.scenario, args.sets);
    const Model model = build_model(loaded.scenario);
    const std::string out_dir = args.out.empty() ? "out/" + loaded.scenario.name + "-expected" : args.out;
    check_output_directory(out_dir);
    const auto start = std::chrono::steady_clock::now();
    Results results = expected_results(model);
    results.run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    results.scenario_sha256 = loaded.sha256;
    OutputSet outputs(out_dir);
    outputs.add("results.json", results_to_json(results, INTSIM_VERSION).dump(1) + "\n");
    const auto paths = outputs.commit();
    std::cout << summary_table(results);
    for (const auto& path : paths) std::cout << "wrote " << path << "\n";
    return 0;
}

}  // namespace

void add_expect_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<ExpectArguments>();
    CLI::App* cmd = app.add_subcommand("expect", "expected-value projection (Markov chain, no Monte Carlo)");
    cmd->add_option("scenario", args->scenario, "scenario JSON file")->required();
    cmd->add_option("--out", args->out, "output directory (default out/<scenario name>-expected)");
    cmd->add_option("--set", args->sets, "override a scenario value: PATH=VALUE (repeatable)");
    cmd->add_flag("--quiet", args->quiet, "accepted for symmetry with run");
    cmd->callback([&action, args] { action = [args] { return expect(*args); }; });
}

}  // namespace intsim
