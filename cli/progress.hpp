#pragma once
// A progress line on stderr for runs longer than about a second: replications done,
// rate and time left. Silent when stderr is not a terminal or with --quiet.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>

namespace intsim {

class ProgressBar {
public:
    ProgressBar(std::size_t total, bool enabled);
    ~ProgressBar();
    /// Thread-safe; prints at most ten times a second.
    void update(std::size_t done);
    void finish();

private:
    std::size_t total_;
    bool enabled_;
    bool printed_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_;
    std::mutex mutex_;
};

}  // namespace intsim
