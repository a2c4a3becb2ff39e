#pragma once
// The random words of one person-month (docs/design.md section 6, Randomness).
#include <array>
#include <cstddef>
#include <cstdint>

#include "engine/rng.hpp"

namespace intsim {

/// A person's month block: one Philox block keyed by (seed, replication | uid, month,
/// Stream::Transition) serves every purpose of the person-month, one word each.
enum MonthWord : std::size_t { kWordEvent = 0, kWordStaysInBenefit = 1, kWordRingKey = 2, kWordDuration = 3 };
inline std::array<std::uint32_t, 4> month_block(StreamKey key, std::uint32_t uid, int month) {
    return random_words(key, uid, static_cast<std::uint32_t>(month), Stream::Transition);
}

}  // namespace intsim
