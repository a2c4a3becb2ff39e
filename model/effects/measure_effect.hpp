#pragma once
// A measure's effect as the model uses it: the hazard factors of each replication, their
// mean for the expected model, and what they imply in the terms studies use. Stated
// either as factors (lock_in, post for post_months after leaving, the scenario's
// measure_effect_sd as a lognormal spread of the after-effect) or as published
// (percentage points at months after entry with a 90 % range, translated by
// effect_translation.hpp). docs/effects.md describes both.
#include <array>
#include <vector>

#include "model/effects/effect_cohort.hpp"

namespace intsim {

enum class EffectWay {
    Factors,    ///< lock_in, post, post_months as given
    Published,  ///< percentage points at months after entry, translated
    OnEntry,    ///< the entry is itself the integration: a published effect is shown, not used
};

/// The standard normal quantiles where published effects are translated: the stated
/// p05, the central value and p95.
constexpr std::array<double, 3> kEffectNodes = {-1.6448536269514722, 0.0, 1.6448536269514722};
/// Draws beyond this many standard deviations take the factors of this one.
constexpr double kEffectDrawLimit = 3.0;

/// The difference treated minus untreated in the share integrated at a month after
/// entry (a share: 0.08 is +8 pp), at the p05, median and p95 of the effect's uncertainty.
struct ImpliedEffect {
    int month = 0;
    std::array<double, 3> at_node{};
};

struct MeasureEffect {
    EffectWay way = EffectWay::Factors;
    std::array<EffectCurve, 3> at_node;  ///< the factors at kEffectNodes
    EffectCurve expected;                ///< the mean factors over the replications' draws
};

/// What an effect implies, measured on the measure's cohort (effect_cohort.hpp).
struct ImpliedEffects {
    std::vector<ImpliedEffect> points;  ///< at 12, 24, 36, 48 months and at each stated point
    bool whole_stock = false;           ///< nobody eligible at the start: measured on the whole stock
};

/// Whether a measure's entry decides its effect: the entry is itself an integration, or
/// ends the benefit spell. A published effect is then shown beside what the model
/// implies, not translated.
bool entry_decides(const MeasureSpec& measure);

/// Derives the effect of measure `measure` of a model whose hazards, eligibility and start
/// strata are built. A published effect the eligible persons cannot show (say +60 pp
/// where only 30 % would integrate anyway) is an InputError naming its JSON pointer.
MeasureEffect derive_measure_effect(const Model& model, std::size_t measure);

/// The difference in the share integrated that the effect of measure `measure` implies
/// (for validate and results.json; a few cohort runs, so not part of building a model).
ImpliedEffects implied_effects(const Model& model, std::size_t measure);

/// The factors of one replication whose standard normal draw for this measure is `z`
/// (the same draw as in every variant: keyed by the measure's id): for the factor way
/// the after-effect times exp(measure_effect_sd z), and while participating the K2 rule's
/// factor (models/monthly_rules.hpp: none in counted subsidised employment); for a published effect the
/// translated factors, their logarithms interpolated linearly in z between the nodes
/// (and beyond them), z limited to +-kEffectDrawLimit. Writes into `out`, reusing its memory.
void effect_for_draw(const MeasureSpec& measure, const MeasureEffect& effect, double z, double measure_effect_sd,
                     EffectCurve& out);

}  // namespace intsim
