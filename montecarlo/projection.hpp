#pragma once
// Runs the replications of a model in parallel and summarises them: the one entry point
// the command line needs for a Monte Carlo projection.
#include <cstdint>
#include <vector>

#include "engine/runner.hpp"
#include "model/model.hpp"
#include "model/results.hpp"

namespace intsim {

struct ProjectionOptions {
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    double offer_probability = 0.8;
    RunControl control;
};

/// Tallies of replications first .. first + count - 1, back to back, each
/// tally_layout(model).size() wide. Independent of the thread count.
std::vector<double> simulate_tallies(const Model& model, std::uint32_t seed, std::uint64_t first,
                                     std::uint64_t count, const RunControl& control);

/// Simulates and summarises; fills run.threads, run.wall_seconds and run.person_months.
Results project(const Model& model, const ProjectionOptions& options);

}  // namespace intsim
