// intsim serve [SCENARIO...]: the workbench page for leadership (docs/workbench.md).
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "cli/simulation_options.hpp"
#include "cli/store_options.hpp"
#include "engine/input_error.hpp"
#include "server/workbench.hpp"

namespace intsim {

namespace {

constexpr const char* kShippedExample = "scenarios/lahn-dill-2022-2024.json";

struct ServeArguments {
    std::vector<std::string> scenarios;
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string store;
    std::string language = "en";
    int threads = 0;
};

int serve(const ServeArguments& args) {
    ServeOptions options;
    options.scenarios = args.scenarios;
    if (options.scenarios.empty()) {
        if (!std::filesystem::exists(kShippedExample))
            throw InputError("", "", std::string("expected one or more scenario files to serve (in the project's folder "
                                                 "intsim serve alone serves ") + kShippedExample + ")");
        options.scenarios.push_back(kShippedExample);
    }
    options.host = args.host;
    options.port = args.port;
    options.store = default_store_path(args.store);
    options.language = report_language(args.language);
    options.threads = args.threads;
    options.stop = &g_cancel_requested;
    options.say = [](const std::string& line) { std::cout << line << std::endl; };
    return serve_workbench(options);
}

}  // namespace

void add_serve_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<ServeArguments>();
    CLI::App* cmd = app.add_subcommand(
        "serve", "the workbench: plans, what-if with the expected model, Monte Carlo comparisons and past runs in the "
                 "browser (docs/workbench.md)");
    cmd->add_option("scenarios", args->scenarios,
                    std::string("scenario files to offer as plans (default ") + kShippedExample + ")");
    cmd->add_option("--port", args->port, "TCP port (default 8080; 0: any free port, printed)")->check(CLI::Range(0, 65535));
    cmd->add_option("--host", args->host,
                    "address to listen on (default 127.0.0.1, this computer only; another address lets others on "
                    "the network use the workbench, unencrypted and without a password)");
    add_store_file_option(cmd, args->store,
                          "run store FILE the page's runs are recorded in and read from, or off (default "
                          "$INTSIM_STORE, else out/runs.sqlite)");
    add_language_option(*cmd, args->language, "the page");
    add_threads_option(cmd, args->threads, "Monte Carlo threads (default: all cores but one)");
    cmd->callback([&action, args] { action = [args] { return serve(*args); }; });
}

}  // namespace intsim
