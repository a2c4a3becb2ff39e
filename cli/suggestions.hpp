#pragma once
// Unknown sub-commands and options, answered with the nearest valid name before CLI11
// parses ("intsim runn" -> did you mean "run"?; "--rep 100" -> did you mean "--reps"?).
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace intsim {

/// The message for the first unknown sub-command or option in `args` (the command line
/// without the program name), naming the nearest valid one; empty when every name is known.
std::string unknown_name_problem(CLI::App& app, const std::vector<std::string>& args);

}  // namespace intsim
