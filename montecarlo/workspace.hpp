#pragma once
// Per-thread scratch memory, reused across replications: after the first replication
// has grown the vectors, a replication allocates nothing.
#include <cstdint>
#include <vector>

#include "montecarlo/candidate_list.hpp"
#include "model/effects/effect_factors.hpp"
#include "montecarlo/key_ring.hpp"
#include "model/person_columns.hpp"

namespace intsim {

struct MeasureState {
    CandidateList women;   ///< rule-ordered measures: the month's best candidates, women
    CandidateList others;  ///< everyone else (everyone, without the women-share rule)
    std::uint32_t ring_offset = 0;  ///< random-order measures: where this month's order starts
    std::uint32_t women_on_ring = 0, others_on_ring = 0;  ///< persons on each ring who pass the measure's attribute filter
    std::int64_t need = 0;          ///< entries wanted this month
    std::int64_t occupied = 0;      ///< participants before this month's entries
    double entries = 0, entries_women = 0;  ///< so far in the horizon
    double entries_this_year = 0;           ///< so far in the measure-year (employer_ceiling)
    double committed = 0;           ///< budget-limited measures: money promised this year
};

struct Workspace {
    PersonColumns stock;
    PersonColumns pool;  ///< former customers who will come back within the horizon (schedule_reentry)
    // The month's random words of each person in the stock (see draw_month_words).
    // Only the two words every person needs are kept; the other two of the block are
    // drawn again for the few persons who need them (month_block).
    std::vector<std::uint32_t> word_event;     ///< word 0: integration or other exit
    std::vector<std::uint32_t> word_ring_key;  ///< word 2: place on the allocation key ring
    std::vector<std::uint32_t> leavers;                 ///< stock positions leaving this month
    std::vector<std::uint32_t> closer, closer_history;  ///< persons the month looks at closely, their history (person_month.hpp)
    std::vector<std::uint32_t> threshold_integration, threshold_leave;  ///< [month][row]
    std::vector<double> hazard_integration, hazard_exit;               ///< [month][row]
    std::vector<MeasureState> measures;
    std::vector<std::uint32_t> ring_cells;  ///< persons on the rings by cell: others, then women
    KeyRing women_ring, others_ring;  ///< free persons by allocation key (others: everyone without the women-share rule)
    // This replication's effect factors (build_effect_tables in simulate.cpp), by measure;
    // the after-effects of all measures in one table, measure k's at effect_post_offset[k].
    std::vector<EffectCurve> effects;
    std::vector<double> effect_lock_in, effect_exit;
    std::vector<double> effect_post;
    std::vector<std::uint32_t> effect_post_offset, effect_post_length;
    std::vector<std::uint8_t> effect_post_since_entry;
    double effect_integration_max = 1, effect_exit_max = 1;  ///< the largest factors of any measure state
    std::vector<double> tally;                ///< the replication's counts before they go to the caller
};

}  // namespace intsim
