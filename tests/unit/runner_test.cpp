// The parallel runner on its own: every replication exactly once into its own slot,
// cancellation and errors from worker threads. ThreadSanitizer runs these ([parallel]).
#include <catch2/catch.hpp>

#include <atomic>
#include <vector>

#include "engine/input_error.hpp"
#include "engine/runner.hpp"

using namespace intsim;

TEST_CASE("every replication runs once, into its own slot, for any thread count", "[parallel]") {
    for (int threads : {1, 2, 3, 8}) {
        std::vector<std::uint64_t> slot(500, 0);
        std::vector<int> calls(500, 0);
        std::atomic<std::size_t> last_progress{0};
        RunControl control;
        control.threads = threads;
        control.progress = [&](std::size_t done) {
            std::size_t seen = last_progress.load();
            while (done > seen && !last_progress.compare_exchange_weak(seen, done)) {}
        };
        run_replications(
            100, 500, control, [] { return std::vector<std::uint64_t>(16); },
            [&](std::size_t rep, std::vector<std::uint64_t>& scratch) {
                scratch.assign(16, rep);  // per-thread scratch, reused
                slot[rep - 100] = rep * rep + scratch[15];
                ++calls[rep - 100];
            });
        INFO("threads " << threads);
        for (std::size_t i = 0; i < slot.size(); ++i) {
            CHECK(calls[i] == 1);
            CHECK(slot[i] == (i + 100) * (i + 100) + (i + 100));
        }
        CHECK(last_progress.load() == 500);
    }
}

TEST_CASE("a cancel request stops the run with Cancelled", "[parallel]") {
    std::atomic<bool> cancel{false};
    std::atomic<int> ran{0};
    RunControl control;
    control.threads = 4;
    control.cancel = &cancel;
    CHECK_THROWS_AS(run_replications(
                        0, 100000, control, [] { return 0; },
                        [&](std::size_t rep, int&) {
                            ++ran;
                            if (rep == 20) cancel.store(true);  // as the signal handler does
                        }),
                    Cancelled);
    CHECK(ran.load() < 100000);
}

TEST_CASE("an input error in a worker thread reaches the caller unchanged", "[parallel]") {
    RunControl control;
    control.threads = 4;
    try {
        run_replications(0, 1000, control, [] { return 0; }, [&](std::size_t rep, int&) {
            if (rep == 333) throw InputError("", "/inflow/monthly_mean", "too many newcomers");
        });
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.pointer() == "/inflow/monthly_mean");
        CHECK(e.detail() == "too many newcomers");
    }
}
