#pragma once
// A measure's effect measured the way evaluation studies measure it: a cohort of
// persons entering the measure against an untreated twin (the same persons, no
// measure), both followed month by month under the scenario's hazards with the rules of
// the monthly step (model/monthly_rules.hpp). The outcome is the share that has
// integrated at least once by the end of month t after entry (the entry month is month
// 1); the effect is the treated share minus the untreated one (docs/effects.md says why
// this is intsim's "share in employment").
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "model/effects/effect_factors.hpp"
#include "model/scenario.hpp"

namespace intsim {

struct Model;

/// The persons an effect is measured on: the measure's eligible part of the start stock
/// (the whole stock when nobody is eligible at the start), lumped into states of equal
/// hazards month by month (hazard class x months in benefit, where later months no
/// longer change the hazards), with each state's hazards before any measure at the
/// yearly level (mean season, median replication factor).
struct EffectCohort {
    int months = 0;
    std::size_t states = 0;
    std::vector<double> weight;                         ///< [state], sums to 1
    std::vector<double> hazard_integration, hazard_exit;  ///< [month * states + state]
    std::vector<double> untreated_integrate, untreated_any;  ///< the month's event probabilities without a measure
    std::vector<double> untreated;  ///< [month]: untreated share integrated by the end of month + 1
    bool whole_stock = false;       ///< nobody eligible at the start: the whole stock stands in
};

/// The month's event probabilities of a cohort's states under pairs of hazard factors,
/// kept between calls of share_difference. A translation solves one stretch of the
/// after-effect at a time: between its trials only that stretch's factor (and, in the
/// lock-in search, the lock-in) changes, so every other month's probabilities are found
/// here instead of being computed again. The same numbers either way: a hit returns what
/// competing_events gave for exactly the same factors.
class EventCache {
public:
    explicit EventCache(const EffectCohort& cohort);
    /// p_integrate and p_any (each [state]) of month `t` with factors (fi, fe).
    std::pair<const double*, const double*> at(int t, double fi, double fe);

private:
    static constexpr std::size_t kSlots = 4;  ///< factor pairs kept per month
    struct Slot {
        double fi = -1, fe = -1;
        std::uint64_t used = 0;  ///< when last asked for: the least recent one is replaced
    };
    const EffectCohort* cohort_;
    std::vector<Slot> slots_;  ///< [month * kSlots + slot]
    std::uint64_t clock_ = 0;
    std::vector<double> p_integrate_, p_any_;      ///< [(month * kSlots + slot) * states + state]
};

/// The cohort of measure `measure` over `months` months after entry.
EffectCohort effect_cohort(const Model& model, std::size_t measure, int months);

/// Treated minus untreated share integrated at least once, at the end of months
/// 1..months after entry, for participants of `measure` with effect `curve`.
/// `months` may not exceed cohort.months.
/// `cache`, when given, must belong to `cohort`.
std::vector<double> share_difference(const EffectCohort& cohort, const MeasureSpec& measure,
                                     const EffectCurve& curve, int months, EventCache* cache = nullptr);

/// The same for a measure whose entry decides: an entry that `counts` as an integration
/// has integrated every entrant by the end of the entry month; one that ends the benefit
/// spell without counting leaves none who could integrate later.
std::vector<double> on_entry_share_difference(const EffectCohort& cohort, int months, bool counts);

}  // namespace intsim
