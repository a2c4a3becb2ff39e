#pragma once
// Persons as struct-of-arrays: the hot loops index these columns directly. A person is
// identified by `uid`, which keys all of its random draws, so the same person draws the
// same numbers whatever its position in the arrays or the thread that simulates it.
#include <bit>
#include <cstdint>
#include <vector>

namespace intsim {

struct PersonColumns {
    std::vector<std::uint32_t> uid;
    std::vector<std::uint32_t> history;       ///< bit k: in benefit k months ago (bit 0 = this month)
    std::vector<std::uint16_t> cell;          ///< combination of attribute levels
    std::vector<std::int16_t> month_stamp;    ///< in the stock: month of (re)entry; in the pool: month of return
    std::vector<std::uint8_t> measure;        ///< 0: none; k + 1: participates in measure k
    std::vector<std::uint8_t> measure_left;   ///< months of participation left, this one included
    std::vector<std::uint8_t> post_measure;   ///< 0: none; k + 1: after-effect of measure k
    /// While participating: months since entry (at most 255). In an after-effect: the
    /// index into the measure's after-effect factors (EffectCurve::post).
    std::vector<std::uint8_t> effect_month;

    std::size_t size() const { return uid.size(); }
    bool empty() const { return uid.empty(); }
    void clear();
    void reserve(std::size_t n);
    void resize(std::size_t n);
    /// Appends person `i` of `from`.
    void push_copy(const PersonColumns& from, std::size_t i);
    /// Copies person `from` to position `to` (to <= from), for in-place compaction.
    void move_within(std::size_t from, std::size_t to);
    /// Removes the persons at `positions` (ascending), keeping the order of the others.
    /// Column by column, the runs between removed persons move down with memmove: a few
    /// per cent leave each month, so most of the work is bulk copying.
    void remove_at(const std::vector<std::uint32_t>& positions);
    static constexpr std::size_t bytes_per_person() {
        return sizeof(std::uint32_t) * 2 + sizeof(std::uint16_t) + sizeof(std::int16_t) + 4;
    }
};

/// Months in benefit within a history mask (its set bits). std::popcount is one
/// instruction where the target has POPCNT; baseline x86-64 has not, and there GCC calls
/// a library routine, which the person loops cannot afford. The bit-parallel sum below
/// (Hacker's Delight 5-2) is a few ALU operations and vectorises.
constexpr int months_in(std::uint32_t history) {
#if defined(__POPCNT__) || !(defined(__x86_64__) || defined(__i386__))
    return std::popcount(history);
#else
    history = history - ((history >> 1) & 0x55555555u);
    history = (history & 0x33333333u) + ((history >> 2) & 0x33333333u);
    history = (history + (history >> 4)) & 0x0F0F0F0Fu;
    return static_cast<int>((history * 0x01010101u) >> 24);
#endif
}

/// Uid of the j-th newcomer of horizon month `month`; start persons have uids below 2^31.
constexpr std::uint32_t newcomer_uid(int month, std::uint32_t j) {
    return 0x80000000u | (static_cast<std::uint32_t>(month) << 22) | j;
}
constexpr std::uint32_t kMaxNewcomersPerMonth = 1u << 22;

}  // namespace intsim
