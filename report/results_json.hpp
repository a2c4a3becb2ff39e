#pragma once
// results.json (docs/design.md section 5; docs/results.schema.json describes every key).
#include <nlohmann/json.hpp>

#include "model/results.hpp"

namespace intsim {

/// The results document. Numbers are rounded to 10 significant digits, so that the
/// bytes are stable and readable; counts stay exact.
nlohmann::json results_to_json(const Results& results, const std::string& version);

/// Quantiles as {"mean","p05","p25","p50","p75","p95"}.
nlohmann::json quantiles_to_json(const Quantiles& q);

/// Rounds to 10 significant digits (a value is a figure for people, not a bit pattern).
double round_figure(double x);

}  // namespace intsim
