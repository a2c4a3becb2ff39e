#pragma once
// The synthetic start population. It is built from the stock statistics by apportioning
// the stock over strata (attribute cell x LZB status x spell length) with the largest-
// remainder method, so every share of the input is reproduced exactly up to rounding
// to whole persons, and the start stock is the same known quantity in every replication.
#include <cstdint>
#include <vector>

#include "models/person_columns.hpp"

namespace intsim {

struct Model;

/// Whole numbers that sum to `total` and are each within one of total * weight / sum.
std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<double>& weights);

/// The 24-month history of a spell of `months` months without a gap, ending last month.
constexpr std::uint32_t spell_history(int months) {
    return months >= 32 ? 0xFFFFFFFFu : ((1u << months) - 1u);
}

PersonColumns build_start_population(const Model& model);

}  // namespace intsim
