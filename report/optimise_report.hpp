#pragma once
// The outputs of `intsim optimise`: optimise.json (docs/optimise.schema.json), the CSV
// tables ranked.csv, searched.csv and marginal.csv, report.html, and the printed table.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "engine/atomic_output.hpp"
#include "decisions/optimise/mix_confirmation.hpp"
#include "report/decision_report_support.hpp"
#include "report/run_outputs.hpp"

namespace intsim {

struct OptimiseReport {
    const Scenario* plan = nullptr;
    const OptimiseSection* section = nullptr;
    const MixSearchOptions* search_options = nullptr;
    const MixSearchResult* search = nullptr;
    const MixConfirmation* confirmation = nullptr;
    MixWarnings warnings;       ///< of the best mix
    std::string budget_source;  ///< "operative_egt", "--budget" or "none"
    std::string evaluator;      ///< how the search estimated mixes
    std::uint64_t search_replications = 0, replications = 0;
    std::uint32_t seed = 1;
    std::vector<CalendarYear> years;  ///< the plan's calendar years
};

nlohmann::json optimise_to_json(const OptimiseReport& report, const ScenarioIdentity& scenario, const RunFacts& facts,
                                const std::string& version);

std::string optimise_table(const OptimiseReport& report, const RunFacts& facts, const Wording& wording = {});

/// "egz=200 fbw=60": a mix's capacities by measure id.
std::string mix_text(const OptimiseSection& section, const Mix& mix, const Wording& wording);

/// The budget in words: "12.000.000 €", "das operative EGT jedes Jahres", "none".
std::string budget_label(const MixConstraints& constraints, std::size_t calendar_years, const Wording& wording);

/// The budget over the whole horizon: the sum of every year's limit, empty when a year has none.
std::optional<double> horizon_budget(const OptimiseReport& report);

/// The period of the ranked figures: "2022–2024" or the one year.
std::string ranked_period(const OptimiseReport& report, const Wording& wording);
/// The ranked tables' P(all targets met) head, naming its period: the year, or every year of the horizon.
std::string p_all_column(const OptimiseReport& report, const Wording& wording);

/// What separates a confirmed mix from the best: its objective, integrations and spend as
/// paired differences with their 95 % intervals ("best" for the best itself).
std::string to_best_text(const OptimiseReport& report, const ConfirmedMix& mix, const Wording& wording);

/// A probability's change in percentage points with its interval, one decimal: "-0.3 pp (-0.9 .. +0.3)".
std::string points_interval(const PairedInterval& d, const Wording& wording);

/// The warnings as sentences in the wording's language.
std::vector<std::string> warning_sentences(const OptimiseReport& report, const Wording& wording);

/// ranked.csv: one row per confirmed mix, best first (its capacities, integrations,
/// spend, P(all targets met), the difference to the plan's mix).
CsvOutputTable ranked_table(const OptimiseReport& report);
/// searched.csv: every mix the search estimated, in the order of evaluation.
CsvOutputTable searched_table(const OptimiseReport& report);
/// marginal.csv: one row per optimised measure.
CsvOutputTable marginal_table(const OptimiseReport& report);

std::string optimise_html(const OptimiseReport& report, const ScenarioIdentity& scenario, const std::string& version,
                          const Wording& wording);

/// Stages optimise.json, ranked.csv, searched.csv, marginal.csv and report.html (those chosen).
void stage_optimise_outputs(OutputSet& outputs, const OptimiseReport& report, const ScenarioIdentity& scenario,
                            const RunFacts& facts, const std::string& version, const ReportOptions& options);

}  // namespace intsim
