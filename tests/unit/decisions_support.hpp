#pragma once
// Small scenarios for the tests of decisions.
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace intsim::test {

/// The minimal scenario with inflow, re-entry, parameter uncertainty, a slot measure
/// and targets: enough moving parts that tracking and comparisons have state to keep.
inline nlohmann::json busy_scenario() {
    nlohmann::json doc = minimal_scenario();
    doc["name"] = "busy";
    doc["inflow"] = {{"monthly_mean", 30}, {"reentry", {{"within_months", 6}, {"monthly_rate", 0.1}}}};
    doc["uncertainty"].update({{"integration_sd", 0.05}, {"inflow_sd", 0.05}, {"measure_effect_sd", 0.1}});
    doc["measures"] = nlohmann::json::parse(R"({
        "coaching": {"capacity": {"slots": 40}, "duration_months": 3, "eligible": {"ltr": true},
                     "effect": {"lock_in": 0.8, "post": 2.0, "post_months": 4},
                     "cost": {"per_slot_month": 500}}})");
    doc["budget"] = {{"operative_egt", 300000}};
    doc["targets"] = {{"integrations_total", 230}, {"ltr_avg", 600}};
    return doc;
}

}  // namespace intsim::test
