#pragma once
// A measure's effect as the model uses it: the hazard factors of each replication, their
// mean for the expected model, and what they imply in the terms studies use. Stated
// either as factors (lock_in, post for post_months after leaving, the scenario's
// measure_effect_sd as a lognormal spread of the after-effect) or as published
// (percentage points at months after entry with a 90 % range, translated by
// effect_translation.hpp). docs/effects.md describes both.
#include <array>
#include <vector>

#include "model/effects/effect_factors.hpp"
#include "model/effects/outcome_chain.hpp"
#include "model/scenario.hpp"

namespace intsim {

struct Model;

/// The difference treated minus untreated at a month after entry in the statement's
/// quantity (a share: 0.08 is +8 pp), at the p05, median and p95 of the effect's
/// uncertainty, and the K2 integrations the median effect adds per entrant by then.
struct ImpliedEffect {
    int month = 0;
    std::array<double, 3> at_node{};
    K2Account k2;
};

/// What an effect implies, measured on the measure's cohort (outcome_chain.hpp).
struct ImpliedEffects {
    std::vector<ImpliedEffect> points;  ///< at 12, 24, 36, 48 months and at each stated point
    bool whole_stock = false;           ///< nobody eligible at the start: measured on the whole stock
    /// The quantity of the differences: the one the statement was matched on (its own, or
    /// the share integrated at least once where it fell back; for factors: the share employed).
    EffectQuantity quantity = EffectQuantity::Employed;
};

/// Derives the effect of measure `measure` of a model whose hazards, eligibility and start
/// strata are built. A published effect the eligible persons cannot show (say +60 pp
/// where only 30 % would integrate anyway) is an InputError naming its JSON pointer.
MeasureEffect derive_measure_effect(const Model& model, std::size_t measure);

/// The difference in the statement's quantity that the effect of measure `measure` implies,
/// and the K2 integrations it adds
/// (for validate and results.json; a few cohort runs, so not part of building a model).
ImpliedEffects implied_effects(const Model& model, std::size_t measure);

}  // namespace intsim
