#pragma once
// What a plausibility finding (decisions/setup/plausibility.hpp) says, in English or
// German: the figure, its value, the range, and for a refusal that no jobcenter has it.
#include <string>
#include <vector>

#include "decisions/setup/plausibility.hpp"
#include "report/wording.hpp"

namespace intsim {

/// "the integration rate K2 (...) is 62.1 %, outside 10 % to 50 % (...)": without file
/// and pointer, which the caller adds where it needs them.
std::string plausibility_text(const PlausibilityFinding& finding, const Wording& say);

/// The report's section repeating the warnings ("" when there are none).
std::string plausibility_section_html(const std::vector<std::string>& warnings, const Wording& say);

}  // namespace intsim
