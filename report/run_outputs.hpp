#pragma once
// The files of a run, staged into one OutputSet so that they appear together or not at
// all: results.json, the CSV tables and report.html, as chosen with --format.
#include <string>
#include <vector>

#include "engine/atomic_output.hpp"
#include "model/results.hpp"
#include "report/csv_writer.hpp"
#include "report/number_format.hpp"
#include "report/wording.hpp"

namespace intsim {

struct ReportOptions {
    bool json = true, csv = true, html = true;
    CsvOutputDialect csv_dialect;                   ///< plain by default
    NumberLocale locale = NumberLocale::En;  ///< numbers of report.html and the console summary
    Language language = Language::En;        ///< words of report.html and the console summary
    std::vector<std::string> input_warnings;  ///< repeated in report.html (init's plausibility warnings)

    Wording wording() const { return {language, locale}; }
};

/// Stages results.json, indicators.csv, monthly.csv, measures.csv and report.html
/// (those chosen in `options`) in that order; those not chosen are retired (an earlier
/// run's copies leave with this run's commit).
void stage_run_outputs(OutputSet& outputs, const Results& results, const std::string& version,
                       const ReportOptions& options);

}  // namespace intsim
