#pragma once
// The workbench's expected answer: for every calendar year the plan's and the variant's
// expected integrations, LZB stock and EGT spend against the year's targets and operative
// EGT, with the differences as the reports draw them (svg_intervals, bars: the expected
// model has no interval), and the whole horizon.
#include <string>

#include "model/results.hpp"
#include "report/wording.hpp"

namespace intsim {

/// The indicators the answer shows, in order.
const std::vector<std::string>& expected_answer_indicators();

/// An HTML fragment (tables and charts; the report style sheet styles it).
std::string expected_answer_html(const Results& plan, const Results& variant, const Wording& say);

}  // namespace intsim
