#include <catch2/catch.hpp>

#include <cmath>

#include "engine/input_error.hpp"
#include "expected/expected_model.hpp"
#include "montecarlo/projection.hpp"
#include "test_support.hpp"

using namespace intsim;

// A measure whose entry is a counted hire, limited by what employers take up and net of
// the hires that would have happened anyway (employer_demand, docs/effects.md section 8),
// against truths solved by hand on a cohort of 1,000 persons with the same hazards (no
// inflow, no re-entry, no top-up earners).
namespace {

nlohmann::json subsidy_scenario(double entries_per_year, const nlohmann::json& demand) {
    nlohmann::json doc = test::minimal_scenario();
    doc["hazards"]["integration"]["base"] = 0.2;  // about 180 of the 1,000 integrate in a month
    doc["measures"] = {{"egz", {{"capacity", {{"entries", entries_per_year}}},
                                {"integration_on_entry", true},
                                {"leaves_benefit", true},
                                {"cost", {{"per_entry", 2000}}}}}};
    if (!demand.is_null()) doc["measures"]["egz"]["employer_demand"] = demand;
    doc["allocation"] = {{"women_share_rule", false}};
    return doc;
}

Results monte_carlo(const Model& model, std::uint64_t replications) {
    ProjectionOptions options;
    options.replications = replications;
    return project(model, options);
}

// P(integrate in a month) of the cohort: competing hazards 0.2 and 0.01.
double p_integrate() { return (1 - std::exp(-0.21)) * 0.2 / 0.21; }

}  // namespace

TEST_CASE("employers' ceiling: no more entries a year than they take up", "[employer_demand][expected]") {
    const Model model = test::model_of(subsidy_scenario(240, {{"entries_per_year", 120}}));
    // Paced evenly: floor(120 (j + 1) / 12) by the year's month j, 10 a month.
    const Results expected = expected_results(model);
    CHECK(expected.measures[0].entries.mean == Approx(120).epsilon(1e-12));
    const Results mc = monte_carlo(model, 20);
    CHECK(mc.measures[0].entries.p05 == 120);
    CHECK(mc.measures[0].entries.p95 == 120);
    // Without a ceiling the capacity decides.
    const Model open = test::model_of(subsidy_scenario(240, nullptr));
    CHECK(expected_results(open).measures[0].entries.mean == Approx(240).epsilon(1e-12));
}

TEST_CASE("deadweight: hires that would have happened anyway add no integration", "[employer_demand][expected][statistical]") {
    // One month, 60 hires, half of them deadweight: 30 are taken from the month's
    // integrators, 30 from the 970 others at random. K2 counts the 60 hires and the
    // integrators nobody took: (1000 p - 30) (1000 - 60) / (1000 - 30).
    const double p = p_integrate();
    const double truth = 60 + (1000 * p - 30) * 940.0 / 970.0;
    const double without_deadweight = 60 + 1000 * p * 940.0 / 1000.0;
    nlohmann::json doc = subsidy_scenario(720, {{"deadweight_share", 0.5}, {"assumption", "test"}});
    doc["months"] = 1;
    const Model model = test::model_of(doc);
    CHECK(expected_results(model).indicator("integrations_total").summary.mean == Approx(truth).epsilon(1e-10));
    const Summary mc = monte_carlo(model, 2000).indicator("integrations_total").summary;
    // Tolerance: 4 Monte Carlo standard errors; the two truths lie about 15 of them apart.
    CHECK(std::abs(mc.mean - truth) <= 4 * mc.mc_se);
    CHECK(std::abs(without_deadweight - truth) > 10 * mc.mc_se);

    nlohmann::json none = subsidy_scenario(720, nullptr);
    none["months"] = 1;
    CHECK(expected_results(test::model_of(none)).indicator("integrations_total").summary.mean ==
          Approx(without_deadweight).epsilon(1e-10));
}

TEST_CASE("deadweight and ceiling over a year: both models agree", "[employer_demand][expected][statistical]") {
    const Model model = test::model_of(subsidy_scenario(300, {{"entries_per_year", 120}, {"deadweight_share", 0.3}}));
    const Results expected = expected_results(model);
    const Results mc = monte_carlo(model, 1000);
    for (const char* name : {"integrations_total", "elb_avg", "elb_end"}) {
        INFO(name);
        const Summary& s = mc.indicator(name).summary;
        // Tolerance: 4 Monte Carlo standard errors.
        CHECK(std::abs(s.mean - expected.indicator(name).summary.mean) <= 4 * s.mc_se);
    }
    CHECK(mc.measures[0].entries.mean == Approx(120));
}

TEST_CASE("employer demand is refused where the entry is no counted hire", "[employer_demand]") {
    const auto pointer_of = [](const nlohmann::json& doc) -> std::string {
        try {
            parse_scenario(doc, "s.json");
        } catch (const InputError& e) {
            return e.pointer();
        }
        return "";
    };
    nlohmann::json doc = subsidy_scenario(100, {{"entries_per_year", 50}});
    doc["measures"]["egz"]["counts_as_integration"] = false;
    CHECK(pointer_of(doc) == "/measures/egz/employer_demand");
    CHECK(pointer_of(subsidy_scenario(100, {{"deadweight_share", 1.0}})) == "/measures/egz/employer_demand/deadweight_share");
    CHECK(pointer_of(subsidy_scenario(100, {{"entries_per_year", -1}})) == "/measures/egz/employer_demand/entries_per_year");
    CHECK(pointer_of(subsidy_scenario(100, {{"ceiling", 5}})) == "/measures/egz/employer_demand/ceiling");
    CHECK(pointer_of(subsidy_scenario(100, {{"entries_per_year", 50}, {"deadweight_share", 0.2}})).empty());
}
