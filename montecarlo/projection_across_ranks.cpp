#include "montecarlo/projection_across_ranks.hpp"

#include "model/indicators.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

std::optional<RankFailure> simulate_across_ranks(const MpiContext& mpi, const Model& model, std::uint32_t seed,
                                                 std::uint64_t replications, const RunControl& control,
                                                 std::vector<double>& tallies_on_root) {
    const Block mine = block_of(replications, mpi.size(), mpi.rank());
    std::vector<double> tallies;
    // A rank that fails or is interrupted must not leave the others waiting in the gather.
    if (auto failure = try_collectively(
            mpi, [&] { tallies = simulate_tallies(model, seed, mine.first, mine.count, control); }))
        return failure;
    tallies_on_root = mpi.gather_to_root(tallies, tally_layout(model).size());
    return std::nullopt;
}

Results summarise_across_ranks(const MpiContext& mpi, const Model& model, std::span<const double> tallies,
                               const ProjectionOptions& options, double wall_seconds) {
    Results results = summarise_replications(model, tallies, options.replications, options.offer_probability);
    results.run.seed = options.seed;
    results.run.threads = effective_threads(options.control.threads);
    results.run.ranks = mpi.size();
    results.run.wall_seconds = wall_seconds;
    return results;
}

}  // namespace intsim
