#pragma once
// report.html of `intsim run`: key figures, fan charts of the monthly series against
// their targets, the EGT spend against the operative budget, and tables of indicators
// and measures, in the language and number format of `wording`. Depends only on the
// results (not on threads or run time), so the same (scenario, seed, replications) give
// the same bytes.
#include <string>
#include <vector>

#include "model/results.hpp"
#include "report/wording.hpp"

namespace intsim {

/// `warnings`: about the input figures (init's plausibility checks), shown below the key figures.
std::string run_report_html(const Results& results, const std::string& version, const Wording& wording,
                            const std::vector<std::string>& warnings = {});

}  // namespace intsim
