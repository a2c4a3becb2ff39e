#pragma once
// Step 2 of the month: free measure capacity is filled from eligible persons who are in
// no measure, by each measure's priority rule and the women-share rule. One pass over
// the stock puts every free person on the month's key ring (random-order measures, see
// key_ring.hpp) and offers it to the candidate lists of rule-ordered measures; then the
// measures take their entrants in turn, each reading only as far as it needs.
#include "engine/rng.hpp"
#include "model/model.hpp"
#include "model/tally.hpp"
#include "montecarlo/workspace.hpp"

#include <algorithm>
#include <cstdint>
#include <span>

namespace intsim {

/// A candidate's place in a rule-ordered measure's queue: smaller keys are served first,
/// by the rule (longest in benefit, newest), ties broken by `random` (the person's ring
/// word shifted by the measure's month offset). The reference month uses it too.
inline std::uint64_t priority_key(Priority priority, std::uint32_t random, int months_in_benefit,
                                  int months_since_entry) {
    const auto since = static_cast<std::uint64_t>(std::clamp(months_since_entry, 0, 0xFFFF));
    switch (priority) {
        case Priority::Random:
            return random;
        case Priority::LongestInBenefit:
            return (static_cast<std::uint64_t>(kHistoryMonths - months_in_benefit) << 48) |
                   ((0xFFFFu - since) << 32) | random;
        case Priority::Newest:
            return (since << 32) | random;
    }
    return random;
}

/// Fills measures for horizon month `month` and books the month's measure costs. The
/// random orders and durations come from the month words of the stock
/// (workspace.word_ring_key, filled by draw_month_words for this month, and the
/// person's month block).
/// Entrants of measures that end the benefit spell on entry get measure_left = 0, the
/// transition pass then removes them from the stock. Counts entries, women entries,
/// on-entry integrations, participant-months and spending.
void allocate_measures(const Model& model, StreamKey key, int month, Workspace& workspace,
                       const TallyLayout& layout, std::span<double> tally);

}  // namespace intsim
