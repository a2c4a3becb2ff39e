#pragma once
// Per-thread scratch memory, reused across replications: after the first replication
// has grown the vectors, a replication allocates nothing.
#include <cstdint>
#include <vector>

#include "models/person_columns.hpp"

namespace intsim {

/// One candidate for a measure slot: smaller key = served first.
struct Candidate {
    std::uint64_t key;
    std::uint32_t person;  ///< index into the stock
    bool operator<(const Candidate& other) const { return key < other.key; }
};

struct MeasureState {
    std::vector<Candidate> women;   ///< bounded max-heaps of the best candidates: women
    std::vector<Candidate> others;  ///< everyone else (everyone, without the women-share rule)
    std::size_t heap_limit = 0;
    std::int64_t need = 0;          ///< entries wanted this month
    std::int64_t occupied = 0;      ///< participants before this month's entries
    double entries = 0, entries_women = 0;  ///< so far in the horizon
    double committed = 0;           ///< budget-limited measures: money promised this year
};

struct Workspace {
    PersonColumns stock;
    PersonColumns pool;  ///< former customers who may come back
    std::vector<std::uint32_t> word_event, word_topup;  ///< batched transition draws
    std::vector<std::uint8_t> keep;                     ///< 1: stays in the stock this month
    std::vector<std::uint32_t> threshold_integration, threshold_leave;  ///< [month][row]
    std::vector<double> hazard_integration, hazard_exit;               ///< [month][row]
    std::vector<MeasureState> measures;
    std::vector<double> measure_post_factor;  ///< this replication's after-effect factors
};

}  // namespace intsim
