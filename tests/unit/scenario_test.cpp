#include <catch2/catch.hpp>

#include "engine/input_error.hpp"
#include "test_support.hpp"

using namespace intsim;
using intsim::test::minimal_scenario;

namespace {

// Applies a merge patch to the minimal scenario and returns the error, or "" if valid.
std::pair<std::string, std::string> error_of(const nlohmann::json& patch) {
    nlohmann::json doc = minimal_scenario();
    doc.merge_patch(patch);
    try {
        parse_scenario(doc, "s.json");
    } catch (const InputError& e) {
        return {e.pointer(), e.what()};
    }
    return {"", ""};
}

}  // namespace

TEST_CASE("the minimal scenario is valid and typed", "[scenario]") {
    const Scenario s = parse_scenario(minimal_scenario(), "s.json");
    CHECK(s.name == "minimal");
    CHECK(s.start.text() == "2022-01");
    CHECK(s.months == 12);
    CHECK(s.start_elb == 1000);
    REQUIRE(s.attributes.size() == 2);
    CHECK(s.female_level == 1);
    CHECK(s.single_parent_level == 1);
    CHECK(s.integration.base == 0.02);
    CHECK(s.integration.season[3] == 1.0);
    CHECK(s.non_ltr_spell_share.size() == 20);
}

TEST_CASE("bad scenarios are rejected with file and JSON pointer", "[scenario]") {
    struct Case {
        const char* patch;
        const char* pointer;
        const char* fragment;
    };
    const Case cases[] = {
        {R"({"populaton": {}})", "/populaton", "did you mean \"population\""},
        {R"({"months": 0})", "/months", "whole number in [1, 120]"},
        {R"({"months": 121})", "/months", "[1, 120]"},
        {R"({"start": "2022-13"})", "/start", "YYYY-MM"},
        {R"({"population": {"elb": -5}})", "/population/elb", "whole number"},
        {R"({"population": {"ltr_share": 1.2}})", "/population/ltr_share", "[0, 1]"},
        {R"({"population": {"attributes": {"sex": {"shares": [0.6, 0.6]}}}})", "/population/attributes/sex/shares", "sum to 1"},
        {R"({"population": {"attributes": {"sex": {"levels": ["m", "f"]}}}})", "/population/attributes/sex/levels", "female"},
        {R"({"population": {"attributes": {"single_parent": {"by": "sexx"}}}})", "/population/attributes/single_parent/by", "did you mean \"sex\""},
        {R"({"inflow": {"monthly_mean": "lots"}})", "/inflow/monthly_mean", "expected a number"},
        {R"({"inflow": {"season": [1, 1]}})", "/inflow/season", "12 numbers"},
        {R"({"inflow": {"reentry": {"within_months": 6, "monthly_rate": 2}}})", "/inflow/reentry/monthly_rate", "[0, 1]"},
        {R"({"hazards": {"integration": {"base": -0.1}}})", "/hazards/integration/base", "[0, 50]"},
        {R"({"hazards": {"integration": {"factors": {"sex": {"femal": 0.5}}}}})", "/hazards/integration/factors/sex/femal", "did you mean \"female\""},
        {R"({"hazards": {"exit": {"months_in_benefit": [{"max": 12, "factor": 1}]}}})", "/hazards/exit/months_in_benefit", "end at 24"},
        {R"({"hazards": {"stays_in_benefit_share": 1.5}})", "/hazards/stays_in_benefit_share", "[0, 1]"},
        {R"({"targets": {"integratons_total": 5}})", "/targets/integratons_total", "did you mean \"integrations_total\""},
        {R"({"targets": {"ltr_avg": {"value": 1, "direction": "down"}}})", "/targets/ltr_avg/direction", "\"higher\", \"lower\""},
        {R"({"uncertainty": {"integration_sd": -1}})", "/uncertainty/integration_sd", "[0, 3]"},
        {R"({"name": ""})", "/name", "non-empty"},
    };
    for (const auto& c : cases) {
        INFO(c.patch);
        const auto [pointer, message] = error_of(nlohmann::json::parse(c.patch));
        CHECK(pointer == c.pointer);
        CHECK_THAT(message, Catch::Contains(c.fragment));
        CHECK_THAT(message, Catch::StartsWith("s.json: "));
    }
}

