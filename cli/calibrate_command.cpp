#include <cmath>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/scenario_loading.hpp"
#include "engine/atomic_output.hpp"
#include "engine/csv_reader.hpp"
#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "models/decisions/calibration.hpp"
#include "models/indicator_catalogue.hpp"
#include "models/projection.hpp"

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

// Actuals as CSV: a header "indicator,value" and one row per figure (either dialect).
// Errors name the row's line, as the user sees the file.
std::map<std::string, double> actuals_from_csv(const std::string& path) {
    const CsvTable table = read_csv_file(path);
    const auto line = [](std::size_t n) { return fmt::format("line {}", n); };
    const int indicator = table.column("indicator");
    const int value = table.column("value");
    if (indicator < 0 || value < 0 || table.header.size() != 2)
        throw InputError(path, line(table.header_line),
                         "expected the header \"indicator,value\" (two columns), found \"" +
                             fmt::format("{}", fmt::join(table.header, std::string(1, table.dialect.separator))) + "\"");
    std::map<std::string, double> actuals;
    for (const CsvRow& row : table.rows) {
        const std::string& name = row.fields[static_cast<std::size_t>(indicator)];
        const std::string& field = row.fields[static_cast<std::size_t>(value)];
        if (is_documentation_key(name)) continue;
        if (const std::string problem = actual_name_problem(name); !problem.empty())
            throw InputError(path, line(row.line), problem);
        const auto number = parse_csv_number(field, table.dialect);
        if (!number || *number <= 0)
            throw InputError(path, line(row.line),
                             fmt::format("column \"value\": expected a number > 0{}, found \"{}\"",
                                         number_format_hint(field, table.dialect), field));
        if (const std::string problem = count_problem(name, field, *number, table.dialect); !problem.empty())
            throw InputError(path, line(row.line), problem);
        if (!actuals.emplace(name, *number).second)
            throw InputError(path, line(row.line), "\"" + name + "\" appears twice (expected one row per indicator)");
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

// A fit that misses an actual by more than this is no calibration: exit 2, nothing written.
// Smaller misses above half a per cent are written with a warning.
constexpr double kUnreachableMiss = 0.05;

int calibrate_command(const CalibrateArguments& args) {
    const LoadedScenario loaded = load_scenario(args.scenario, args.sets);
    const std::map<std::string, double> actuals = read_actuals(args.actuals);
    const CalibrationResult fit = calibrate(loaded.scenario, actuals);
    // Actuals the model cannot come near (e.g. more integrations than the stock and inflow
    // allow) would leave a parameter at an absurd value; such a patch is refused rather
    // than written with a warning.
    for (const auto& f : fit.fits) {
        if (std::fabs(f.relative_error()) <= kUnreachableMiss) continue;
        std::string parameters;
        for (const auto& p : fit.parameters)
            parameters += fmt::format("{}{} {:.6g} -> {:.6g}", parameters.empty() ? "" : ", ", p.pointer, p.start, p.fitted);
        throw InputError(args.actuals, "/" + f.indicator,
                         fmt::format("the scenario cannot reach {:.1f}: the best fit gives {:.1f} ({:+.1f} %) with {}; "
                                     "check the actuals against the scenario's stock, inflow and targets",
                                     f.actual, f.fitted, 100 * f.relative_error(), parameters));
    }

    // The fitted parameters as a scenario patch that extends the input.
    namespace fs = std::filesystem;
    const std::string out = args.out.empty() ? "out/" + loaded.scenario.name + "-calibrated.json" : args.out;
    const fs::path out_dir = fs::absolute(fs::path(out)).parent_path();
    nlohmann::json patch = {
        {"extends", fs::relative(fs::absolute(args.scenario), out_dir).generic_string()},
        {"name", loaded.scenario.name + "-calibrated"},
        {"description", "Parameters fitted by intsim calibrate to " + args.actuals},
    };
    for (const auto& p : fit.parameters) patch[nlohmann::json::json_pointer(p.pointer)] = p.fitted;
    if (!args.sets.empty()) patch["note"] = "the input was run with --set " + fmt::format("{}", fmt::join(args.sets, " --set "));

    // Confirm with Monte Carlo.
    const Model fitted = build_model(with_parameters(loaded.scenario, fit.parameters));
    ProgressBar progress(args.replications, !args.quiet);
    ProjectionOptions options;
    options.replications = args.replications;
    options.seed = args.seed;
    options.control.threads = args.threads;
    options.control.cancel = &g_cancel_requested;
    options.control.progress = [&](std::size_t done) { progress.update(done); };
    const Results mc = project(fitted, options);
    progress.finish();

    write_file_atomically(out, patch.dump(2) + "\n");

    std::cout << fmt::format("{}: calibrated {} parameter(s) in {} iterations ({} expected-model runs){}\n",
                             loaded.scenario.name, fit.parameters.size(), fit.iterations, fit.model_evaluations,
                             fit.converged ? "" : ", not fully converged");
    std::cout << fmt::format("{:<28} {:>12} {:>12} {:>8} {:>12} {:>23}  {}\n", "indicator", "actual", "fitted",
                             "error", "MC mean", "MC p05 - p95", "inside");
    int misses = 0;
    for (const auto& f : fit.fits) {
        const Summary& s = mc.indicator(f.indicator).summary;
        const bool inside = f.actual >= s.p05 && f.actual <= s.p95;
        std::cout << fmt::format("{:<28} {:>12.1f} {:>12.1f} {:>7.2f}% {:>12.1f} {:>11.1f} - {:<9.1f}  {}\n",
                                 f.indicator, f.actual, f.fitted, 100 * f.relative_error(), s.mean, s.p05, s.p95,
                                 inside ? "yes" : "NO");
    }
    std::cout << "parameters:\n";
    for (const auto& p : fit.parameters)
        std::cout << fmt::format("  {:<48} {:>12.6g} -> {:<12.6g}\n", p.pointer, p.start, p.fitted);
    for (const auto& f : fit.fits) {
        if (std::fabs(f.relative_error()) > 0.005) {
            ++misses;
            std::cerr << fmt::format("intsim: warning: the fit misses {} by {:+.1f} % ({:.1f} fitted, {:.1f} actual)\n",
                                     f.indicator, 100 * f.relative_error(), f.fitted, f.actual);
        }
    }
    std::cout << "wrote " << out << (misses ? " (with warnings)" : "") << "\n";
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
    cmd->add_option("--reps", args->replications, "Monte Carlo replications of the confirmation run (default 200)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    cmd->add_option("--seed", args->seed, "random seed of the confirmation run (default 1)");
    cmd->add_option("--threads", args->threads, "worker threads (default: all cores)")->check(CLI::Range(1, 1024));
    cmd->add_flag("--quiet", args->quiet, "no progress bar");
    cmd->callback([&action, args] { action = [args] { return calibrate_command(*args); }; });
}

}  // namespace intsim
