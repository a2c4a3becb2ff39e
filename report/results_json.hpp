#pragma once
// results.json (docs/design.md section 5; docs/results.schema.json describes every key).
#include <nlohmann/json.hpp>

#include "model/results.hpp"
#include "report/number_format.hpp"

namespace intsim {

/// The results document. Numbers are rounded to 10 significant digits, so that the
/// bytes are stable and readable; counts stay exact.
nlohmann::json results_to_json(const Results& results, const std::string& version);

/// Quantiles as {"mean","p05","p25","p50","p75","p95"}.
nlohmann::json quantiles_to_json(const Quantiles& q);

}  // namespace intsim
