#pragma once
// What nobody knows, drawn once per replication: the levels of the hazards and the inflow
// by calendar year and each measure's effect draw. The Monte Carlo draws them
// (montecarlo/simulate.hpp); the expected model takes their means.
#include <vector>

namespace intsim {

/// The levels of one calendar year, as factors on the scenario's hazards and inflow.
struct LevelFactors {
    double integration = 1.0;
    double exit = 1.0;
    double inflow = 1.0;
};

/// This replication's draw of what nobody knows. The levels are median-1 lognormal in
/// the first calendar year and walk on from year to year: log f(y) = log f(y - 1) + a
/// normal step of sd *_drift_sd, so that their spread grows with the horizon
/// (docs/years.md).
struct ReplicationFactors {
    std::vector<LevelFactors> levels;     ///< by calendar year of the horizon (Model::years)
    /// Each measure's standard normal draw for its effect (keyed by the measure's id): one
    /// for the whole horizon; effect_for_draw (model/effects/effect_factors.hpp) turns it
    /// into the factors.
    std::vector<double> measure_draw;
};

}  // namespace intsim
