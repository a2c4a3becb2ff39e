#pragma once
// The combined outputs of `intsim batch`: batch-summary.json, batch-summary.csv and the
// table printed at the end. One line per jobcenter and the total over all of them (see
// model/batch_totals.hpp for why the total's intervals come from per-replication sums).
#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "engine/atomic_output.hpp"
#include "model/batch_totals.hpp"
#include "report/csv_writer.hpp"
#include "report/run_outputs.hpp"

namespace intsim {

struct BatchJobcenter {
    BatchLine line;
    std::string file;     ///< the scenario file as listed
    std::string sha256;   ///< of the resolved scenario
    std::string results;  ///< its results.json, relative to the batch output directory
};

struct BatchFailure {
    std::string scenario;  ///< the scenario's file name without .json
    std::string file;
    int rank = 0;          ///< the lowest rank on which it failed
    bool bad_input = true; ///< false: internal error
    std::string message;
};

struct BatchSummary {
    std::string name;  ///< of the directory or list
    std::uint64_t replications = 0;
    std::uint32_t seed = 1;
    int threads = 1;  ///< per rank
    int ranks = 1;
    double wall_seconds = 0;
    std::vector<BatchJobcenter> jobcenters;  ///< in list order
    BatchLine total;
    std::vector<BatchFailure> failures;      ///< in list order
};

/// Refuses a scenario name that cannot name its output folder beside batch-summary.*
/// ("report.html", "batch-summary.*", "." or "..") or that another scenario of the batch
/// (`used`: name -> file) already names. Throws InputError at `file`'s /name.
void check_batch_folder_name(const std::string& name, const std::string& file,
                             const std::map<std::string, std::string>& used);

/// A batch's exit code: 0 when every scenario ran, 2 when all failures were bad input,
/// 1 when any was an internal error.
int batch_exit_code(const std::vector<BatchFailure>& failures);

/// batch-summary.json (docs/batch-summary.schema.json). Numbers as in results.json.
nlohmann::json batch_summary_to_json(const BatchSummary& summary, const std::string& version);

/// batch-summary.csv: a header, one row per jobcenter, then the row "total".
CsvOutputTable batch_summary_csv(const BatchSummary& summary);

/// The table `intsim batch` prints, in the wording's language and number format.
std::string batch_summary_table(const BatchSummary& summary, const Wording& wording = {});

/// report.html of a batch: one row per jobcenter with targets, P(met) and offers, and the total.
std::string batch_summary_html(const BatchSummary& summary, const std::string& version, const Wording& wording);

/// Stages batch-summary.json, batch-summary.csv and report.html (those chosen in `options`).
void stage_batch_outputs(OutputSet& outputs, const BatchSummary& summary, const std::string& version,
                         const ReportOptions& options);

}  // namespace intsim
