#include "montecarlo/key_ring.hpp"

#include <algorithm>
#include <bit>

namespace intsim {

void KeyRing::arrange(std::size_t count) {
    // About four persons per bucket: small enough for an insertion sort when a walk
    // reads the bucket, few enough buckets for the counts to stay in the L1 cache.
    const std::size_t n = std::min(count, unsorted_.size());
    const std::uint64_t* unsorted = unsorted_.data();
    sorted_.resize(n);
    const int bits = std::clamp(static_cast<int>(std::bit_width(n)) - 2, 4, 16);
    bucket_shift_ = 64 - bits;
    const std::size_t buckets = std::size_t{1} << bits;
    bucket_end_.assign(buckets, 0);
    settled_.assign(buckets, 0);
    for (std::size_t i = 0; i < n; ++i) ++bucket_end_[unsorted[i] >> bucket_shift_];
    std::uint32_t start = 0;
    for (std::uint32_t& slot : bucket_end_) {  // each bucket's start, then its end after the scatter
        const std::uint32_t size = slot;
        slot = start;
        start += size;
    }
    for (std::size_t i = 0; i < n; ++i) sorted_[bucket_end_[unsorted[i] >> bucket_shift_]++] = unsorted[i];
}

std::size_t KeyRing::settle(std::size_t position) {
    const std::size_t bucket = static_cast<std::size_t>(sorted_[position] >> bucket_shift_);
    const std::size_t begin = bucket_begin(bucket), end = bucket_end_[bucket];
    if (settled_[bucket] != 0) return end;
    settled_[bucket] = 1;
    if (end - begin > 32) {  // keys crowding into one bucket: no quadratic insertion sort
        std::sort(sorted_.begin() + static_cast<std::ptrdiff_t>(begin), sorted_.begin() + static_cast<std::ptrdiff_t>(end));
        return end;
    }
    for (std::size_t i = begin + 1; i < end; ++i) {
        const std::uint64_t e = sorted_[i];
        std::size_t j = i;
        for (; j > begin && sorted_[j - 1] > e; --j) sorted_[j] = sorted_[j - 1];
        sorted_[j] = e;
    }
    return end;
}

std::size_t KeyRing::first_at_or_after(std::uint32_t offset) {
    const std::uint64_t wanted = entry(offset, 0);
    const std::size_t bucket = static_cast<std::size_t>(wanted >> bucket_shift_);
    const std::size_t begin = bucket_begin(bucket), end = bucket_end_[bucket];
    if (begin == end) return begin;  // empty: the next bucket starts here
    settle(begin);
    return static_cast<std::size_t>(std::lower_bound(sorted_.begin() + static_cast<std::ptrdiff_t>(begin),
                                                     sorted_.begin() + static_cast<std::ptrdiff_t>(end), wanted) -
                                    sorted_.begin());
}

}  // namespace intsim
