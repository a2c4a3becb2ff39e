#include "montecarlo/closer_looks.hpp"

#include <bit>
#include <cstring>

#include <hwy/highway.h>

namespace intsim {

namespace hn = hwy::HWY_NAMESPACE;

namespace {

// The sweep for one person, as each vector lane does it: the stock's tail runs here.
void sweep_one(PersonColumns& stock, const CloserLookInputs& in, std::size_t i, std::uint32_t* closer,
               std::uint32_t* closer_history, std::size_t& listed, StockCounts& counts) {
    const std::uint32_t history = stock.history[i];
    const int months = months_in(history);
    counts.ltr += is_ltr(months);
    counts.women += in.cell_counted[stock.cell[i]] & 1u;
    counts.single_parents += in.cell_counted[stock.cell[i]] >> 1;
    if ((stock.measure[i] | stock.post_measure[i]) != 0 ||
        in.event_word[i] < in.plain_leave_bound[static_cast<std::size_t>(months)]) {
        closer[listed] = static_cast<std::uint32_t>(i);
        closer_history[listed] = history;
        ++listed;
    }
    stock.history[i] = ((history << 1) | 1u) & kHistoryMask;
}

}  // namespace

std::size_t find_closer_looks(PersonColumns& stock, const CloserLookInputs& in, std::uint32_t* closer,
                              std::uint32_t* closer_history, StockCounts& counts) {
    const hn::ScalableTag<std::uint32_t> d;
    const hn::Rebind<std::uint8_t, decltype(d)> d8;
    const hn::Rebind<std::uint16_t, decltype(d)> d16;
    const hn::RebindToSigned<decltype(d)> di;
    const std::size_t lanes = hn::Lanes(d);
    const std::size_t n = stock.size();
    std::uint32_t* history = stock.history.data();
    const std::uint8_t* measure = stock.measure.data();
    const std::uint8_t* post = stock.post_measure.data();
    const std::uint16_t* cell = stock.cell.data();
    const std::uint32_t* bound_table = in.plain_leave_bound.data();

    const auto zero = hn::Zero(d);
    const auto one = hn::Set(d, 1u);
    const auto ltr_months = hn::Set(d, static_cast<std::uint32_t>(kLtrMinMonths - 1));
    const auto history_mask = hn::Set(d, kHistoryMask);
    const auto lane_index = hn::Set(d, static_cast<std::uint32_t>(lanes - 1));
    const auto chunk_of = hn::Not(lane_index);
    auto ltr = zero, women = zero, single_parents = zero;
    std::size_t listed = 0;
    std::size_t i = 0;
    for (; i + lanes <= n; i += lanes) {
        const auto h = hn::LoadU(d, history + i);
        const auto months = hn::PopulationCount(h);
        ltr = hn::Add(ltr, hn::IfThenElse(hn::Gt(months, ltr_months), one, zero));
        const auto counted = hn::GatherIndex(d, in.cell_counted, hn::BitCast(di, hn::PromoteTo(d, hn::LoadU(d16, cell + i))));
        women = hn::Add(women, hn::And(counted, one));
        single_parents = hn::Add(single_parents, hn::ShiftRight<1>(counted));
        // The bound by months in benefit: the table in chunks of one vector each, every
        // lane taking its entry from the chunk its months fall in.
        auto bound = zero;
        const auto chunk = hn::And(months, chunk_of);
        const auto within = hn::IndicesFromVec(d, hn::And(months, lane_index));
        for (std::size_t c = 0; c < in.plain_leave_bound.size(); c += lanes)
            bound = hn::IfThenElse(hn::Eq(chunk, hn::Set(d, static_cast<std::uint32_t>(c))),
                                   hn::TableLookupLanes(hn::LoadU(d, bound_table + c), within), bound);
        const auto in_a_measure = hn::Or(hn::PromoteTo(d, hn::LoadU(d8, measure + i)),
                                         hn::PromoteTo(d, hn::LoadU(d8, post + i)));
        const auto look = hn::Or(hn::Ne(in_a_measure, zero), hn::Lt(hn::LoadU(d, in.event_word + i), bound));
        // The listed lanes one by one from the mask's bits: about a quarter of the lanes,
        // so a few steps per vector. (Highway 1.0's CompressStore copies a 1 KB table to
        // the stack on every call under GCC 12, which cost more than the rest of the pass.)
        std::uint8_t bits[8] = {};
        hn::StoreMaskBits(d, look, bits);
        std::uint64_t listed_lanes = 0;
        std::memcpy(&listed_lanes, bits, sizeof bits);
        for (; listed_lanes != 0; listed_lanes &= listed_lanes - 1) {
            const std::size_t person = i + static_cast<std::size_t>(std::countr_zero(listed_lanes));
            closer[listed] = static_cast<std::uint32_t>(person);
            closer_history[listed] = history[person];
            ++listed;
        }
        hn::StoreU(hn::And(hn::Or(hn::ShiftLeft<1>(h), one), history_mask), d, history + i);
    }
    counts.ltr = static_cast<std::int64_t>(hn::GetLane(hn::SumOfLanes(d, ltr)));
    counts.women = static_cast<std::int64_t>(hn::GetLane(hn::SumOfLanes(d, women)));
    counts.single_parents = static_cast<std::int64_t>(hn::GetLane(hn::SumOfLanes(d, single_parents)));
    for (; i < n; ++i) sweep_one(stock, in, i, closer, closer_history, listed, counts);
    return listed;
}

}  // namespace intsim
