#pragma once
// A measure's effect in words and numbers, for `validate` and results.json: how it was
// stated, the hazard factors intsim derived, and the difference in the share integrated
// they imply (docs/effects.md).
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "model/effects/measure_effect.hpp"

namespace intsim {

/// "factors", "published" or "on_entry".
std::string effect_way_name(EffectWay way);

/// A run of after-effect months with the same factors at the three nodes.
struct FactorStretch {
    int from = 0, to = 0;  ///< post indices [from, to)
    std::array<double, 3> factor{};
};
std::vector<FactorStretch> factor_stretches(const MeasureEffect& effect);

/// The "effect" object of a measure in results.json.
nlohmann::json effect_to_json(const MeasureSpec& measure, const MeasureEffect& effect, const ImpliedEffects& implied);

/// Lines for `validate`: the statement, the derived factors, the implied differences;
/// `with_sources` adds the source and assumption texts (validate --explain).
std::vector<std::string> effect_lines(const MeasureSpec& measure, const MeasureEffect& effect,
                                      const ImpliedEffects& implied, bool with_sources);

}  // namespace intsim
