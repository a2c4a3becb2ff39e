#include "models/key_ring.hpp"

#include <algorithm>
#include <bit>

namespace intsim {

void KeyRing::sort(std::size_t count) {
    // One stable counting pass on the key's top bits, about four persons per bucket, then
    // one insertion pass: within a bucket the persons are in stock order, so the pass
    // moves each person past about one other (its comparisons rarely move anything, so
    // they predict well). Keys that crowd into a few buckets would make that quadratic:
    // past a budget of moves the rest goes to std::sort. A comparison sort of the whole
    // ring on random keys would mispredict every other branch; two counting passes cost
    // twice the memory traffic of one.
    const std::size_t n = std::min(count, unsorted_.size());
    const std::uint64_t* unsorted = unsorted_.data();
    sorted_.resize(n);
    const int bits = std::clamp(static_cast<int>(std::bit_width(n)) - 2, 4, 16);
    const int shift = 64 - bits;
    const std::size_t buckets = std::size_t{1} << bits;
    bucket_start_.assign(buckets + 1, 0);
    for (std::size_t i = 0; i < n; ++i) ++bucket_start_[(unsorted[i] >> shift) + 1];
    for (std::size_t b = 1; b <= buckets; ++b) bucket_start_[b] += bucket_start_[b - 1];
    for (std::size_t i = 0; i < n; ++i) sorted_[bucket_start_[unsorted[i] >> shift]++] = unsorted[i];
    std::size_t moves_left = 8 * n + 64;
    for (std::size_t i = 1; i < n; ++i) {
        const std::uint64_t e = sorted_[i];
        if (!(sorted_[i - 1] > e)) continue;
        std::size_t j = i;
        for (; j > 0 && sorted_[j - 1] > e; --j) sorted_[j] = sorted_[j - 1];
        sorted_[j] = e;
        moves_left -= std::min(moves_left, i - j);
        if (moves_left == 0) {
            const auto sorted_end = sorted_.begin() + static_cast<std::ptrdiff_t>(i + 1);
            std::sort(sorted_end, sorted_.end());
            std::inplace_merge(sorted_.begin(), sorted_end, sorted_.end());
            break;
        }
    }
}

std::size_t KeyRing::first_at_or_after(std::uint32_t offset) const {
    return static_cast<std::size_t>(
        std::lower_bound(sorted_.begin(), sorted_.end(), std::uint64_t{offset} << 32) - sorted_.begin());
}

}  // namespace intsim
