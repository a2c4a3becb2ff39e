#pragma once
// `intsim serve`: the workbench, a page for a jobcenter's leadership over the plans named
// on the command line (docs/workbench.md). The HTTP server is cpp-httplib (Debian's
// libcpp-httplib); the page, its script and style ship inside the binary
// (server/page/, embedded at build time) and load nothing from elsewhere.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "report/glossary.hpp"

namespace intsim {

struct ServeOptions {
    std::vector<std::string> scenarios;
    std::string host = "127.0.0.1";  ///< loopback: only this computer can reach the page
    int port = 8080;                 ///< 0: any free port (printed)
    std::string store;               ///< the run store's file; "" records nothing
    Language language = Language::En;
    int threads = 0;                 ///< Monte Carlo threads; 0: all cores but one
    const std::atomic<bool>* stop = nullptr;     ///< set by SIGINT/SIGTERM
    std::function<void(const std::string&)> say;  ///< a line for the console
};

/// Loads every plan (InputError as validate gives, before anything listens), listens and
/// serves until `stop`. @return the exit code
int serve_workbench(const ServeOptions& options);

}  // namespace intsim
