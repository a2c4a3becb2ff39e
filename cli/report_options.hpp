#pragma once
// The writer options every command that writes reports shares: --format, --csv-dialect
// and --locale (docs/design.md section 3).
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "report/run_outputs.hpp"

namespace intsim {

struct ReportArguments {
    std::vector<std::string> formats{"json", "csv", "html"};
    std::string csv_dialect;  ///< "" follows --lang
    std::string locale;       ///< "" follows --lang
    std::string language = "en";
};

/// Registers --format json,csv,html (default: all), --csv-dialect en|de, --locale en|de,
/// --lang en|de. --lang de alone makes the outputs German throughout: the CSV dialect and
/// the number format follow it unless given.
void add_report_options(CLI::App& command, ReportArguments& args);

/// Registers --lang en|de (`what`: what it is the language of), for the report options
/// and for `intsim serve`'s page alike.
void add_language_option(CLI::App& command, std::string& language, const std::string& what);

ReportOptions report_options(const ReportArguments& args);

}  // namespace intsim
