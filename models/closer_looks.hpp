#pragma once
// The first pass of a month's person loop (person_month.hpp): one branch-free sweep over
// the stock's columns that does what every person-month needs and finds the few that need
// more. Written with Highway (libhwy-dev) rather than left to the compiler: the pass
// compresses the positions of the persons it picks into a list, a compress-store that
// GCC does not vectorise, and it reads a 25-entry table by months in benefit, which
// Highway does with in-register table look-ups instead of memory gathers. Highway is
// packaged in Debian, compiles for the target the build names (AVX2 or AVX-512 on the
// machine build, its 128-bit emulation on the portable one) and is integer-exact on all
// of them, so both builds give the same bytes. xsimd offers no compress-store.
#include <array>
#include <cstddef>
#include <cstdint>

#include "models/person_columns.hpp"
#include "models/scenario.hpp"

namespace intsim {

/// What the sweep reads besides the stock.
struct CloserLookInputs {
    const std::uint32_t* event_word = nullptr;  ///< the month's event word of each person
    /// By months in benefit this month (0..24; the rest unused): the highest leave
    /// threshold of any hazard class. A person in no measure and no after-effect whose
    /// event word is at or above it stays in benefit without an event.
    std::array<std::uint32_t, 32> plain_leave_bound{};
    /// Bit 0: the cell is a woman's, bit 1: a single parent's (Model::cell_counted).
    const std::uint32_t* cell_counted = nullptr;
};

/// What the sweep counts over the whole stock at the start of the month.
struct StockCounts {
    std::int64_t ltr = 0;
    std::int64_t women = 0;
    std::int64_t single_parents = 0;
};

/// Lists in `closer` (ascending) the persons whose month needs a closer look — in a
/// measure, in an after-effect, or with an event word below their bound — and their
/// history this month in `closer_history`; moves every person's history on by a month (in
/// benefit next month, if staying); counts the stock. Both lists need room for
/// stock.size() entries. Returns the number listed.
std::size_t find_closer_looks(PersonColumns& stock, const CloserLookInputs& inputs, std::uint32_t* closer,
                              std::uint32_t* closer_history, StockCounts& counts);

}  // namespace intsim
