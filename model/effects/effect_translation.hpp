#pragma once
// From an effect as studies publish it (percentage points of the share integrated at
// months after entry, and a lock-in) to the hazard factors the monthly step applies:
// solved on the cohort of effect_cohort.hpp, so the factors fit the scenario's own
// eligible population and hazards.
#include <optional>
#include <string>
#include <vector>

#include "model/effects/effect_cohort.hpp"

namespace intsim {

struct TranslationResult {
    EffectCurve curve;
    std::string problem;     ///< why the statement cannot be represented; empty on success
    int failed_point = -1;   ///< the point that could not be reached, -1 if none (or the lock-in)
};

/// The factors of a published effect. Participants have one lock-in factor: `lock_in`
/// when given, else the one that brings the effect back to zero at
/// `published.lock_in_months` (1 when that is 0). After leaving, the integration-hazard
/// factor is constant from one stated point to the next, by months since entry: the
/// stretch up to the first point's month, then up to the second's, ...; each is solved so
/// that treated minus untreated share integrated is `targets[j]` (a share: 0.08 for
/// +8 pp) at point j's month, in order. After the last point there is no after-effect:
/// nothing is claimed beyond the evidence. Factors stay within [0.001, 1000].
TranslationResult translate_effect(const EffectCohort& cohort, const MeasureSpec& measure,
                                   const PublishedEffect& published, const std::vector<double>& targets,
                                   std::optional<double> lock_in);

}  // namespace intsim
