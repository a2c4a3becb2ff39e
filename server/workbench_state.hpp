#pragma once
// What the workbench's HTTP handlers share: the plans (loaded once, read-only while
// serving), the run store, the Monte Carlo queue.
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/glossary.hpp"
#include "server/monte_carlo_jobs.hpp"
#include "server/plan.hpp"
#include "store/run_store.hpp"

namespace httplib {
class Server;
}

namespace intsim {

/// Expected results already computed, by plan and variant sha256: a mix the page returns
/// to (undo, a shared link, another tab, the other language) is answered without the
/// chain again.
class AnswerCache {
public:
    std::shared_ptr<const Results> find(const std::string& key) const;
    void keep(const std::string& key, std::shared_ptr<const Results> results);

private:
    static constexpr std::size_t kCapacity = 512;
    mutable std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const Results>> answers_;
    std::deque<std::string> order_;  // oldest first
};

struct WorkbenchState {
    std::vector<std::unique_ptr<Plan>> plans;
    std::optional<RunStore> store;
    std::string store_path;   ///< "" when recording is off
    std::string store_error;  ///< why the store cannot record, when it cannot (the page says so, runs are refused)
    std::unique_ptr<MonteCarloQueue> queue;
    Language language = Language::En;
    std::string host;
    AnswerCache answers;

    /// @throw InputError naming the nearest plan id
    const Plan& plan(const std::string& id) const;
};

/// Registers the JSON API (/api/...).
void add_api_routes(httplib::Server& server, WorkbenchState& state);

/// Registers the page and its files (/, /workbench.js, /workbench.css, /report.css).
void add_page_routes(httplib::Server& server);

}  // namespace intsim
