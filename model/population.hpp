#pragma once
// The synthetic start population. The stock is split into strata (LZB, or non-LZB with a
// spell of 1..20 months, for each attribute cell) with an expected count each. Every
// replication turns these into whole persons by systematic sampling with its own random
// offset u: count_k = floor(C_k + u) - floor(C_{k-1} + u), C_k the cumulative expected
// count. Each stratum gets the floor or the ceiling of its expectation, the total is
// exact, and because u is uniform every count (hence every share) is exact in
// expectation; all LZB strata come first, so the LZB count is within one of its
// expectation in every replication.
#include <cstdint>
#include <vector>

#include "model/model.hpp"
#include "model/person_columns.hpp"

namespace intsim {

/// The strata of the start stock, LZB first.
std::vector<Stratum> start_strata(const Model& model);

/// C_k, the running sums of `expected`, so that floor(C_k + u) is exact where it must be:
/// summed with compensation (thousands of strata would otherwise drift by many ulps),
/// kept non-decreasing, and, when the total is a whole number up to rounding, equal to
/// that number from the last stratum that expects anyone on. The total count is then
/// exact for every offset u in [0, 1), and strata that expect nobody get nobody.
std::vector<double> cumulative_expected(const std::vector<double>& expected);

/// Counts of systematic sampling with offset u in [0, 1).
std::vector<std::int64_t> systematic_counts(const std::vector<double>& expected, double offset);

/// The 24-month history of a spell of `months` months without a gap, ending last month.
constexpr std::uint32_t spell_history(int months) {
    return months >= 32 ? 0xFFFFFFFFu : ((1u << months) - 1u);
}

/// Writes the start population of one replication into `persons` (reusing its memory).
void fill_start_population(const Model& model, double offset, PersonColumns& persons);

}  // namespace intsim
