#pragma once
// The short table `intsim run` prints: one line per indicator with mean, 90 % range,
// target, P(target met) and the offer at the chosen probability.
#include <string>

#include "models/results.hpp"

namespace intsim {

std::string summary_table(const Results& results);

/// A figure as the table shows it: rates and percentages with one decimal, counts and
/// euros rounded with thousands separators.
std::string format_figure(double x, const std::string& indicator);

}  // namespace intsim
