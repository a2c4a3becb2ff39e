#pragma once
// A measure's effect as the monthly step applies it: hazard factors while participating and
// after leaving, at three quantiles of the effect's uncertainty and in the mean, and the
// factors of one replication's draw. How a stated effect becomes these factors is
// measure_effect.hpp (it needs the built model); the model holds the result.
#include <array>
#include <vector>

#include "model/scenario.hpp"

namespace intsim {

/// The hazard factors of one measure's effect, as the monthly step applies them.
struct EffectCurve {
    double lock_in = 1.0;       ///< integration-hazard factor while participating
    double exit = 1.0;          ///< other-exit factor while participating
    std::vector<double> post;   ///< integration-hazard factor after leaving, by post index
    bool since_entry = false;   ///< post index: months since entry (published), else since leaving
};

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

struct MeasureEffect {
    EffectWay way = EffectWay::Factors;
    std::array<EffectCurve, 3> at_node;  ///< the factors at kEffectNodes
    EffectCurve expected;                ///< the mean factors over the replications' draws
    /// The quantity a published statement was matched on: its own, or the share integrated
    /// at least once where these persons cannot show the statement in its own quantity
    /// (`matched_instead` then says why: the refusal the own quantity gave).
    EffectQuantity matched = EffectQuantity::Employed;
    std::string matched_instead;
};

/// exp of the value known in logs at the nodes (p05, p50, p95), linear in z between and
/// beyond them, z limited to +-kEffectDrawLimit.
double factor_for_draw(double p05, double p50, double p95, double z);

/// The factors of one replication whose standard normal draw for this measure is `z`
/// (the same draw as in every variant: keyed by the measure's id): for the factor way
/// the after-effect times exp(measure_effect_sd z), and while participating the K2 rule's
/// factor (model/monthly_rules.hpp: none in counted subsidised employment); for a published effect the
/// translated factors, their logarithms interpolated linearly in z between the nodes
/// (and beyond them), z limited to +-kEffectDrawLimit. Writes into `out`, reusing its memory.
void effect_for_draw(const MeasureSpec& measure, const MeasureEffect& effect, double z, double measure_effect_sd,
                     EffectCurve& out);

}  // namespace intsim
