// intsim init: from a jobcenter's key figures to a calibrated plan in one command. Reads
// the key-figure file (and the measure table it names), sets up the base-year and
// plan-year scenarios (decisions/setup), calibrates the base year until the Monte Carlo
// meets its figures, checks that both scenarios load as `validate` loads them, runs the
// plan and writes it all at once: OUT/<name>-<base year>.json, OUT/<name>-<plan
// year>.json and the plan's results in OUT/<name>-<plan year>/.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/calibration_support.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/report_options.hpp"
#include "decisions/setup/jobcenter_setup.hpp"
#include "decisions/setup/key_figure_file.hpp"
#include "decisions/setup/plausibility.hpp"
#include "engine/atomic_output.hpp"
#include "engine/catalogue.hpp"
#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "model/build_model.hpp"
#include "model/measure_patches.hpp"
#include "montecarlo/projection.hpp"
#include "report/calibration_report.hpp"
#include "report/calibration_words.hpp"
#include "report/plausibility_text.hpp"
#include "report/run_outputs.hpp"
#include "report/summary_table.hpp"

namespace intsim {

namespace {

struct InitArguments {
    std::string key_figures;
    std::string out;
    std::uint64_t replications = 1000;
    std::uint64_t calibration_replications = 400;
    std::uint32_t seed = 1;
    int threads = 0;
    bool quiet = false;
    bool force = false;
    ReportArguments report;
};

// A scenario set up from the key figures that does not load is a case the set-up did not
// check for: say so against the key figures, which is where it has to be fixed.
Scenario parse_set_up(const nlohmann::json& document, const KeyFigures& k, const std::string& what) {
    try {
        return parse_scenario(document, what);
    } catch (const InputError& e) {
        throw InputError(k.file, "", fmt::format("the {} scenario set up from these figures is not valid at {}: {}",
                                                 what, e.pointer(), e.detail()));
    }
}

// The scenario as `validate` will read the written file: its catalogue references
// resolved (the written file names the catalogue relative to itself, the same file).
nlohmann::json as_validate_reads(nlohmann::json document, const KeyFigures& k, const std::string& file) {
    document.erase("catalogue");
    resolve_catalogue_references(document, k.effects_catalogue, file);
    return document;
}

// Earlier scenarios in the output folder may have been edited by hand since: init does
// not replace them unless told to.
void refuse_to_overwrite(const std::vector<std::string>& paths, const std::string& key_figures) {
    for (const auto& path : paths) {
        std::error_code error;
        if (std::filesystem::exists(path, error))
            throw InputError(key_figures, "",
                             fmt::format("{} exists already (an earlier init, perhaps edited since): choose another "
                                         "--out, remove it, or give --force to replace it",
                                         path));
    }
}

int init(const InitArguments& args) {
    ReportOptions report = report_options(args.report);
    const Wording say = report.wording();
    const Language language = report.language;
    const KeyFigures k = read_key_figures(args.key_figures);
    // Plausibility before computing: an impossible figure stops here, before calibration;
    // an implausible one is said now and repeated in the plan's report.
    for (const PlausibilityFinding& finding : check_key_figures(k)) {
        if (finding.refused) throw InputError(finding.file, finding.pointer, plausibility_text(finding, Wording{}));
        const std::string text = plausibility_text(finding, say);
        std::cout << say(words::init_warning, finding.file + ": " + finding.pointer + ": " + text) << "\n";
        report.input_warnings.push_back(finding.pointer + ": " + text);
    }
    JobcenterSetup setup = set_up_jobcenter(k);
    const std::string out_dir = args.out.empty() ? "out/" + k.name : args.out;
    const std::string base_path = (std::filesystem::path(out_dir) / setup.base_file).string();
    const std::string plan_path = (std::filesystem::path(out_dir) / setup.plan_file).string();
    if (!args.force) refuse_to_overwrite({base_path, plan_path}, k.file);
    if (!k.effects_catalogue.empty()) {
        const auto absolute = [](const std::string& p) { return std::filesystem::absolute(p).lexically_normal(); };
        setup.base_year["catalogue"] = absolute(k.effects_catalogue).lexically_relative(absolute(out_dir)).string();
    }
    const Scenario base = parse_set_up(as_validate_reads(setup.base_year, k, base_path), k, "base-year");

    std::vector<std::string> figures;
    for (const auto& [name, value] : setup.figures) figures.push_back(name);
    const Identification id = identify(base, figures, setup.pairing);
    // init chose these figures itself, so a weak direction is not the user's to fix: the
    // prior (the national start values) decides it, said on the console and in the file.
    if (!id.identified) {
        const SetupNote weak = SetupNote::weakly_identified(id.weak_figures, id.weak_parameters, id.weakest);
        setup.notes.push_back(weak);
        const std::string text = setup_note_text(weak);  // the scenario file speaks English
        auto& hazards = setup.base_year["hazards"];
        hazards["note"] = hazards.contains("note") ? hazards["note"].get<std::string>() + "; " + text : text;
    }

    MonteCarloCalibrationOptions options;
    options.replications = args.calibration_replications;
    options.seed = args.seed;
    options.pairing = setup.pairing;
    options.watched = setup.checks;
    options.control.threads = args.threads;
    options.control.cancel = &g_cancel_requested;
    int round = 0;
    const MonteCarloCalibration calibration =
        calibrate_against_monte_carlo(base, setup.figures, options, [&](const CalibrationRound& r) {
            if (round == 0) {
                std::cout << say(words::init_base_year, k.name, k.base_year, k.file) << "\n";
                for (const auto& note : setup.notes) std::cout << "  " << setup_note_text(note, language) << "\n";
                std::cout << identification_table(id, language);
            }
            std::cout << calibration_round_line(r, ++round, language) << std::flush;
        });
    if (!calibration.unreachable) std::cout << calibration_summary(calibration, language);
    refuse_unmet(calibration, k.file, key_figure_pointer);
    write_fitted_parameters(setup.base_year, calibration.last().fit.parameters, k);

    // Both files as validate will read them: the base year alone, the plan over it.
    const nlohmann::json base_read = as_validate_reads(setup.base_year, k, base_path);
    check_loads_as_scenario(nlohmann::json(), base_read, base_path);
    check_loads_as_scenario(base_read, setup.plan_year, plan_path);
    Provenance provenance;
    provenance.record_value("", base_read, provenance.add_layer({base_path, "extends parent", true}));
    nlohmann::json plan = base_read;
    nlohmann::json plan_patch = setup.plan_year;
    plan_patch.erase("extends");
    provenance.record_patch("", plan, plan_patch, provenance.add_layer({plan_path, "", true}));
    plan.merge_patch(plan_patch);
    check_measures_from_patches(plan, provenance);

    // The plan year, run as `intsim run` runs the written file.
    const Model model = build_model(parse_scenario(plan, plan_path));
    ProgressBar progress(args.replications, !args.quiet);
    ProjectionOptions projection;
    projection.replications = args.replications;
    projection.seed = args.seed;
    projection.control = options.control;
    projection.control.progress = [&](std::size_t done) { progress.update(done); };
    Results results = project(model, projection);
    progress.finish();
    results.scenario_sha256 = sha256_hex(canonical_dump(plan));

    OutputSet scenarios(out_dir);
    scenarios.add(setup.base_file, setup.base_year.dump(2) + "\n");
    scenarios.add(setup.plan_file, setup.plan_year.dump(2) + "\n");
    OutputSet run_outputs((std::filesystem::path(out_dir) / model.scenario.name).string());
    stage_run_outputs(run_outputs, results, INTSIM_VERSION, report);
    std::vector<std::string> paths = scenarios.commit();
    for (const auto& path : run_outputs.commit()) paths.push_back(path);

    std::cout << "\n" << say(words::init_plan, model.scenario.name, args.replications,
                             args.seed) << "\n";
    std::cout << summary_table(results, say);
    for (const auto& path : paths) std::cout << say(words::wrote_file, path) << "\n";
    std::cout << say(words::init_next, plan_path) << "\n";
    return 0;
}

}  // namespace

void add_init_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<InitArguments>();
    CLI::App* cmd = app.add_subcommand(
        "init", "set up a jobcenter from its key figures: calibrated base year, plan year, and the plan's target offer");
    cmd->add_option("keyfigures", args->key_figures,
                    "key-figure JSON file (scenarios/own-jobcenter/keyfigures-template.json shows the format)")
        ->required();
    cmd->add_option("--out", args->out, "output directory (default out/<name>)");
    cmd->add_option("--reps", args->replications, "replications of the plan run (default 1000)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    cmd->add_option("--calibration-reps", args->calibration_replications,
                    "replications of each calibration round's Monte Carlo check (default 400)")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    cmd->add_option("--seed", args->seed, "random seed, 0..4294967295 (default 1)");
    cmd->add_option("--threads", args->threads, "worker threads (default: all cores)")->check(CLI::Range(1, 1024));
    cmd->add_flag("--quiet", args->quiet, "no progress bar");
    cmd->add_flag("--force", args->force, "replace the scenarios of an earlier init in the output folder");
    add_report_options(*cmd, args->report);
    cmd->callback([&action, args] { action = [args] { return init(*args); }; });
}

}  // namespace intsim
