#include "server/workbench.hpp"

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "server/workbench_state.hpp"

namespace intsim {

namespace {

bool is_loopback(const std::string& host) {
    return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// The requests of the page are small; a larger body is refused before it is read.
constexpr std::size_t kMaxBodyBytes = 1 << 20;
// Connections served at once: 20 clients keeping their connection open (the load test),
// plus the page's own requests while a Monte Carlo run is going.
constexpr std::size_t kRequestThreads = 32;

void open_store(WorkbenchState& state, const std::string& path, const std::function<void(const std::string&)>& say) {
    state.store_path = path;
    if (path.empty()) {
        state.store_error = "this server records no runs (--store off), so it starts none: give --store FILE";
        return;
    }
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    std::error_code ignored;
    if (!folder.empty() && path.rfind("file:", 0) != 0) std::filesystem::create_directories(folder, ignored);
    try {
        state.store.emplace(path);
    } catch (const StoreError& e) {
        // Serve anyway: the plans and their expected answers need no store. Runs are
        // refused with this message, and earlier runs are listed if the file can be read.
        state.store_error = e.what();
        say(fmt::format("warning: {}", e.what()));
        try {
            state.store.emplace(path, true);
        } catch (const StoreError&) {
        }
    }
}

}  // namespace

int serve_workbench(const ServeOptions& options) {
    const auto say = options.say ? options.say : [](const std::string&) {};
    WorkbenchState state;
    state.language = options.language;
    state.host = options.host;
    for (const std::string& file : options.scenarios) {
        auto plan = std::make_unique<Plan>(load_plan(file));
        for (const auto& other : state.plans)
            if (other->id == plan->id)
                throw InputError(file, "/name",
                                 fmt::format("expected a name no other plan of this server has, found \"{}\" (also {})",
                                             plan->id, other->file));
        state.plans.push_back(std::move(plan));
    }
    open_store(state, options.store, say);
    // One core is left to the page's answers while a Monte Carlo run works the others.
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    state.queue = std::make_unique<MonteCarloQueue>(state.store && state.store_error.empty() ? &*state.store : nullptr,
                                                    options.threads > 0 ? options.threads : std::max(1, cores - 1));

    httplib::Server server;
    server.new_task_queue = [] { return new httplib::ThreadPool(kRequestThreads); };
    server.set_payload_max_length(kMaxBodyBytes);
    server.set_keep_alive_max_count(1000);
    add_page_routes(server);
    add_api_routes(server, state);

    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(options.host);
        if (port < 0) throw InputError("", "--host", fmt::format("cannot listen on {}", options.host));
    } else if (!server.bind_to_port(options.host, port)) {
        throw InputError("", "--port",
                         fmt::format("cannot listen on {}:{} (in use by another program, or not an address of this "
                                     "computer): choose another --port",
                                     options.host, port));
    }
    const std::string shown_host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
    say(fmt::format("intsim workbench: http://{}:{}/ ({} plan{}; run store: {})", shown_host, port, state.plans.size(),
                    state.plans.size() == 1 ? "" : "s", options.store.empty() ? "off" : options.store));
    if (!is_loopback(options.host))
        say(fmt::format("warning: listening on {}, not on loopback: every computer that can reach this one on port {} "
                        "can open the page, run Monte Carlo runs on this machine and read the run store, without a "
                        "password and unencrypted (plain HTTP). Use it only on a network you trust.",
                        options.host, port));
    say("Ctrl+C stops the server.");

    std::atomic<bool> finished{false};
    std::thread watcher([&] {
        while (!finished.load()) {
            if (options.stop && options.stop->load()) {
                server.stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    const bool listened = server.listen_after_bind();
    finished = true;
    watcher.join();
    return listened ? 0 : 1;
}

}  // namespace intsim
