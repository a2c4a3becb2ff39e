#include "models/key_ring.hpp"

#include <algorithm>
#include <array>

namespace intsim {

void KeyRing::sort() {
    // Two stable counting-sort passes on the key's top 22 bits (11 each: the counters fit
    // in L1), then an insertion sort that settles the rare persons whose top 22 bits tie
    // (about n / 2^22 of them): its comparisons almost never move anything, so they
    // predict well. A comparison sort on random keys mispredicts every other branch.
    constexpr std::size_t kDigitBits = 11;
    constexpr std::size_t kDigits = std::size_t{1} << kDigitBits;
    constexpr std::size_t kLowestShift = 64 - 2 * kDigitBits;
    const std::size_t n = unsorted_.size();
    sorted_.resize(n);
    std::array<std::array<std::uint32_t, kDigits>, 2> start{};
    for (const std::uint64_t e : unsorted_) {
        ++start[0][(e >> kLowestShift) & (kDigits - 1)];
        ++start[1][e >> (kLowestShift + kDigitBits)];
    }
    for (auto& counts : start) {
        std::uint32_t sum = 0;
        for (auto& c : counts) {
            const std::uint32_t count = c;
            c = sum;
            sum += count;
        }
    }
    for (const std::uint64_t e : unsorted_) sorted_[start[0][(e >> kLowestShift) & (kDigits - 1)]++] = e;
    for (const std::uint64_t e : sorted_) unsorted_[start[1][e >> (kLowestShift + kDigitBits)]++] = e;
    std::swap(unsorted_, sorted_);
    for (std::size_t i = 1; i < n; ++i) {
        const std::uint64_t e = sorted_[i];
        std::size_t j = i;
        for (; j > 0 && sorted_[j - 1] > e; --j) sorted_[j] = sorted_[j - 1];
        sorted_[j] = e;
    }
}

std::size_t KeyRing::first_at_or_after(std::uint32_t offset) const {
    return static_cast<std::size_t>(
        std::lower_bound(sorted_.begin(), sorted_.end(), std::uint64_t{offset} << 32) - sorted_.begin());
}

}  // namespace intsim
