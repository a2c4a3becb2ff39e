// Effects as published (model/effects/): a statement in percentage points at months
// after entry is translated into hazard factors that reproduce it on the measure's
// cohort, its range becomes the replications' spread, and what cannot be shown is refused.
// (A lock-in that "ends" while participants are still in the course is no lock-in: the
// difference is zero then without one, and the translation gives the factor 1.)
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "engine/input_error.hpp"
#include "model/effects/outcome_chain.hpp"
#include "model/effects/effect_translation.hpp"
#include "model/effects/measure_effect.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

// A jobcenter of 1,000 with some inflow and one six-month course whose effect is stated
// as a study would state it: a lock-in that ends in month 8, then +5 pp at month 12
// (90 % range +2 to +8) and +4 pp at month 24 (+1 to +7).
nlohmann::json course_scenario(const nlohmann::json& published) {
    nlohmann::json doc = test::minimal_scenario();
    doc["inflow"] = {{"monthly_mean", 40}};
    doc["measures"] = {{"course",
                        {{"capacity", {{"slots", 50}}},
                         {"duration_months", 6},
                         {"duration", "fixed"},
                         {"effect", {{"published", published}}},
                         {"cost", {{"per_slot_month", 500}}}}}};
    return doc;
}

nlohmann::json course_effect() {
    return {{"measured", "share in regular employment"},
            {"lock_in_months", 8},
            {"points",
             {{{"month", 12}, {"pp", 5}, {"p05", 2}, {"p95", 8}}, {{"month", 24}, {"pp", 4}, {"p05", 1}, {"p95", 7}}}}};
}

// The difference treated minus untreated in the share employed (the statement's
// default quantity), at the end of `month` after entry.
double difference_at(const Model& model, const EffectCurve& curve, int month) {
    const OutcomeChain chain = outcome_chain(model, 0, month);
    return k2_account(chain, model.measures[0].spec, curve, month).employed;
}

}  // namespace

TEST_CASE("a published effect becomes factors that reproduce it on the measure's cohort", "[effects]") {
    const Model model = test::model_of(course_scenario(course_effect()));
    const MeasureEffect& effect = model.measures[0].effect;
    REQUIRE(effect.way == EffectWay::Published);
    // The translation solves each point to 1e-9 (a share): 1e-7 leaves room for rounding.
    const double tolerance = 1e-7;
    const EffectCurve& median = effect.at_node[1];
    CHECK(difference_at(model, median, 6) < -0.005);  // locked in while in the course
    CHECK(difference_at(model, median, 8) == Approx(0.0).margin(tolerance));  // the lock-in ends at month 8
    CHECK(difference_at(model, median, 12) == Approx(0.05).margin(tolerance));
    CHECK(difference_at(model, median, 24) == Approx(0.04).margin(tolerance));
    CHECK(difference_at(model, effect.at_node[0], 12) == Approx(0.02).margin(tolerance));  // p05
    CHECK(difference_at(model, effect.at_node[2], 12) == Approx(0.08).margin(tolerance));  // p95
    CHECK(difference_at(model, effect.at_node[2], 24) == Approx(0.07).margin(tolerance));
    // A lock-in slows participants; a positive effect after it needs a factor above 1.
    CHECK(median.lock_in < 1.0);
    CHECK(median.post.size() == 24);  // nothing is claimed after the last point
    CHECK(median.post.front() > 1.0);
    // A wider effect at the top of the range takes larger factors.
    CHECK(effect.at_node[0].post.front() < median.post.front());
    CHECK(median.post.front() < effect.at_node[2].post.front());
}

TEST_CASE("a replication's factors follow its draw between the range's translations", "[effects]") {
    const Model model = test::model_of(course_scenario(course_effect()));
    const MeasureSpec& spec = model.measures[0].spec;
    const MeasureEffect& effect = model.measures[0].effect;
    EffectCurve drawn;
    for (std::size_t node = 0; node < kEffectNodes.size(); ++node) {
        effect_for_draw(spec, effect, kEffectNodes[node], 0.0, drawn);
        CHECK(drawn.lock_in == Approx(effect.at_node[node].lock_in).epsilon(1e-12));
        REQUIRE(drawn.post.size() == effect.at_node[node].post.size());
        for (std::size_t i = 0; i < drawn.post.size(); ++i)
            CHECK(drawn.post[i] == Approx(effect.at_node[node].post[i]).epsilon(1e-12));
    }
    // Between the nodes the logarithms are interpolated: halfway is the geometric mean.
    effect_for_draw(spec, effect, kEffectNodes[2] / 2, 0.0, drawn);
    CHECK(drawn.post.front() ==
          Approx(std::sqrt(effect.at_node[1].post.front() * effect.at_node[2].post.front())).epsilon(1e-12));
    // Draws beyond kEffectDrawLimit standard deviations take the limit's factors.
    EffectCurve at_limit;
    effect_for_draw(spec, effect, kEffectDrawLimit, 0.0, at_limit);
    effect_for_draw(spec, effect, 10.0, 0.0, drawn);
    CHECK(drawn.post.front() == at_limit.post.front());
}

TEST_CASE("an effect the eligible persons cannot show is refused, naming its place", "[effects]") {
    // Without the course about a fifth of the cohort integrates within a year at these
    // hazards: +90 pp at month 12 cannot be reached by any factor up to 1,000.
    nlohmann::json published = course_effect();
    published["points"] = {{{"month", 12}, {"pp", 90}, {"p05", 85}, {"p95", 95}}};
    try {
        (void)test::model_of(course_scenario(published));
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.pointer().rfind("/measures/course/effect", 0) == 0);
        CHECK(std::string(e.what()).find("cannot be represented") != std::string::npos);
    }
}
