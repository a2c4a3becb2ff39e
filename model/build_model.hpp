#pragma once
// From a validated Scenario to the Model the simulations read: attribute cells, hazard
// classes, eligibility, the start strata, and each measure's effect as hazard factors
// (model/effects/measure_effect.hpp translates a published effect on the built model).
#include "model/model.hpp"

namespace intsim {

/// Builds the model. Throws InputError (file: scenario.origin) when the scenario exceeds what the
/// engine's data layout holds (e.g. more than 65,536 attribute cells), or states an effect
/// its eligible persons cannot show.
///
/// With `effects_from`, a measure whose effect is stated as in the measure of the same id
/// there (same statement, duration, eligibility) takes that measure's derived factors
/// instead of translating its statement again: for models that differ only in what
/// effects do not depend on (capacities, as the optimiser's mixes do), or that hold the
/// factors on purpose (calibration, while it fits the hazard levels).
Model build_model(const Scenario& scenario, const Model* effects_from = nullptr);

}  // namespace intsim
