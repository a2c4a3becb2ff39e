#pragma once
// A projection whose replications are split across the ranks of an MPI job: each rank
// simulates one contiguous block of replications (oneTBB inside the rank), rank 0
// gathers the tallies in replication order and summarises them exactly as a single
// process does, so the results are the same bytes for any rank and thread count.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "engine/mpi_context.hpp"
#include "montecarlo/projection.hpp"

namespace intsim {

/// Collective. Simulates this rank's block of replications [0, replications) and gathers
/// all tallies, in replication order, into `tallies_on_root` on rank 0 (empty on the
/// others). Returns the agreed failure (also cancellation) instead of throwing, so that
/// every rank takes the same path.
std::optional<RankFailure> simulate_across_ranks(const MpiContext& mpi, const Model& model, std::uint32_t seed,
                                                 std::uint64_t replications, const RunControl& control,
                                                 std::vector<double>& tallies_on_root);

/// Rank 0: summarises the gathered tallies and records the run facts as project() does,
/// plus the rank count.
Results summarise_across_ranks(const MpiContext& mpi, const Model& model, std::span<const double> tallies,
                               const ProjectionOptions& options, double wall_seconds);

}  // namespace intsim
