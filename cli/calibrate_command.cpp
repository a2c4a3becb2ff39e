#include <cmath>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/calibration_support.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/scenario_loading.hpp"
#include "decisions/calibrate/calibration.hpp"
#include "decisions/calibrate/calibration_rounds.hpp"
#include "decisions/setup/plausibility.hpp"
#include "engine/atomic_output.hpp"
#include "engine/csv_reader.hpp"
#include "engine/csv_values.hpp"
#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "model/column_glossary.hpp"
#include "model/indicator_catalogue.hpp"
#include "montecarlo/projection.hpp"
#include "report/calibration_report.hpp"
#include "report/plausibility_text.hpp"

namespace intsim {

namespace {

struct CalibrateArguments {
    std::string scenario;
    std::string actuals;
    std::string out;
    std::vector<std::string> sets;
    std::uint64_t replications = 200;
    std::uint32_t seed = 1;
    int threads = 0;
    bool quiet = false;
};

// Why `name` cannot be an actual, or "" when it can.
std::string actual_name_problem(const std::string& name) {
    const auto& calibratable = calibratable_indicators();
    const auto& names = indicator_names();
    if (std::find(names.begin(), names.end(), name) == names.end()) {
        const std::string near = nearest_key(name, calibratable);
        return fmt::format("unknown indicator \"{}\"{}", name, near.empty() ? "" : " (did you mean \"" + near + "\"?)");
    }
    if (std::find(calibratable.begin(), calibratable.end(), name) == calibratable.end())
        return fmt::format("this indicator cannot be calibrated; calibratable are: {}", fmt::join(calibratable, ", "));
    return "";
}

std::string expected_some_actual() {
    return fmt::format("expected at least one actual: {}", fmt::join(calibratable_indicators(), ", "));
}

// A count written with a thousands separator its dialect does not have ("2.575" in the
// plain dialect, "2,575" in the German one) reads as a small fraction. Counts summed over
// the year or taken at its end are whole; averages of monthly stocks may have decimals,
// but never three of them. Either gets the hint the monthly actuals give.
std::string count_problem(const std::string& indicator, const std::string& field, double value,
                          const CsvDialect& dialect) {
    const IndicatorInfo& info = indicator_info(indicator);
    if (info.unit != Unit::Persons && info.unit != Unit::Integrations) return "";
    const std::size_t mark = field.find(dialect.decimal_point);
    const bool three_decimals = mark != std::string::npos && field.size() - mark - 1 == 3 &&
                                field.find(dialect.decimal_point, mark + 1) == std::string::npos;
    const bool whole = info.aggregation != Aggregation::Average;
    if (!three_decimals && !(whole && std::floor(value) != value)) return "";
    return fmt::format("column \"value\": {} is a count of {}, expected a whole number{}{}, found \"{}\"", indicator,
                       info.unit == Unit::Integrations ? "integrations" : "persons",
                       whole ? "" : " or one with at most two decimals", number_format_hint(field, dialect), field);
}

// An indicator as a spreadsheet names it: its key, or its label in either language
// ("Integrationen" for integrations_total).
std::string indicator_key(const std::string& written) {
    for (const IndicatorInfo& info : indicator_catalogue())
        if (written == info.label_de || written == info.label_en) return std::string(info.name);
    return written;
}

// Actuals as CSV: a header "indicator,value" ("Indikator;Wert") and one row per figure
// (either dialect). Errors name the row's line and column, as the user sees the file.
std::map<std::string, double> actuals_from_csv(const std::string& path) {
    CsvTable table = read_csv_file(path);
    name_csv_columns(table, column_names({"indicator", "value"}), path);
    const auto line = [](std::size_t n) { return fmt::format("line {}", n); };
    const int indicator = table.column("indicator");
    const int value = table.column("value");
    if (indicator < 0 || value < 0 || table.header.size() != 2)
        throw InputError(path, line(table.header_line),
                         "expected the header \"indicator,value\" or \"Indikator;Wert\" (two columns), found \"" +
                             fmt::format("{}", fmt::join(table.written_header, std::string(1, table.dialect.separator))) +
                             "\"");
    std::map<std::string, double> actuals;
    for (const CsvRow& row : table.rows) {
        const std::string name = indicator_key(row.fields[static_cast<std::size_t>(indicator)]);
        const std::string& field = row.fields[static_cast<std::size_t>(value)];
        if (is_documentation_key(name)) continue;
        if (const std::string problem = actual_name_problem(name); !problem.empty())
            throw InputError(path, csv_cell_pointer(table, row, indicator), problem);
        const auto number = csv_cell_number(table, row, value, path);
        if (!number || *number <= 0)
            throw InputError(path, csv_cell_pointer(table, row, value),
                             fmt::format("column \"value\": expected a number > 0{}, found \"{}\"",
                                         number_format_hint(field, table.dialect), field));
        if (const std::string problem = count_problem(name, field, *number, table.dialect); !problem.empty())
            throw InputError(path, csv_cell_pointer(table, row, value), problem);
        if (!actuals.emplace(name, *number).second)
            throw InputError(path, csv_cell_pointer(table, row, indicator),
                             "\"" + name + "\" appears twice (expected one row per indicator)");
    }
    if (actuals.empty()) throw InputError(path, line(table.header_line + 1), expected_some_actual());
    return actuals;
}

// Actuals: a JSON object {"integrations_total": 2575, ..., "source": "..."} or a CSV file.
std::map<std::string, double> read_actuals(const std::string& path) {
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0) return actuals_from_csv(path);
    const nlohmann::json document = parse_json_file(path);
    JsonReader reader(document, path);
    std::map<std::string, double> actuals;
    for (const auto& key : reader.keys()) {
        if (is_documentation_key(key)) continue;
        if (const std::string problem = actual_name_problem(key); !problem.empty()) reader.fail(key, problem);
        actuals[key] = reader.number(key, 1e-9);
        const IndicatorInfo& info = indicator_info(key);
        if ((info.unit == Unit::Persons || info.unit == Unit::Integrations) && info.aggregation != Aggregation::Average &&
            std::floor(actuals[key]) != actuals[key])
            reader.fail(key, fmt::format("{} is a count, expected a whole number, found {} (a thousands separator? JSON "
                                         "numbers have none: write 2575, not 2.575)",
                                         key, actuals[key]));
    }
    reader.finish();
    if (actuals.empty()) throw InputError(path, "/", expected_some_actual());
    return actuals;
}

int calibrate_command(const CalibrateArguments& args) {
    const LoadedScenario loaded = load_scenario(args.scenario, args.sets);
    const std::map<std::string, double> actuals = read_actuals(args.actuals);
    for (const PlausibilityFinding& finding : check_yearly_actuals(actuals, args.actuals)) {
        if (finding.refused) throw InputError(finding.file, finding.pointer, plausibility_text(finding, Wording{}));
        std::cout << "warning: " << finding.file << ": " << finding.pointer << ": " << plausibility_text(finding, Wording{})
                  << "\n";
    }
    std::vector<std::string> figures;
    for (const auto& [name, value] : actuals) figures.push_back(name);
    const Identification id = identify(loaded.scenario, figures);
    refuse_unidentified(id, args.actuals);
    const std::string out = args.out.empty() ? "out/" + loaded.scenario.name + "-calibrated.json" : args.out;
    check_output_file(out);

    MonteCarloCalibrationOptions options;
    options.replications = args.replications;
    options.seed = args.seed;
    options.control.threads = args.threads;
    options.control.cancel = &g_cancel_requested;
    int round = 0;
    const MonteCarloCalibration calibration =
        calibrate_against_monte_carlo(loaded.scenario, actuals, options, [&](const CalibrationRound& r) {
            // Printed once the first fit reached every figure: a refused input prints nothing.
            if (round == 0) std::cout << identification_table(id);
            std::cout << calibration_round_line(r, ++round) << std::flush;
        });
    if (!calibration.unreachable) std::cout << calibration_summary(calibration);
    refuse_unmet(calibration, args.actuals);

    // The fitted parameters as a scenario patch that extends the input.
    namespace fs = std::filesystem;
    const fs::path out_dir = fs::absolute(fs::path(out)).parent_path();
    nlohmann::json patch = {
        {"extends", fs::relative(fs::absolute(args.scenario), out_dir).generic_string()},
        {"name", loaded.scenario.name + "-calibrated"},
        {"description", "Parameters fitted by intsim calibrate to " + args.actuals},
    };
    for (const auto& p : calibration.last().fit.parameters) patch[nlohmann::json::json_pointer(p.pointer)] = p.fitted;
    if (!args.sets.empty()) patch["note"] = "the input was run with --set " + fmt::format("{}", fmt::join(args.sets, " --set "));
    check_loads_as_scenario(loaded.resolved, patch, out);
    write_file_atomically(out, patch.dump(2) + "\n");
    std::cout << fmt::format("Monte Carlo ({} replications, seed {}) meets every figure after {} round(s)\n",
                             args.replications, args.seed, calibration.rounds.size());
    std::cout << "wrote " << out << "\n";
    return 0;
}

}  // namespace

void add_calibrate_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<CalibrateArguments>();
    CLI::App* cmd = app.add_subcommand("calibrate", "fit hazard levels, group factors and inflow to yearly actuals");
    cmd->add_option("scenario", args->scenario, "scenario JSON file")->required();
    cmd->add_option("--actuals", args->actuals, "yearly actuals: JSON object indicator -> value, or CSV with columns indicator,value")->required();
    cmd->add_option("--out", args->out, "scenario patch to write (default out/<name>-calibrated.json)");
    cmd->add_option("--set", args->sets, "override a scenario value: PATH=VALUE (repeatable)");
    cmd->add_option("--reps", args->replications, "Monte Carlo replications of each round's check (default 200)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    cmd->add_option("--seed", args->seed, "random seed of the confirmation run (default 1)");
    cmd->add_option("--threads", args->threads, "worker threads (default: all cores)")->check(CLI::Range(1, 1024));
    cmd->add_flag("--quiet", args->quiet, "no progress bar");
    cmd->callback([&action, args] { action = [args] { return calibrate_command(*args); }; });
}

}  // namespace intsim
