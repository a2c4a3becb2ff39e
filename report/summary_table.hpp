#pragma once
// The short table `intsim run` prints: one line per indicator with mean, 90 % range,
// target, P(target met) and the offer at the chosen probability, in the wording's
// language and number format.
#include <string>

#include "model/results.hpp"
#include "report/wording.hpp"

namespace intsim {

std::string summary_table(const Results& results, const Wording& wording = {});

}  // namespace intsim
