// decisions/setup: key figures -> base-year and plan-year scenarios. The defaults carry
// their sources, derived values (start stock, single parents by sex, spell profile,
// start values) are what the key figures imply, and both scenarios load.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "engine/input_error.hpp"
#include "model/build_model.hpp"
#include "model/model.hpp"
#include "model/national_defaults.hpp"
#include "decisions/setup/jobcenter_setup.hpp"

using namespace intsim;

namespace {

// A jobcenter of 2,000 eLb whose measures need no effects catalogue: one with its own
// factors, one of type "other".
nlohmann::json key_figures() {
    return nlohmann::json::parse(R"({
      "name": "kleinstadt", "jobcenter_id": "12345", "base_year": 2024,
      "elb": {"average": 2000, "end": 1960},
      "ltr": {"average": 1300, "end": 1280},
      "shares": {"women": 0.5, "single_parents": 0.1, "u25": 0.12, "50+": 0.3},
      "integrations": {"total": 480, "women": 150, "single_parents": 40, "ltr": 200},
      "plan": {"year": 2025, "operative_egt": 900000, "targets": {"integrations_total": 500}},
      "measures": [
        {"id": "az", "type": "activation_classroom", "capacity": 40, "unit": "slots", "cost": 700,
         "eligible": "ltr+50+", "lock_in": 0.8, "post": 1.2, "post_months": 12},
        {"id": "misc", "type": "other", "capacity": 10, "unit": "slots", "cost": 300}
      ]
    })");
}

KeyFigures parsed(const nlohmann::json& document) { return parse_key_figures(document, "kf.json"); }

Scenario load(const nlohmann::json& base, const nlohmann::json& plan_patch = nullptr) {
    nlohmann::json resolved = base;
    if (!plan_patch.is_null()) {
        nlohmann::json patch = plan_patch;
        patch.erase("extends");
        resolved.merge_patch(patch);
    }
    return parse_scenario(resolved, "set-up.json");
}

}  // namespace

TEST_CASE("init's base year: every default says where it comes from", "[setup]") {
    const JobcenterSetup setup = set_up_jobcenter(parsed(key_figures()));
    const nlohmann::json& s = setup.base_year;
    CHECK(setup.base_file == "kleinstadt-2024.json");
    CHECK(setup.plan_file == "kleinstadt-2025.json");
    CHECK(s["jobcenter_id"] == "12345");
    CHECK(s["start"] == "2024-01");
    // No uncertainty among the key figures: the national spreads, with their sources.
    const DefaultSpreads& spreads = default_spreads();
    CHECK(s["uncertainty"]["integration_sd"] == spreads.integration.value);
    CHECK(s["uncertainty"]["exit_sd"] == spreads.exit.value);
    CHECK(s["uncertainty"]["source"].get<std::string>().find(std::string(spreads.integration.text)) != std::string::npos);
    CHECK(s["uncertainty"]["assumption"].get<std::string>().find(std::string(spreads.exit.text)) != std::string::npos);
    const DefaultFlows& flows = default_flows();
    CHECK(s["inflow"]["reentry"]["monthly_rate"] == flows.reentry_monthly_rate.value);
    CHECK(s["inflow"]["reentry"]["source"] == std::string(flows.reentry_monthly_rate.text));
    CHECK(s["hazards"]["stays_in_benefit_share"] == flows.stays_in_benefit_share.value);
    CHECK(s["hazards"]["exit"]["base"] == flows.exit_base.value);
    CHECK(s["hazards"]["exit"]["ltr"] == flows.exit_ltr.value);
    CHECK(s["hazards"]["exit"].contains("assumption"));
    CHECK(s["hazards"]["integration"].contains("assumption"));  // months-in-benefit profile, no season
    CHECK(s["population"].contains("assumption"));              // the start stock, extrapolated
    // A measure with its own factors cites its row; one of type "other" says it has no effect.
    CHECK(s["measures"]["az"]["effect"]["source"].get<std::string>().find("kf.json: /measures/0") == 0);
    CHECK(s["measures"]["misc"]["effect"]["assumption"].get<std::string>().find("no effect") == 0);
    CHECK(s["measures"]["misc"].contains("assumption"));  // its duration, the type's default
    // It loads, and the national spreads are what the model sees.
    const Scenario scenario = load(s);
    CHECK(scenario.integration_sd == spreads.integration.value);
    CHECK(scenario.jobcenter_id == "12345");
}

