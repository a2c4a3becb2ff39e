#include "cli/report_options.hpp"

#include <algorithm>

namespace intsim {

void add_report_options(CLI::App& command, ReportArguments& args) {
    command.add_option("--format", args.formats, "outputs to write, comma-separated: json,csv,html (default: all)")
        ->delimiter(',')
        ->check(CLI::IsMember({"json", "csv", "html"}));
    command.add_option("--csv-dialect", args.csv_dialect,
                       "CSV dialect: en (',' and decimal point, English column names) or de (German Excel: ';', "
                       "decimal comma, UTF-8 BOM, German column names, ja/nein); default: as --lang")
        ->check(CLI::IsMember({"en", "de"}));
    command.add_option("--locale", args.locale,
                       "number format of report.html and the console summary: en (1,234.5) or de (1.234,5); default: as --lang")
        ->check(CLI::IsMember({"en", "de"}));
    add_language_option(command, args.language, "report.html and the console summary");
}

void add_language_option(CLI::App& command, std::string& language, const std::string& what) {
    command.add_option("--lang", language, "language of " + what + ": en (default) or de (German)")
        ->check(CLI::IsMember({"en", "de"}));
}

ReportOptions report_options(const ReportArguments& args) {
    const auto chosen = [&](const char* format) {
        return std::find(args.formats.begin(), args.formats.end(), format) != args.formats.end();
    };
    ReportOptions options;
    options.json = chosen("json");
    options.csv = chosen("csv");
    options.html = chosen("html");
    options.csv_dialect = csv_dialect(args.csv_dialect.empty() ? args.language : args.csv_dialect);
    options.locale = number_locale(args.locale.empty() ? args.language : args.locale);
    options.language = report_language(args.language);
    return options;
}

}  // namespace intsim
