#pragma once
// The outputs of `intsim compare`: compare.json (docs/compare.schema.json), the CSV
// tables differences.csv and variants.csv, report.html, and the table it prints.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "engine/atomic_output.hpp"
#include "decisions/compare/paired_comparison.hpp"
#include "report/decision_report_support.hpp"
#include "report/run_outputs.hpp"

namespace intsim {

/// @param scenarios BASE first, then the variants in the order of comparison.variants
nlohmann::json comparison_to_json(const Comparison& comparison, const std::vector<ScenarioIdentity>& scenarios,
                                  const RunFacts& facts, const std::string& version);

/// The printed table, in the wording's language and number format.
std::string comparison_table(const Comparison& comparison, const RunFacts& facts, const Wording& wording = {});

/// differences.csv: one row per variant and indicator (variant, indicator, the means, the
/// difference with its interval, P(better), P(worse), P(equal), the spreads).
CsvOutputTable differences_table(const Comparison& comparison);

/// variants.csv: one row per variant (P(all targets met) of base and variant, the
/// differences of integrations and spend, EGT per extra integration).
CsvOutputTable variants_table(const Comparison& comparison, const std::vector<ScenarioIdentity>& scenarios);

/// report.html of a comparison.
std::string comparison_html(const Comparison& comparison, const std::vector<ScenarioIdentity>& scenarios,
                            const std::string& version, const Wording& wording);

/// Stages compare.json, differences.csv, variants.csv and report.html (those chosen).
void stage_compare_outputs(OutputSet& outputs, const Comparison& comparison,
                           const std::vector<ScenarioIdentity>& scenarios, const RunFacts& facts,
                           const std::string& version, const ReportOptions& options);

}  // namespace intsim