TEST_CASE("init's base year: the stock at the start, single parents by sex, the spell profile", "[setup]") {
    const KeyFigures k = parsed(key_figures());
    const nlohmann::json s = set_up_jobcenter(k).base_year;
    // No December before: a straight path through the year, 2 x average - end.
    CHECK(s["population"]["elb"] == 2040);
    CHECK(s["population"]["ltr_share"].get<double>() == Approx((2 * 1300.0 - 1280) / 2040));
    // Single parents by sex keep the overall share, 92 % of them women.
    const auto& sp = s["population"]["attributes"]["single_parent"]["shares"];
    const double men = sp["male"][1].get<double>(), women = sp["female"][1].get<double>();
    CHECK(0.5 * men + 0.5 * women == Approx(0.1));
    CHECK(0.5 * women / 0.1 == Approx(0.92));
    // The spell bands: the stationary profile for the start LZB share, summing to 1.
    const SpellProfile profile = default_spell_profile(s["population"]["ltr_share"].get<double>());
    double total = 0, first_band = 0;
    for (const auto& band : s["population"]["non_ltr_spell_months"]) total += band["share"].get<double>();
    for (int m = 0; m < 4; ++m) first_band += profile.shares[static_cast<std::size_t>(m)];
    CHECK(total == Approx(1.0).margin(1e-12));
    CHECK(s["population"]["non_ltr_spell_months"][0]["share"].get<double>() == Approx(first_band).margin(1e-6));
    // Start values of the fit: the base from the integration rate, group factors from
    // the ratio of the groups' rates (women: 150 of 1000 against 330 of 1000).
    CHECK(s["hazards"]["integration"]["base"].get<double>() == Approx(480.0 / 2000 / 12));
    CHECK(s["hazards"]["integration"]["factors"]["sex"]["female"].get<double>() == Approx(150.0 / 330));
    CHECK(s["hazards"]["integration"]["factors"]["single_parent"]["yes"].get<double>() ==
          Approx((40.0 / 200) / (440.0 / 1800)));
    CHECK(s["hazards"]["integration"]["ltr"].get<double>() == Approx((200.0 / 1300) / (280.0 / 700)));
}

TEST_CASE("init's figures: which are fitted and which parameter each frees", "[setup]") {
    nlohmann::json document = key_figures();
    JobcenterSetup setup = set_up_jobcenter(parsed(document));
    CHECK(setup.figures.size() == 7);
    CHECK(setup.figures.at("ltr_end") == 1280);  // no LZB start: the year end fits it
    CHECK(setup.checks.count("elb_end") == 1);
    CHECK(setup.pairing.empty());

    // The December before and the newcomers known: the LZB year end is a check, the eLb
    // average frees the other-exit level.
    document["elb"]["start"] = 2030;
    document["ltr"]["start"] = 1310;
    document["newcomers_monthly"] = 55;
    setup = set_up_jobcenter(parsed(document));
    CHECK(setup.figures.count("ltr_end") == 0);
    CHECK(setup.checks.at("ltr_end") == 1280);
    CHECK(setup.pairing.at("elb_avg") == "/hazards/exit/base");
    CHECK(setup.base_year["population"]["elb"] == 2030);
    CHECK(setup.base_year["inflow"]["monthly_mean"] == 55);

    // A jobcenter without single parents: their factor stays 1 and their figure is checked.
    document["shares"]["single_parents"] = 0.0;
    document["integrations"]["single_parents"] = 0;
    setup = set_up_jobcenter(parsed(document));
    CHECK(setup.figures.count("integrations_single_parents") == 0);
    CHECK(setup.checks.count("integrations_single_parents") == 1);
    (void)load(setup.base_year);
}

