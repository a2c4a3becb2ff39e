// The limit probe: the least work a monthly microsimulation can do per person-month —
// one uniform draw and an update of the 24-month history mask — over a population of
// the size intsim simulates, with intsim's own runner (oneTBB, one workspace per
// thread). The benchmark harness runs it beside intsim and reports intsim's throughput
// as a fraction of it. Several random engines are offered, so that the choice of
// engine rests on a measurement made on the machine at hand:
//   philox    Philox4x32-10 keyed like intsim's draws (seed, replication | person,
//             month, stream), drawn in a column loop of its own (what intsim does)
//   philox-inline  the same, drawn inside the update loop
//   threefry  Threefry4x32-20 with the same keys (add-rotate-xor, no multiplies)
//   mt19937_64, taus88  sequential Boost.Random engines seeded per replication: cheap,
//             but a draw then depends on the visiting order, so common random numbers
//             across scenarios would be lost
// Output: one JSON object on stdout.
#include <Random123/threefry.h>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/taus88.hpp>
#include <CLI/CLI.hpp>

#include <bit>
#include <chrono>
#include <ctime>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include "engine/rng.hpp"
#include "engine/runner.hpp"

namespace {

constexpr std::uint32_t kMask = (1u << 24) - 1u;
constexpr int kLtrMonths = 21;

struct Options {
    std::string engine = "philox";
    std::uint32_t persons = 10850;
    int months = 12;
    std::uint64_t replications = 1000;
    int threads = 0;
    double stay = 0.97;  ///< probability of a person-month in benefit
};

struct Workspace {
    std::vector<std::uint32_t> history;
    std::vector<std::uint32_t> word;
};

// The start histories: persons spread over spells of 1..24 months.
void fill(Workspace& ws, std::uint32_t persons) {
    ws.history.resize(persons);
    ws.word.resize(persons);
    for (std::uint32_t i = 0; i < persons; ++i) ws.history[i] = (1u << (1 + i % 24)) - 1u;
}

// One month's update for a column of already drawn words; returns the LZB count.
std::uint32_t update(std::vector<std::uint32_t>& history, const std::vector<std::uint32_t>& word,
                     std::uint32_t stay) {
    std::uint32_t ltr = 0;
    const std::size_t n = history.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t h = ((history[i] << 1) | (word[i] < stay ? 1u : 0u)) & kMask;
        history[i] = h;
        ltr += std::popcount(h) >= kLtrMonths;
    }
    return ltr;
}

template <class Engine>
std::uint64_t sequential_replication(const Options& o, std::uint32_t rep, Workspace& ws, std::uint32_t stay) {
    Engine engine(static_cast<typename Engine::result_type>(1000003u * rep + 1u));
    fill(ws, o.persons);
    std::uint64_t ltr = 0;
    for (int m = 0; m < o.months; ++m) {
        for (auto& w : ws.word) w = static_cast<std::uint32_t>(engine());
        ltr += update(ws.history, ws.word, stay);
    }
    return ltr;
}

std::uint64_t counter_replication(const Options& o, std::uint32_t rep, Workspace& ws, std::uint32_t stay) {
    const intsim::StreamKey key{1, rep};
    fill(ws, o.persons);
    std::uint64_t ltr = 0;
    const std::uint32_t n = o.persons;
    for (int m = 0; m < o.months; ++m) {
        const auto month = static_cast<std::uint32_t>(m);
        if (o.engine == "philox") {
            for (std::uint32_t i = 0; i < n; ++i)
                ws.word[i] = intsim::random_words(key, i, month, intsim::Stream::Transition)[0];
            ltr += update(ws.history, ws.word, stay);
        } else if (o.engine == "philox-inline") {
            std::uint32_t count = 0;
            for (std::uint32_t i = 0; i < n; ++i) {
                const std::uint32_t w = intsim::random_words(key, i, month, intsim::Stream::Transition)[0];
                const std::uint32_t h = ((ws.history[i] << 1) | (w < stay ? 1u : 0u)) & kMask;
                ws.history[i] = h;
                count += std::popcount(h) >= kLtrMonths;
            }
            ltr += count;
        } else {  // threefry
            r123::Threefry4x32 threefry;  // its operator() is not const
            const r123::Threefry4x32::key_type k = {{1, rep, 0, 0}};
            for (std::uint32_t i = 0; i < n; ++i)
                ws.word[i] = threefry(r123::Threefry4x32::ctr_type{{i, month, 3, 0}}, k)[0];
            ltr += update(ws.history, ws.word, stay);
        }
    }
    return ltr;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    CLI::App app{"intsim limit probe: one uniform and a history-mask update per person-month"};
    app.add_option("--engine", o.engine)
        ->check(CLI::IsMember({"philox", "philox-inline", "threefry", "mt19937_64", "taus88"}));
    app.add_option("--persons", o.persons)->check(CLI::Range(1u, 100000000u));
    app.add_option("--months", o.months)->check(CLI::Range(1, 120));
    app.add_option("--reps", o.replications)->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}));
    app.add_option("--threads", o.threads)->check(CLI::Range(1, 1024));
    CLI11_PARSE(app, argc, argv);

    const std::uint32_t stay = intsim::probability_threshold(o.stay);
    std::vector<std::uint64_t> sink(o.replications);
    intsim::RunControl control;
    control.threads = o.threads;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    intsim::run_replications(0, o.replications, control, [] { return Workspace{}; },
                             [&](std::size_t rep, Workspace& ws) {
                                 const auto r = static_cast<std::uint32_t>(rep);
                                 if (o.engine == "mt19937_64")
                                     sink[rep] = sequential_replication<boost::random::mt19937_64>(o, r, ws, stay);
                                 else if (o.engine == "taus88")
                                     sink[rep] = sequential_replication<boost::random::taus88>(o, r, ws, stay);
                                 else
                                     sink[rep] = counter_replication(o, r, ws, stay);
                             });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // CPU time of all threads: on a shared machine it is steadier than the wall clock.
    const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::uint64_t check = 0;
    for (auto s : sink) check += s;
    const double person_months = static_cast<double>(o.persons) * o.months * static_cast<double>(o.replications);
    std::cout << "{\"engine\": \"" << o.engine << "\", \"persons\": " << o.persons << ", \"months\": " << o.months
              << ", \"replications\": " << o.replications
              << ", \"threads\": " << intsim::effective_threads(o.threads) << ", \"person_months\": " << person_months
              << ", \"wall_seconds\": " << seconds << ", \"cpu_seconds\": " << cpu_seconds
              << ", \"person_months_per_cpu_second\": " << person_months / cpu_seconds << ", \"person_months_per_second\": " << person_months / seconds
              << ", \"checksum\": " << check << "}\n";
    return 0;
}
