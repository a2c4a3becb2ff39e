#include <catch2/catch.hpp>

#include <cmath>

#include "expected/expected_model.hpp"
#include "montecarlo/projection.hpp"
#include "test_support.hpp"

using namespace intsim;

// What a later measure does to a running after-effect (allocation.after_effects,
// docs/effects.md section 7), checked against a cohort solved by hand: 1,000 persons, no
// inflow, no re-entry, constant hazards (integration 0.02, other exit 0.01 a month), no
// top-up earners. Everyone enters a one-month training in January (after-effect: factor
// 2 for the six months after it); in March everyone still there enters a five-month
// course with a lock-in of 0.7 and no after-effect, which ends with July.
//   "ends":    January 1, February 2, March-July 0.7, August-December 1.
//   "runs_on": January 1, February-July 2 (the course has no effect of its own on
//              persons who carry an after-effect), August-December 1.
namespace {

nlohmann::json cohort_scenario(const char* rule, bool course_takes_everyone) {
    nlohmann::json doc = test::minimal_scenario();
    doc["measures"] = nlohmann::json::parse(R"({
        "training": {"capacity": {"entries": 12000}, "end": "2022-02", "duration_months": 1,
                     "effect": {"post": 2.0, "post_months": 6}},
        "course": {"capacity": {"slots": 100000}, "start": "2022-03", "end": "2022-08", "duration_months": 5,
                   "effect": {"lock_in": 0.7}}
    })");
    if (!course_takes_everyone) {
        // A course of 300 places with a geometric duration: only some carriers are in it.
        doc["measures"]["course"]["capacity"] = {{"slots", 300}};
        doc["measures"]["course"]["duration"] = "geometric";
        doc["measures"]["course"]["duration_months"] = 3;
    }
    doc["allocation"] = {{"women_share_rule", false}, {"after_effects", rule}};
    return doc;
}

// Integrations of the cohort with the integration-hazard factor of each month.
double integrations_by_hand(const std::array<double, 12>& factor) {
    double in_benefit = 1000, integrations = 0;
    for (double f : factor) {
        const double hi = 0.02 * f, he = 0.01;
        const double leave = 1 - std::exp(-(hi + he));
        integrations += in_benefit * leave * hi / (hi + he);
        in_benefit *= 1 - leave;
    }
    return integrations;
}

Results monte_carlo(const Model& model, std::uint64_t replications) {
    ProjectionOptions options;
    options.replications = replications;
    return project(model, options);
}

}  // namespace

TEST_CASE("a later measure ends a running after-effect under the rule \"ends\"", "[effects][expected][statistical]") {
    const Model model = test::model_of(cohort_scenario("ends", true));
    const double truth = integrations_by_hand({1, 2, 0.7, 0.7, 0.7, 0.7, 0.7, 1, 1, 1, 1, 1});
    CHECK(expected_results(model).indicator("integrations_total").summary.mean == Approx(truth).epsilon(1e-10));
    const Summary mc = monte_carlo(model, 400).indicator("integrations_total").summary;
    // Tolerance: 4 Monte Carlo standard errors.
    CHECK(std::abs(mc.mean - truth) <= 4 * mc.mc_se);
}

TEST_CASE("an after-effect runs on through a later measure under the rule \"runs_on\"", "[effects][expected][statistical]") {
    const double truth = integrations_by_hand({1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1});
    const double alone = integrations_by_hand({1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1});  // the training without the course
    REQUIRE(truth == alone);
    for (const bool everyone : {true, false}) {
        INFO((everyone ? "the course takes everyone" : "the course takes 300 at a time"));
        const Model model = test::model_of(cohort_scenario("runs_on", everyone));
        const Results expected = expected_results(model);
        CHECK(expected.indicator("integrations_total").summary.mean == Approx(truth).epsilon(1e-10));
        const Results mc = monte_carlo(model, 400);
        const Summary s = mc.indicator("integrations_total").summary;
        CHECK(std::abs(s.mean - truth) <= 4 * s.mc_se);
        // The course's places are taken by carriers all the same: entries and occupancy
        // as in the Monte Carlo (2 %), and the integrations credited to the training.
        const auto by_id = [](const Results& r, const char* id) -> const MeasureResult& {
            for (const auto& m : r.measures)
                if (m.id == id) return m;
            FAIL("no measure " << id);
            return r.measures.front();
        };
        const MeasureResult& mc_course = by_id(mc, "course");
        const MeasureResult& expected_course = by_id(expected, "course");
        CHECK(mc_course.entries.mean == Approx(expected_course.entries.mean).epsilon(0.02));
        CHECK(mc_course.occupancy_avg.mean == Approx(expected_course.occupancy_avg.mean).epsilon(0.02));
        const double credited = by_id(mc, "training").integrations_after.mean;
        CHECK(credited == Approx(by_id(expected, "training").integrations_after.mean).epsilon(0.02));
        CHECK(credited > 100);
        // Nobody integrates on the course's own account.
        CHECK(mc_course.integrations_after.mean < 0.5);
        CHECK(expected_course.integrations_after.mean < 1e-9);
    }
}
