#pragma once
// The workbench's Monte Carlo runs: a queue worked by one thread, one run at a time,
// each the paired comparison of `intsim compare` (the plan as base, the variant, common
// random numbers). A run reports its progress, can be cancelled while queued or running,
// and is recorded in the run store when, and only when, it has finished: a cancelled or
// failed run leaves nothing in the store. Finished runs stay in memory for the page's
// report and CSV downloads.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "decisions/compare/paired_comparison.hpp"
#include "report/decision_report_support.hpp"
#include "server/plan.hpp"
#include "store/run_store.hpp"

namespace intsim {

struct JobRequest {
    const Plan* plan = nullptr;
    Variant variant;
    std::uint64_t replications = 200;
    std::uint32_t seed = 1;
    std::string note;
    std::string client;  ///< the page's address, for the store's "started by"
    Language language = Language::En;  ///< of the report.html the store keeps (the page's, when it asked)
};

enum class JobState { Queued, Running, Done, Failed, Cancelled };
std::string_view job_state_name(JobState state);

struct Job {
    std::int64_t id = 0;
    JobRequest request;
    std::atomic<JobState> state{JobState::Queued};
    std::atomic<std::size_t> done{0};
    std::size_t total = 0;  ///< replications to run: 3 x replications (base, variant, independent variant)
    std::atomic<bool> cancel{false};
    std::string started_at;
    // Written by the worker before `state` becomes Done or Failed, read after.
    std::optional<Comparison> comparison;
    std::vector<ScenarioIdentity> identities;
    RunFacts facts;
    std::string error;                    ///< Failed: what went wrong (validate's words for bad input)
    std::optional<std::int64_t> run_id;   ///< the store's id, when recorded
};

class MonteCarloQueue {
public:
    /// @param store       where finished runs are recorded (nullptr: not recorded)
    /// @param threads     worker threads of each run (0: all cores)
    MonteCarloQueue(RunStore* store, int threads);
    ~MonteCarloQueue();

    /// Queues a run and returns it (its id is the queue's, not the store's).
    std::shared_ptr<Job> submit(JobRequest request);
    std::shared_ptr<Job> find(std::int64_t id) const;
    /// Runs queued before `job` that have not finished.
    std::size_t ahead_of(const Job& job) const;
    /// @return false when the job had already ended
    bool cancel(std::int64_t id);

private:
    void work();
    void run(Job& job);

    RunStore* store_;
    int threads_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::shared_ptr<Job>> queue_;
    std::map<std::int64_t, std::shared_ptr<Job>> jobs_;
    std::int64_t next_id_ = 1;
    bool stopping_ = false;
    std::atomic<bool> shutdown_cancel_{false};
    std::thread worker_;
};

}  // namespace intsim
