#pragma once
// report.html of `intsim run`: key figures, fan charts of the monthly series against
// their targets, the EGT spend against the operative budget, and tables of indicators
// and measures. Depends only on the results (not on threads or run time), so the same
// (scenario, seed, replications) give the same bytes.
#include <string>

#include "models/results.hpp"
#include "report/number_format.hpp"

namespace intsim {

std::string run_report_html(const Results& results, const std::string& version, NumberLocale locale);

/// A readable name for an indicator ("integrations_total" -> "Integrations (K2)");
/// unknown names come back as they are.
std::string indicator_label(const std::string& name);

/// An indicator's value as people write it: rates with one decimal, money in euros,
/// counts as whole numbers.
std::string indicator_value(const std::string& name, double value, NumberLocale locale);

}  // namespace intsim
