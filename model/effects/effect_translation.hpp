#pragma once
// From an effect as studies publish it (percentage points of a share at months after
// entry, and a lock-in) to the hazard factors the monthly step applies: solved on the
// measure's cohort (outcome_chain.hpp), so the factors fit the
// scenario's own eligible population and hazards.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/effects/effect_factors.hpp"
#include "model/scenario.hpp"

namespace intsim {

/// How a translation measures a trial of the factors: the difference treated minus
/// untreated in the statement's quantity at the end of a month after entry, and the
/// untreated level there (for the message when a statement cannot be reached).
struct EffectMeasurement {
    std::function<double(const EffectCurve& curve, int month)> difference;
    std::function<double(int month)> untreated;
    std::string untreated_words;  ///< completes "without the measure 34.7 % of them ..."
};

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
/// that the difference `measured` gives is `targets[j]` (a share: 0.08 for
/// +8 pp) at point j's month, in order. After the last point there is no after-effect:
/// nothing is claimed beyond the evidence. Factors stay within [0.001, 1000].
TranslationResult translate_effect(const EffectMeasurement& measured, const MeasureSpec& measure,
                                   const PublishedEffect& published, const std::vector<double>& targets,
                                   std::optional<double> lock_in);

}  // namespace intsim
