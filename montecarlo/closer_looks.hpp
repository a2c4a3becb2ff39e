#pragma once
// The first pass of a month's person loop (person_month.hpp): one sweep over the stock's
// columns, eight persons per AVX2 vector, that does what every person-month needs and
// finds the few that need more: in a measure or an after-effect, or with an event word
// below the bound for their months in benefit. Everyone else stays in benefit without an
// event, which the comparison proves.
//
// Written with Highway (libhwy-dev) rather than left to the compiler: GCC does not
// vectorise a loop that appends to a list, and the pass reads a 25-entry table by months
// in benefit, which Highway does with in-register look-ups (vpermd) instead of memory
// gathers, and a popcount, which it emulates where the target has none. Highway is
// packaged in Debian, compiles for the target the build names (AVX2 or AVX-512 on the
// machine build, its 128-bit emulation on the portable one) and is integer-exact on all
// of them, so both builds give the same bytes.
#include <array>
#include <cstddef>
#include <cstdint>

#include "model/person_columns.hpp"
#include "model/scenario.hpp"

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
