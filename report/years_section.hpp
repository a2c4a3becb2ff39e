#pragma once
// The calendar years of a run side by side in report.html: each indicator's mean and
// 90 % range per year, its target and P(target met) where the year has one, and each
// year's P(all targets met), operative EGT and P(over budget) (docs/years.md).
#include <string>

#include "model/results.hpp"
#include "report/wording.hpp"

namespace intsim {

/// The section's HTML; empty for a horizon of one calendar year (the indicator table
/// shows it already).
std::string years_section_html(const Results& results, const Wording& wording);

}  // namespace intsim
