#pragma once
// A progress line on stderr for runs longer than about a second: replications done,
// rate and time left. Silent when stderr is not a terminal or with --quiet.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace intsim {

class ProgressBar {
public:
    /// @param unit what is counted, e.g. "replications"
    ProgressBar(std::size_t total, bool enabled, std::string unit = "replications");
    ~ProgressBar();
    /// Thread-safe; prints at most ten times a second.
    void update(std::size_t done);
    void finish();
    /// A total and unit learnt while running (a decision whose later phases depend on
    /// earlier results): the bar counts what is done, not a bound.
    void set_total(std::size_t total, std::string unit);

private:
    std::size_t total_;
    std::string unit_;
    bool enabled_;
    bool printed_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_;
    std::mutex mutex_;
};

}  // namespace intsim
