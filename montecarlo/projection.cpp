#include "montecarlo/projection.hpp"

#include <chrono>

#include "model/indicators.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

std::vector<double> simulate_tallies(const Model& model, std::uint32_t seed, std::uint64_t first,
                                     std::uint64_t count, const RunControl& control) {
    const std::size_t width = tally_layout(model).size();
    std::vector<double> tallies(count * width);
    run_replications(
        first, count, control, [] { return Workspace{}; },
        [&](std::size_t replication, Workspace& workspace) {
            const StreamKey key{seed, static_cast<std::uint32_t>(replication)};
            simulate_replication(model, key, workspace,
                                 std::span<double>(tallies).subspan((replication - first) * width, width));
        });
    return tallies;
}

Results project(const Model& model, const ProjectionOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    const std::vector<double> tallies =
        simulate_tallies(model, options.seed, 0, options.replications, options.control);
    Results results = summarise_replications(model, tallies, options.replications, options.offer_probability);
    results.run.seed = options.seed;
    results.run.threads = effective_threads(options.control.threads);
    results.run.wall_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return results;
}

}  // namespace intsim
