#pragma once
// The outputs of `intsim track`: track.json (docs/track.schema.json), the CSV tables
// track-targets.csv and track-months.csv, report.html, and the table it prints.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "engine/atomic_output.hpp"
#include "decisions/track/target_tracking.hpp"
#include "decisions/track/track_history.hpp"
#include "report/decision_report_support.hpp"
#include "report/run_outputs.hpp"

namespace intsim {

struct ActualsIdentity {
    std::string file;
    std::string sha256;  ///< of the file's bytes
};

/// @param history earlier tracking months read beside this one, this run last
nlohmann::json track_to_json(const TrackResult& track, const TrackHistory& history, const ScenarioIdentity& scenario,
                             const ActualsIdentity& actuals, const RunFacts& facts, const std::string& version);

std::string track_table(const TrackResult& track, const TrackHistory& history, const RunFacts& facts,
                        const Wording& wording = {});

/// The name of an uncertain level in the wording's language ("integration" -> "Integration").
std::string level_name(const std::string& level, const Wording& wording);

/// How the levels were learnt, each notice as a sentence in the wording's language.
std::vector<std::string> notice_sentences(const Conditioning& conditioning, const Wording& wording);

/// How monthly figures were derived from a rolling key figure, as a sentence.
std::string derived_figures_text(const DerivedFigures& derived, const Wording& wording);

/// Where the "plan" figures come from and why they may differ from the plan's own run.
std::string plan_figures_text(const TrackResult& track, const Wording& wording);

/// The traffic light of an observed figure against the plan's band: "good" at or better
/// than the plan's median, "fair" worse but inside the p05-p95 band, "poor" outside it on
/// the worse side; `better` is the figure's direction.
std::string band_light(const BandCheck& check, Direction better);

/// track-targets.csv: one row per tracked target.
CsvOutputTable track_targets_table(const TrackResult& track);
/// track-years.csv (a plan of several years): one row per calendar year, and for the whole
/// horizon, and tracked indicator, then the period's P(all targets met).
CsvOutputTable track_years_table(const TrackResult& track);
/// track-months.csv: one row per observed month and figure, with its band and light.
CsvOutputTable track_months_table(const TrackResult& track);

/// report.html; the history (earlier months of the same year, this run last) adds a
/// section with P(target met) month by month when earlier months are known.
std::string track_html(const TrackResult& track, const TrackHistory& history, const ScenarioIdentity& scenario,
                       const ActualsIdentity& actuals, const std::string& version, const Wording& wording);

/// Stages track.json, track-targets.csv, track-months.csv and report.html (those chosen).
void stage_track_outputs(OutputSet& outputs, const TrackResult& track, const TrackHistory& history,
                         const ScenarioIdentity& scenario, const ActualsIdentity& actuals, const RunFacts& facts,
                         const std::string& version, const ReportOptions& options);

}  // namespace intsim
