#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/scenario_loading.hpp"
#include "model/build_model.hpp"
#include "report/effect_text.hpp"
#include "report/scenario_explanation.hpp"

namespace intsim {

namespace {

struct ValidateArguments {
    std::string file;
    std::vector<std::string> sets;
    bool explain = false;
};

// The spreads the scenario left to the documented defaults ("integration_sd 0.067, ...").
std::string defaulted_spreads(const DefaultLog& defaults) {
    std::string out;
    const std::string prefix = "/uncertainty/";
    for (const UsedDefault& d : defaults)
        if (d.pointer.compare(0, prefix.size(), prefix) == 0)
            out += fmt::format("{}{} {}", out.empty() ? "" : ", ", d.pointer.substr(prefix.size()), d.value.dump());
    return out;
}

int validate(const ValidateArguments& args) {
    const LoadedScenario loaded = load_scenario(args.file, args.sets);
    const Model model = build_model(loaded.scenario);
    const Scenario& s = loaded.scenario;
    std::cout << args.file << ": valid scenario \"" << s.name << "\" (" << s.months << " months from "
              << s.start.text() << ", " << s.start_elb << " eLb, " << model.measures.size() << " measures, "
              << model.cell_count << " attribute cells), sha256 " << loaded.sha256 << "\n";
    if (s.jobcenter_id.empty())
        std::cout << "  jobcenter_id: none, so its chance is the unnamed jobcenter's; give every jobcenter of a "
                     "batch its own\n";
    else
        std::cout << fmt::format("  jobcenter_id: \"{}\" (its own chance; region \"{}\" shares the year's levels)\n",
                                 s.jobcenter_id, s.region.empty() ? "(common)" : s.region);
    if (const std::string spreads = defaulted_spreads(loaded.defaults); !spreads.empty())
        std::cout << "  uncertainty: not given for " << spreads
                  << ": the documented national defaults (validate --explain shows their sources)\n";
    if (loaded.optimise)
        std::cout << "  optimise section: " << loaded.optimise->ranges.size() << " measures to vary\n";
    if (!model.measures.empty())
        std::cout << "measure effects: hazard factors, and the difference they imply in the share integrated "
                     "(participants minus the same persons without the measure; docs/effects.md)\n";
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        const auto& measure = model.measures[k];
        std::cout << "  " << measure.spec.id << "\n";
        for (const auto& line : effect_lines(measure.spec, measure.effect, implied_effects(model, k), args.explain))
            std::cout << "    " << line << "\n";
    }
    if (args.explain) std::cout << explain_scenario(loaded.resolved, loaded.provenance, loaded.defaults);
    return 0;
}

}  // namespace

void add_validate_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<ValidateArguments>();
    CLI::App* cmd = app.add_subcommand("validate", "check a scenario without running it");
    cmd->add_option("scenario", args->file, "scenario JSON file")->required();
    cmd->add_option("--set", args->sets, "override a scenario value: PATH=VALUE (repeatable)");
    cmd->add_flag("--explain", args->explain,
                  "print every value of the resolved scenario with where it came from (file, extends parent, "
                  "--set, default)");
    cmd->callback([&action, args] { action = [args] { return validate(*args); }; });
}

}  // namespace intsim
