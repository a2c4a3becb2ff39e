// intsim: Monte Carlo projections of a jobcenter's year. This file only parses the
// command line and maps errors to exit codes: 0 success, 2 bad input or usage,
// 1 internal error, 130/143 interrupted by SIGINT/SIGTERM.
#include <algorithm>
#include <csignal>
#include <string>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/suggestions.hpp"
#include "engine/input_error.hpp"
#include "engine/runner.hpp"

namespace intsim {
std::atomic<bool> g_cancel_requested{false};
}

namespace {

volatile std::sig_atomic_t g_signal = 0;

// One write per message: under mpirun each rank's stderr is forwarded in chunks, and a
// message written in pieces can be split by mpirun's own banner. Through std::cerr, so
// that mute_unless_root still silences the non-root ranks.
void print_error_line(const std::string& message) {
    std::cerr << ("intsim: " + message + "\n") << std::flush;
}

extern "C" void on_signal(int signal) {
    g_signal = signal;
    intsim::g_cancel_requested.store(true);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"intsim: Monte Carlo projections of integrations, LZB stock and budget of a jobcenter"};
    app.require_subcommand(1);
    app.set_version_flag("--version", INTSIM_VERSION);
    intsim::Action action;
    intsim::add_run_command(app, action);
    intsim::add_validate_command(app, action);
    intsim::add_expect_command(app, action);
    intsim::add_calibrate_command(app, action);
    intsim::add_compare_command(app, action);
    intsim::add_track_command(app, action);
    intsim::add_optimise_command(app, action);
    intsim::add_batch_command(app, action);
    intsim::add_init_command(app, action);
    intsim::add_runs_command(app, action);
    intsim::add_serve_command(app, action);

    // Names CLI11 would only call "not expected" get the nearest valid one.
    if (const std::string problem =
            intsim::unknown_name_problem(app, std::vector<std::string>(argv + std::min(argc, 1), argv + argc));
        !problem.empty()) {
        print_error_line(problem);
        return 2;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        print_error_line(e.what());
        return 2;
    }

    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    try {
        return action();
    } catch (const intsim::InputError& e) {
        print_error_line(e.what());
        return 2;
    } catch (const intsim::Cancelled&) {
        print_error_line("interrupted, no partial output written");
        return 128 + (g_signal ? g_signal : SIGINT);
    } catch (const std::exception& e) {
        print_error_line(std::string("internal error: ") + e.what());
        return 1;
    }
}