TEST_CASE("init's plan year extends the base year and loads over it", "[setup]") {
    const JobcenterSetup setup = set_up_jobcenter(parsed(key_figures()));
    const nlohmann::json& p = setup.plan_year;
    CHECK(p["extends"] == "kleinstadt-2024.json");
    CHECK(p["start"] == "2025-01");
    CHECK(p["population"]["elb"] == 1960);
    CHECK(p["population"]["ltr_share"].get<double>() == Approx(1280.0 / 1960));
    CHECK(p["budget"]["operative_egt"] == 900000);
    CHECK(p["targets"]["integrations_total"] == 500);
    const Scenario plan = load(setup.base_year, p);
    CHECK(plan.start.year == 2025);
    CHECK(plan.jobcenter_id == "12345");  // inherited: the plan keeps the base year's draws
    (void)build_model(plan);
}

TEST_CASE("eligibility expressions of the measure table", "[setup]") {
    nlohmann::json document = key_figures();
    document["own_attributes"] = {{"profile", {{"levels", {"market", "support"}}, {"shares", {0.4, 0.6}}}}};
    const KeyFigures k = parsed(document);
    const MeasureRow& row = k.measures.front();
    CHECK(eligibility_of("ltr+50+", row, k) == nlohmann::json({{"ltr", true}, {"age_band", {"50+"}}}));
    CHECK(eligibility_of("50++women", row, k) == nlohmann::json({{"age_band", {"50+"}}, {"sex", {"female"}}}));
    CHECK(eligibility_of("25+", row, k) == nlohmann::json({{"age_band", {"25-49", "50+"}}}));
    CHECK(eligibility_of("profile=market|support+new:3", row, k) ==
          nlohmann::json({{"profile", {"market", "support"}}, {"new_customer_months", 3}}));
    try {
        (void)eligibility_of("profil=support", row, k);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.pointer() == "/measures/0/eligible");
        CHECK(std::string(e.detail()).find("did you mean \"profile\"?") != std::string::npos);
    }
    CHECK_THROWS_AS(eligibility_of("ltr+non_ltr", row, k), InputError);
    CHECK_THROWS_AS(eligibility_of("new:x", row, k), InputError);
}

TEST_CASE("init's measure table: a German name (label_de) reaches the scenario", "[setup]") {
    nlohmann::json d = key_figures();
    d["measures"][0]["label_de"] = "Aktivierungszentrum";
    const JobcenterSetup setup = set_up_jobcenter(parsed(d));
    const nlohmann::json& measures = setup.base_year["measures"];
    CHECK(measures["az"]["label_de"] == "Aktivierungszentrum");
    CHECK_FALSE(measures["misc"].contains("label_de"));  // none given: the reports use its name
    const Scenario base = load(setup.base_year);
    const auto az = std::find_if(base.measures.begin(), base.measures.end(), [](const auto& m) { return m.id == "az"; });
    REQUIRE(az != base.measures.end());
    CHECK(az->label_de == "Aktivierungszentrum");
    d["measures"][0]["label_de"] = std::string(201, 'x');
    CHECK_THROWS_WITH(parsed(d), Catch::Contains("/measures/0/label_de"));
    d["measures"][0]["label_de"] = 3;
    CHECK_THROWS_WITH(parsed(d), Catch::Contains("/measures/0/label_de"));
}

TEST_CASE("key figures that cannot make a jobcenter are refused with their pointer", "[setup]") {
    const auto pointer_of = [](nlohmann::json document) {
        try {
            (void)parsed(document);
        } catch (const InputError& e) {
            return e.pointer();
        }
        return std::string("accepted");
    };
    nlohmann::json d = key_figures();
    d["plan"]["year"] = 2026;
    CHECK(pointer_of(d) == "/plan/year");
    d = key_figures();
    d["shares"]["women"] = 0.0;
    CHECK(pointer_of(d) == "/integrations/women");  // integrations of women without women
    d = key_figures();
    d["ltr"]["average"] = 2500;
    CHECK(pointer_of(d) == "/ltr/average");
    d = key_figures();
    d["measures"][0]["type"] = "activation";
    CHECK(pointer_of(d) == "/measures/0/type");
    d = key_figures();
    d["measures"][0].erase("lock_in");
    d["measures"][0].erase("post");
    d["measures"][0].erase("post_months");
    CHECK(pointer_of(d) == "/measures/0/type");  // its effect needs the catalogue, none named
    d = key_figures();
    d["measures"][1].erase("cost");
    CHECK(pointer_of(d) == "/measures/1/cost");
}
