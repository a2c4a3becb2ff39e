#include <iostream>

#include "cli/commands.hpp"
#include "cli/scenario_loading.hpp"
#include "report/effect_text.hpp"

namespace intsim {

void add_validate_command(CLI::App& app, Action& action) {
    auto file = std::make_shared<std::string>();
    auto sets = std::make_shared<std::vector<std::string>>();
    CLI::App* cmd = app.add_subcommand("validate", "check a scenario without running it");
    cmd->add_option("scenario", *file, "scenario JSON file")->required();
    cmd->add_option("--set", *sets, "override a scenario value: PATH=VALUE (repeatable)");
    cmd->callback([&action, file, sets] {
        action = [file, sets] {
            const LoadedScenario loaded = load_scenario(*file, *sets);
            const Model model = build_model(loaded.scenario);
            std::cout << *file << ": valid scenario \"" << loaded.scenario.name << "\" ("
                      << loaded.scenario.months << " months from " << loaded.scenario.start.text() << ", "
                      << loaded.scenario.start_elb << " eLb, " << model.measures.size() << " measures, "
                      << model.cell_count << " attribute cells), sha256 " << loaded.sha256 << "\n";
            if (loaded.optimise)
                std::cout << "  optimise section: " << loaded.optimise->ranges.size() << " measures to vary\n";
            if (!model.measures.empty())
                std::cout << "measure effects: hazard factors, and the difference they imply in the share integrated "
                             "(participants minus the same persons without the measure; docs/effects.md)\n";
            for (std::size_t k = 0; k < model.measures.size(); ++k) {
                const auto& measure = model.measures[k];
                std::cout << "  " << measure.spec.id << "\n";
                for (const auto& line : effect_lines(measure.spec, measure.effect, implied_effects(model, k)))
                    std::cout << "    " << line << "\n";
            }
            return 0;
        };
    });
}

}  // namespace intsim
