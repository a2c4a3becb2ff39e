#pragma once
// Runs independent replications in parallel with oneTBB. The caller owns the output
// slot of every replication (results[rep]), so no reduction happens across threads:
// whatever the thread count, each replication computes the same bytes into the same
// place, and the caller reduces them serially in replication order afterwards.
#include <tbb/blocked_range.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <stdexcept>

#if defined(__SANITIZE_THREAD__)
#define INTSIM_TSAN_ANNOTATIONS 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define INTSIM_TSAN_ANNOTATIONS 1
#endif
#endif
#ifdef INTSIM_TSAN_ANNOTATIONS
#include <sanitizer/tsan_interface.h>
#endif

namespace intsim {

namespace runner_detail {

// Debian's libtbb is not built with -fsanitize=thread, so ThreadSanitizer cannot see the
// synchronisation inside its scheduler: that a task sees what the thread that started
// parallel_for wrote before, and that this thread sees what the tasks wrote once
// parallel_for returns. Without these two edges every replication's output would be
// reported as a race with the reduction that reads it. The edges go one way each (start:
// caller -> tasks, end: tasks -> caller), so races between two workers stay visible.
// Outside a TSan build they are nothing.
struct TsanEdges {
    char start = 0, end = 0;  // only their addresses matter
};

inline void release(char* sync) {
#ifdef INTSIM_TSAN_ANNOTATIONS
    __tsan_release(sync);
#else
    (void)sync;
#endif
}

inline void acquire(char* sync) {
#ifdef INTSIM_TSAN_ANNOTATIONS
    __tsan_acquire(sync);
#else
    (void)sync;
#endif
}

// Releases `sync` when it goes out of scope (also when a replication throws).
struct ReleaseOnExit {
    char* sync;
    ~ReleaseOnExit() { release(sync); }
};

// Acquires `sync` when it goes out of scope (also when parallel_for throws).
struct AcquireOnExit {
    char* sync;
    ~AcquireOnExit() { acquire(sync); }
};

}  // namespace runner_detail

struct RunControl {
    int threads = 0;                                  ///< 0 = all cores
    std::function<void(std::size_t done)> progress;   ///< called after each replication
    const std::atomic<bool>* cancel = nullptr;        ///< set from a signal handler
};

class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

/// Number of worker threads `threads` means on this machine (0 = all cores).
inline int effective_threads(int threads) {
    return threads > 0 ? threads : tbb::this_task_arena::max_concurrency();
}

/// Calls simulate(replication, workspace) for replication = first .. first + count - 1.
/// make_workspace() builds one workspace per worker thread, reused across replications.
template <class MakeWorkspace, class Simulate>
void run_replications(std::size_t first, std::size_t count, const RunControl& control,
                      MakeWorkspace make_workspace, Simulate simulate) {
    using Workspace = decltype(make_workspace());
    tbb::enumerable_thread_specific<Workspace> workspaces(make_workspace);
    std::atomic<std::size_t> done{0};
    const int threads = effective_threads(control.threads);
    // Allows more threads than cores when asked for (e.g. to test determinism).
    tbb::global_control parallelism(tbb::global_control::max_allowed_parallelism,
                                    static_cast<std::size_t>(threads));
    tbb::task_arena arena(threads);
    runner_detail::TsanEdges edges;
    runner_detail::release(&edges.start);
    const runner_detail::AcquireOnExit see_tasks{&edges.end};
    arena.execute([&] {
        // Grain 1: replications are heavy; the split never affects results.
        tbb::parallel_for(tbb::blocked_range<std::size_t>(first, first + count, 1),
                          [&](const tbb::blocked_range<std::size_t>& range) {
                              runner_detail::acquire(&edges.start);
                              const runner_detail::ReleaseOnExit publish{&edges.end};
                              Workspace& workspace = workspaces.local();
                              for (std::size_t rep = range.begin(); rep != range.end(); ++rep) {
                                  if (control.cancel && control.cancel->load()) throw Cancelled();
                                  simulate(rep, workspace);
                                  const std::size_t now = ++done;
                                  if (control.progress) control.progress(now);
                              }
                          });
    });
}

}  // namespace intsim
