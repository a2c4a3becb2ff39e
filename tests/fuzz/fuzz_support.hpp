#pragma once
// What every scenario fuzz target checks: a document either becomes a model or is
// refused with an InputError. Any other exception, a crash or a sanitizer report is a
// finding. Small valid models also simulate one replication, so that odd but valid
// scenarios (no persons, no hazards, huge factors) reach the monthly step.
#include <nlohmann/json.hpp>

#include <string>

#include "engine/input_error.hpp"
#include "model/build_model.hpp"
#include "model/model.hpp"
#include "model/scenario.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim::fuzz {

inline void check_scenario(const nlohmann::json& document, const std::string& file) {
    Model model;
    try {
        model = build_model(parse_scenario(document, file));
    } catch (const InputError&) {
        return;  // a clean refusal is the expected outcome for most inputs
    }
    const Scenario& s = model.scenario;
    // Keep each input fast: only small models are simulated.
    if (s.start_elb > 2000 || s.inflow_monthly_mean > 200 || s.months > 36 || model.cell_count > 256) return;
    Workspace workspace;
    std::vector<double> tally(tally_layout(model).size());
    try {
        simulate_replication(model, StreamKey{1, 0}, workspace, tally);
    } catch (const InputError&) {
        return;  // e.g. a replication that draws more newcomers than the person ids hold
    }
}

}  // namespace intsim::fuzz
