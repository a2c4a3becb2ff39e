#include "cli/suggestions.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/json_reader.hpp"

namespace intsim {

namespace {

std::vector<std::string> command_names(CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
    return names;
}

// The long options of a command, with their dashes ("--reps").
std::vector<std::string> option_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::Option* option : command.get_options())
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    return names;
}

std::string did_you_mean(const std::string& nearest) {
    return nearest.empty() ? "" : " (did you mean \"" + nearest + "\"?)";
}

}  // namespace

std::string unknown_name_problem(CLI::App& app, const std::vector<std::string>& args) {
    const std::vector<std::string> commands = command_names(app);
    if (args.empty())
        return fmt::format("expected a command: {} (intsim --help)", fmt::join(commands, ", "));
    const std::string& first = args.front();
    if (first.rfind("-", 0) == 0) {  // a top-level option: --help, --version
        const std::string name = first.substr(0, first.find('='));
        const std::vector<std::string> known = option_names(app);
        if (first.rfind("--", 0) == 0 && std::find(known.begin(), known.end(), name) == known.end())
            return fmt::format("unknown option {}{}; expected a command: {}", name, did_you_mean(nearest_key(name, known)),
                               fmt::join(commands, ", "));
        return "";
    }
    if (std::find(commands.begin(), commands.end(), first) == commands.end())
        return fmt::format("unknown command \"{}\"{}; commands: {}", first, did_you_mean(nearest_key(first, commands)),
                           fmt::join(commands, ", "));
    CLI::App* command = app.get_subcommand(first);
    std::string path = first;
    std::size_t start = 1;
    // A command with commands of its own (runs list): the options are the innermost one's.
    while (start < args.size()) {
        const std::vector<std::string> inner = command_names(*command);
        if (std::find(inner.begin(), inner.end(), args[start]) == inner.end()) break;
        command = command->get_subcommand(args[start]);
        path += " " + args[start];
        ++start;
    }
    const std::vector<std::string> known = option_names(*command);
    for (std::size_t i = start; i < args.size(); ++i) {
        const std::string& token = args[i];
        if (token == "--") break;  // what follows is positional
        if (token.rfind("--", 0) != 0) continue;
        const std::string name = token.substr(0, token.find('='));
        if (std::find(known.begin(), known.end(), name) != known.end()) continue;
        return fmt::format("unknown option {} of intsim {}{}; see intsim {} --help", name, path,
                           did_you_mean(nearest_key(name, known)), path);
    }
    return "";
}

}  // namespace intsim