TEST_CASE("bad measure definitions are rejected with a JSON pointer", "[scenario][measures]") {
    struct Case {
        const char* measure;
        const char* pointer;
        const char* fragment;
    };
    const Case cases[] = {
        {R"({"capacity": {"slots": -1}})", "/measures/m/capacity/slots", "expected a number in [0, "},
        {R"({"capacity": {"slots": 5, "entries": 3}})", "/measures/m/capacity", "exactly one"},
        {R"({"capacity": {"slot": 5}})", "/measures/m/capacity/slot", "did you mean \"slots\""},
        {R"({"capacity": {"slots": 5}, "eligible": {"sex": "divers"}})", "/measures/m/eligible/sex", "unknown level"},
        {R"({"capacity": {"slots": 5}, "eligible": {"age": "u25"}})", "/measures/m/eligible/age", "unknown eligibility key"},
        {R"({"capacity": {"slots": 5}, "priority": "oldest"})", "/measures/m/priority", "expected one of"},
        {R"({"capacity": {"slots": 5}, "duration_months": 0})", "/measures/m/duration_months", "[1, 120]"},
        {R"({"capacity": {"budget": 1000}})", "/measures/m/cost", "needs a cost"},
        {R"({"capacity": {"slots": 5}, "end": "2021-12"})", "/measures/m/end", "after the start"},
        {R"({"capacity": {"slots": 5}, "funded_by": "eu"})", "/measures/m/funded_by", "\"egt\", \"third_party\""},
        {R"({"capacity": {"slots": 5}, "leaves_benefit": true})", "/measures/m/leaves_benefit", "integration_on_entry"},
        {R"({"capacity": {"slots": 5}, "effect": {"lock_in": -0.5}})", "/measures/m/effect/lock_in", "expected a number in [0, "},
        {R"({"capacity": {"slots": 5}, "cost": {"per_slot_mnth": 5}})", "/measures/m/cost/per_slot_mnth", "did you mean \"per_slot_month\""},
    };
    for (const auto& c : cases) {
        INFO(c.measure);
        nlohmann::json patch = {{"measures", {{"m", nlohmann::json::parse(c.measure)}}}};
        const auto [pointer, message] = error_of(patch);
        CHECK(pointer == c.pointer);
        CHECK_THAT(message, Catch::Contains(c.fragment));
    }
}

TEST_CASE("measures are typed", "[scenario][measures]") {
    nlohmann::json doc = minimal_scenario();
    doc["measures"] = nlohmann::json::parse(R"({
      "az": {"capacity": {"slots": 25}, "duration_months": 6, "duration": "geometric",
             "eligible": {"ltr": true, "sex": ["female"]}, "priority": "longest_in_benefit",
             "effect": {"lock_in": 0.8, "post": 1.3, "post_months": 6},
             "cost": {"per_slot_month": 800}, "end": "2022-08"},
      "egz": {"capacity": {"entries": 110}, "integration_on_entry": true, "leaves_benefit": true,
              "cost": {"per_entry": 3000}, "funded_by": "third_party"}
    })");
    const Scenario s = parse_scenario(doc, "s.json");
    REQUIRE(s.measures.size() == 2);
    const MeasureSpec& az = s.measures[0];
    CHECK(az.id == "az");
    CHECK(az.capacity_kind == CapacityKind::Slots);
    CHECK(az.capacity == 25);
    CHECK(az.duration_kind == DurationKind::Geometric);
    CHECK(az.eligible.ltr == true);
    CHECK(az.eligible.allowed_levels[0] == std::vector<bool>{false, true});
    CHECK(az.priority == Priority::LongestInBenefit);
    CHECK(az.post_months == 6);
    CHECK(az.end_month == 7);
    const MeasureSpec& egz = s.measures[1];
    CHECK(egz.capacity_kind == CapacityKind::Entries);
    CHECK(egz.integration_on_entry);
    CHECK(egz.leaves_benefit);
    CHECK_FALSE(egz.egt_funded);
}
