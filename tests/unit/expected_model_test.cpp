#include <catch2/catch.hpp>

#include <cmath>

#include "engine/document.hpp"
#include "models/expected_model.hpp"
#include "models/projection.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

// A scenario where the expected-value model is exact: no re-entry (no gaps in benefit
// spells), no parameter uncertainty, and measures whose capacity never binds. It still
// exercises inflow with a mix and season, attribute, LZB and duration factors, top-up
// earners, lock-in and after-effects, fixed and geometric durations.
nlohmann::json exact_scenario() {
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 3000;
    doc["population"]["attributes"]["age_band"] = {{"levels", {"u25", "25+"}}, {"shares", {0.2, 0.8}}};
    doc["inflow"] = nlohmann::json::parse(R"({"monthly_mean": 120, "season": [1.3, 1, 1, 1, 0.8, 1, 1, 1, 1, 1.2, 1, 0.7],
                                            "mix": {"age_band": {"shares": [0.4, 0.6]}}})");
    doc["hazards"] = nlohmann::json::parse(R"({
        "integration": {"base": 0.04, "factors": {"sex": {"female": 0.6}, "age_band": {"u25": 1.4}},
                        "ltr": 0.5, "months_in_benefit": [{"max": 3, "factor": 1.3}, {"max": 24, "factor": 1.0}],
                        "season": [0.8, 1, 1.1, 1.1, 1, 1, 0.9, 1.1, 1.1, 1, 1, 0.8]},
        "exit": {"base": 0.03, "factors": {"sex": {"female": 0.8}}, "ltr": 0.3},
        "stays_in_benefit_share": 0.4})");
    doc["measures"] = nlohmann::json::parse(R"({
        "sp_coaching": {"capacity": {"slots": 100000}, "eligible": {"single_parent": "yes"}, "duration_months": 3,
                        "effect": {"lock_in": 0.6, "post": 1.5, "post_months": 4}, "cost": {"per_participant_month": 300}},
        "newcomers": {"capacity": {"slots": 100000}, "eligible": {"new_customer_months": 1, "age_band": "u25"},
                      "duration_months": 2, "duration": "geometric", "effect": {"lock_in": 0.8, "post": 1.3, "post_months": 2}}
    })");
    return doc;
}

Results monte_carlo(const Model& model, std::uint64_t replications) {
    ProjectionOptions options;
    options.replications = replications;
    return project(model, options);
}

}  // namespace

TEST_CASE("expected model equals the Monte Carlo mean where it is exact", "[expected][statistical]") {
    const Model model = test::model_of(exact_scenario());
    const Results expected = expected_results(model);
    const Results mc = monte_carlo(model, 1500);
    for (const char* name : {"integrations_total", "integrations_women", "integrations_single_parents",
                             "integrations_ltr", "elb_avg", "elb_end", "ltr_avg", "ltr_end", "women_avg",
                             "single_parents_avg"}) {
        INFO(name);
        const Summary& s = mc.indicator(name).summary;
        const double e = expected.indicator(name).summary.mean;
        // Tolerance: 4 Monte Carlo standard errors (plus a floor for zero-spread values).
        CHECK(std::abs(s.mean - e) <= 4 * s.mc_se + 1e-9);
    }
    for (std::size_t k = 0; k < mc.measures.size(); ++k) {
        INFO(mc.measures[k].id);
        CHECK(mc.measures[k].entries.mean == Approx(expected.measures[k].entries.mean).epsilon(0.02));
        CHECK(mc.measures[k].occupancy_avg.mean == Approx(expected.measures[k].occupancy_avg.mean).epsilon(0.02));
    }
    CHECK(expected.expected_only);
    CHECK_FALSE(expected.indicator("integrations_total").p_target_met.has_value());
}

TEST_CASE("expected model: closed form without inflow", "[expected]") {
    // The same closed form as the Monte Carlo test, here to machine precision.
    const Model model = test::model_of(test::minimal_scenario());
    const Results r = expected_results(model);
    const double h = 0.03;
    CHECK(r.indicator("integrations_total").summary.mean == Approx(1000 * (1 - std::exp(-12 * h)) * 2 / 3).epsilon(1e-12));
    CHECK(r.indicator("elb_end").summary.mean == Approx(1000 * std::exp(-12 * h)).epsilon(1e-12));
}

TEST_CASE("expected model on the shipped 2022 scenario agrees with Monte Carlo within 1 %", "[expected][statistical]") {
    const auto loaded =
        test::model_of(load_document(std::string(INTSIM_SOURCE_DIR) + "/scenarios/lahn-dill-2022.json").json);
    const Results expected = expected_results(loaded);
    const Results mc = monte_carlo(loaded, 200);
    for (const char* name : {"integrations_total", "integrations_women", "integrations_single_parents",
                             "integrations_ltr", "elb_avg", "ltr_avg", "ltr_end", "budget_spend"}) {
        INFO(name);
        const double m = mc.indicator(name).summary.mean;
        const double e = expected.indicator(name).summary.mean;
        // Measured differences are a few tenths of a per cent (docs/validation.md).
        CHECK(std::abs(m - e) <= 0.01 * std::abs(m));
    }
}
