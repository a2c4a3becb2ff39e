#pragma once
// A measure's effect measured the way evaluation studies measure it: a cohort of
// persons entering the measure against an untreated twin (the same persons, no
// measure), both followed month by month under the scenario's hazards with the rules of
// the monthly step (models/monthly_rules.hpp). The outcome is the share that has
// integrated at least once by the end of month t after entry (the entry month is month
// 1); the effect is the treated share minus the untreated one (docs/effects.md says why
// this is intsim's "share in employment").
#include <cstddef>
#include <vector>

#include "models/scenario.hpp"

namespace intsim {

struct Model;

/// The hazard factors of one measure's effect, as the monthly step applies them.
struct EffectCurve {
    double lock_in = 1.0;       ///< integration-hazard factor while participating
    double exit = 1.0;          ///< other-exit factor while participating
    std::vector<double> post;   ///< integration-hazard factor after leaving, by post index
    bool since_entry = false;   ///< post index: months since entry (published), else since leaving
};

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

/// The cohort of measure `measure` over `months` months after entry.
EffectCohort effect_cohort(const Model& model, std::size_t measure, int months);

/// Treated minus untreated share integrated at least once, at the end of months
/// 1..months after entry, for participants of `measure` with effect `curve`.
/// `months` may not exceed cohort.months.
std::vector<double> share_difference(const EffectCohort& cohort, const MeasureSpec& measure,
                                     const EffectCurve& curve, int months);

/// The same for a measure whose entry decides: an entry that `counts` as an integration
/// has integrated every entrant by the end of the entry month; one that ends the benefit
/// spell without counting leaves none who could integrate later.
std::vector<double> on_entry_share_difference(const EffectCohort& cohort, int months, bool counts);

}  // namespace intsim
