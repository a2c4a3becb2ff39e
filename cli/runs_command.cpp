// intsim runs list|show|diff|rm|note: the run store from the command line.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/store_options.hpp"
#include "engine/atomic_output.hpp"
#include "engine/input_error.hpp"
#include "store/run_listing.hpp"
#include "store/run_store.hpp"

namespace intsim {

namespace {

struct RunsArguments {
    std::string store;
    std::vector<std::int64_t> ids;
    std::int64_t id = 0;
    std::string note;
    bool json = false;
    std::string html;  ///< show --html FILE
};

RunStore open_store(const RunsArguments& args, bool read_only) {
    const std::string path = default_store_path(args.store);
    if (path.empty()) throw InputError("", "--store", "expected a run store FILE, found off");
    return RunStore(path, read_only);
}

StoredRun load_run(const RunStore& store, std::int64_t id) {
    auto run = store.load(id);
    if (!run) throw InputError(store.path(), "", fmt::format("expected a run with id {}, found none (intsim runs list shows them)", id));
    return *run;
}

int list_runs(const RunsArguments& args) {
    const RunStore store = open_store(args, true);
    const auto runs = store.list();
    if (args.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const RunSummary& r : runs) out.push_back(run_summary_json(r));
        std::cout << out.dump(1) << "\n";
    } else {
        std::cout << store.path() << "\n" << runs_list_text(runs);
    }
    return 0;
}

int show_run(const RunsArguments& args) {
    const RunStore store = open_store(args, true);
    const StoredRun run = load_run(store, args.id);
    if (!args.html.empty()) {
        // The report.html the run wrote, as it wrote it, checked before anything is written.
        const auto html = store.report_html(run.id);
        if (!html)
            throw InputError(store.path(), "",
                             fmt::format("expected run {} to have its report.html stored, found none: it was run "
                                         "without html in --format, or recorded by an intsim that kept no reports",
                                         run.id));
        check_output_file(args.html);
        write_file_atomically(args.html, *html);
        std::cout << "wrote " << args.html << "\n";
        return 0;
    }
    if (args.json) {
        nlohmann::json out = stored_run_json(run);
        out["summary"] = run.record.summary;
        std::cout << out.dump(1) << "\n";
    } else {
        std::cout << run_show_text(run);
    }
    return 0;
}

int diff_runs(const RunsArguments& args) {
    const RunStore store = open_store(args, true);
    const StoredRun a = load_run(store, args.ids.at(0)), b = load_run(store, args.ids.at(1));
    std::cout << (args.json ? runs_diff_json(a, b).dump(1) + "\n" : runs_diff_text(a, b));
    return 0;
}

int remove_runs(const RunsArguments& args) {
    RunStore store = open_store(args, false);
    for (const std::int64_t id : args.ids) load_run(store, id);  // every id exists, or nothing goes
    for (const std::int64_t id : args.ids) {
        store.remove(id);
        std::cout << "removed run " << id << "\n";
    }
    return 0;
}

int note_run(const RunsArguments& args) {
    RunStore store = open_store(args, false);
    load_run(store, args.id);
    store.set_note(args.id, args.note);
    std::cout << "noted run " << args.id << "\n";
    return 0;
}

}  // namespace

void add_runs_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<RunsArguments>();
    CLI::App* runs = app.add_subcommand("runs", "the run store: list, show, diff, rm, note (docs/workbench.md)");
    runs->require_subcommand(1);
    const auto store_option = [&](CLI::App* cmd) {
        add_store_file_option(cmd, args->store, "run store FILE (default $INTSIM_STORE, else out/runs.sqlite)");
    };
    CLI::App* list = runs->add_subcommand("list", "the recorded runs, newest first");
    store_option(list);
    list->add_flag("--json", args->json, "as JSON");
    list->callback([&action, args] { action = [args] { return list_runs(*args); }; });

    CLI::App* show = runs->add_subcommand("show", "one run: settings, scenarios, indicators per year");
    show->add_option("id", args->id, "run id")->required();
    store_option(show);
    show->add_flag("--json", args->json, "as JSON, with the command's own JSON");
    show->add_option("--html", args->html, "write the report.html the run wrote to FILE (the same bytes)");
    show->callback([&action, args] { action = [args] { return show_run(*args); }; });

    CLI::App* diff = runs->add_subcommand("diff", "two runs side by side: what differs, and B - A per indicator and year");
    diff->add_option("ids", args->ids, "run ids A B")->required()->expected(2);
    store_option(diff);
    diff->add_flag("--json", args->json, "as JSON");
    diff->callback([&action, args] { action = [args] { return diff_runs(*args); }; });

    CLI::App* rm = runs->add_subcommand("rm", "remove runs (every id must exist, else none is removed)");
    rm->add_option("ids", args->ids, "run ids")->required()->expected(1, 1000000);
    store_option(rm);
    rm->callback([&action, args] { action = [args] { return remove_runs(*args); }; });

    CLI::App* note = runs->add_subcommand("note", "set a run's note");
    note->add_option("id", args->id, "run id")->required();
    note->add_option("text", args->note, "the note")->required();
    store_option(note);
    note->callback([&action, args] { action = [args] { return note_run(*args); }; });
}

}  // namespace intsim
