#pragma once
// Eight byte comparisons in one 64-bit operation (SIMD within a register). Portable C++,
// no intrinsics: the allocation pass uses it to test eight measures' key bytes at once.
#include <cstdint>

namespace intsim {

/// Bit b of the result is set where byte b of x <= byte b of y (unsigned), for all eight
/// bytes at once. The low seven bits are compared by a subtraction in which the high bit
/// of each y byte guards against borrows between bytes; bytes whose high bits differ are
/// then settled directly (Hacker's Delight, section 6-1). A multiply gathers the eight
/// high bits into one byte.
constexpr std::uint32_t bytes_at_most(std::uint64_t x, std::uint64_t y) {
    constexpr std::uint64_t high = 0x8080808080808080ull;
    const std::uint64_t low_le = (y | high) - (x & ~high);  // high bit: low7(y) >= low7(x)
    const std::uint64_t le = ((~x & y) | (~(x ^ y) & low_le)) & high;
    return static_cast<std::uint32_t>(((le >> 7) * 0x0102040810204080ull) >> 56);
}

}  // namespace intsim
