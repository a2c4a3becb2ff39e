#include <catch2/catch.hpp>

#include <cmath>

#include "engine/document.hpp"
#include "expected/expected_model.hpp"
#include "montecarlo/projection.hpp"
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

namespace {

// The main indicators of every calendar year, expected model against Monte Carlo:
// |expected - MC mean| <= 1 % of the MC mean + `standard_errors` MC standard errors.
void check_years_within_one_percent(const Results& expected, const Results& mc, double standard_errors) {
    REQUIRE(mc.years.size() == expected.years.size());
    for (std::size_t y = 0; y < mc.years.size(); ++y) {
        for (std::size_t i = 0; i < mc.years[y].indicators.size(); ++i) {
            const std::string& name = mc.years[y].indicators[i].name;
            if (name != "integrations_total" && name != "integrations_women" && name != "integrations_single_parents" &&
                name != "integrations_ltr" && name != "elb_avg" && name != "ltr_avg" && name != "ltr_end" &&
                name != "budget_spend")
                continue;
            INFO(mc.years[y].year << " " << name);
            const Summary& m = mc.years[y].indicators[i].summary;
            const double e = expected.years[y].indicators[i].summary.mean;
            CHECK(std::abs(m.mean - e) <= 0.01 * std::abs(m.mean) + standard_errors * m.mc_se);
        }
    }
}

}  // namespace

TEST_CASE("expected model on the shipped 2022 scenario over 36 months agrees with Monte Carlo within 1 %",
          "[expected][statistical][years]") {
    // The expected model approximates (returners' histories, binding capacity, priority
    // rules, the levels through their means), so the tolerance is 1 % of the value.
    // Measured against 1,000 replications the differences are below 0.5 % in every year
    // (docs/years.md).
    nlohmann::json doc = load_document(std::string(INTSIM_SOURCE_DIR) + "/scenarios/lahn-dill-2022.json").json;
    doc["months"] = 36;
    SECTION("the dynamics: without parameter uncertainty") {
        // Only Monte Carlo noise. With 100 replications the standard error of the stocks is
        // ~0.1 % of the value (eLb stock of 2024: mc_se ~7 of ~11,860), but of a small count
        // it is not: single parents' integrations (~260 a year, Poisson-like) have an mc_se
        // of ~1.6, 0.6 % of the value. So the test allows 1 % plus 3 standard errors.
        doc["uncertainty"] = {{"integration_sd", 0}, {"exit_sd", 0}, {"inflow_sd", 0}, {"measure_effect_sd", 0}};
        const Model model = test::model_of(doc);
        check_years_within_one_percent(expected_results(model), monte_carlo(model, 100), 3.0);
    }
    SECTION("with the shipped uncertainty and its yearly walk") {
        // The levels vary from replication to replication, and more each year: with 200
        // replications the standard error of a third year's integrations is ~0.7 % of the
        // value (sd ~320 of ~3,070, mc_se ~23). The expected model is held to 1 % of the
        // Monte Carlo expectation, tested as 1 % of the estimate plus 3 standard errors.
        const Model model = test::model_of(doc);
        check_years_within_one_percent(expected_results(model), monte_carlo(model, 200), 3.0);
    }
}
