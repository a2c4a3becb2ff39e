// intsim: Monte Carlo projections of a jobcenter's year. This file only parses the
// command line and maps errors to exit codes: 0 success, 2 bad input or usage,
// 1 internal error, 130/143 interrupted by SIGINT/SIGTERM.
#include <csignal>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "engine/input_error.hpp"
#include "engine/runner.hpp"

namespace intsim {
std::atomic<bool> g_cancel_requested{false};
}

namespace {

volatile std::sig_atomic_t g_signal = 0;

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

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "intsim: " << e.what() << "\n";
        return 2;
    }

    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    try {
        return action();
    } catch (const intsim::InputError& e) {
        std::cerr << "intsim: " << e.what() << "\n";
        return 2;
    } catch (const intsim::Cancelled&) {
        std::cerr << "intsim: interrupted, no partial output written\n";
        return 128 + (g_signal ? g_signal : SIGINT);
    } catch (const std::exception& e) {
        std::cerr << "intsim: internal error: " << e.what() << "\n";
        return 1;
    }
}
