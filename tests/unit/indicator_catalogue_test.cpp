// The indicator catalogue (model/indicator_catalogue.hpp) is the one place an indicator is
// declared: these tests hold the places that must follow it to it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/indicator_catalogue.hpp"
#include "model/indicators.hpp"
#include "model/tally.hpp"

namespace {

using namespace intsim;

nlohmann::json schema(const std::string& name) {
    std::ifstream in(std::string(INTSIM_SOURCE_DIR) + "/docs/" + name);
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

// Every list of names and every object of properties in `node` that names one of `names`
// must name all of them; returns what is missing, with the JSON pointer of the place.
void missing_names(const nlohmann::json& node, const std::string& where, const std::vector<std::string>& names,
                   std::vector<std::string>& missing) {
    const auto names_one = [&](const auto& has) {
        for (const auto& n : names)
            if (has(n)) return true;
        return false;
    };
    if (node.is_array()) {
        std::set<std::string> held;
        for (const auto& x : node)
            if (x.is_string()) held.insert(x.get<std::string>());
        if (names_one([&](const std::string& n) { return held.count(n) > 0; }))
            for (const auto& n : names)
                if (!held.count(n)) missing.push_back(where + ": " + n);
        for (std::size_t i = 0; i < node.size(); ++i) missing_names(node[i], where + "/" + std::to_string(i), names, missing);
    } else if (node.is_object()) {
        if (names_one([&](const std::string& n) { return node.contains(n); }))
            for (const auto& n : names)
                if (!node.contains(n)) missing.push_back(where + ": " + n);
        for (const auto& [key, value] : node.items()) missing_names(value, where + "/" + key, names, missing);
    }
}

}  // namespace

TEST_CASE("the schemas in docs/ name every indicator of the catalogue where they name one", "[catalogue]") {
    // results.json and the comparison hold every indicator; track.json the tracked ones,
    // in its targets and indicators, and in each year's and the horizon's of a plan of
    // several years (its year_to_date holds the actuals' own names).
    const nlohmann::json track = schema("track.schema.json");
    nlohmann::json tracked;
    tracked["targets"] = track["properties"]["targets"];
    tracked["indicators"] = track["properties"]["indicators"];
    tracked["years"] = track["properties"]["years"];
    tracked["horizon"] = track["properties"]["horizon"];
    REQUIRE(tracked["years"]["items"]["properties"]["indicators"].contains("properties"));
    REQUIRE(tracked["horizon"]["properties"]["indicators"].contains("properties"));
    for (const auto& [file, document, names] :
         {std::tuple{std::string("results.schema.json"), schema("results.schema.json"), indicator_names()},
          std::tuple{std::string("compare.schema.json"), schema("compare.schema.json"), indicator_names()},
          std::tuple{std::string("track.schema.json"), tracked, indicators_shown_in(kShownInTracking)}}) {
        REQUIRE(!document.is_null());
        std::vector<std::string> missing;
        missing_names(document, "", names, missing);
        std::string list;
        for (const auto& m : missing) list += "\n  " + m;
        INFO(file << " lacks:" << list);
        CHECK(missing.empty());
    }
    // The test can fail: a schema without one indicator is found out.
    nlohmann::json cut = schema("results.schema.json");
    cut["$defs"]["indicators"]["required"].erase(0);
    std::vector<std::string> missing;
    missing_names(cut, "", indicator_names(), missing);
    CHECK(missing.size() == 1);
}

TEST_CASE("each indicator's value over a period, against figures worked by hand", "[catalogue]") {
    // Two months: integrations 30 + 10 (single parents 6 + 2, LZB 12 + 4, women 9 + 3),
    // stocks at the month ends 1000 and 1020 (LZB 400, 410; women 450, 460; single parents
    // 80, 84), EGT spend 5,000 + 7,000; the LZB stock is held against 400, the EGT is 20,000.
    const TallyLayout layout{2, 0};
    std::vector<double> tally(layout.size(), 0.0);
    const auto set = [&](MonthlyField f, double a, double b) {
        tally[layout.monthly(f, 0)] = a;
        tally[layout.monthly(f, 1)] = b;
    };
    set(MonthlyField::Integrations, 30, 10);
    set(MonthlyField::IntegrationsSingleParents, 6, 2);
    set(MonthlyField::IntegrationsLtr, 12, 4);
    set(MonthlyField::IntegrationsWomen, 9, 3);
    set(MonthlyField::Elb, 1000, 1020);
    set(MonthlyField::Ltr, 400, 410);
    set(MonthlyField::Women, 450, 460);
    set(MonthlyField::SingleParents, 80, 84);
    set(MonthlyField::SpendEgt, 5000, 7000);
    const std::vector<double> v = period_indicators(layout, tally, {0, 2}, 400.0, 20000.0);
    const auto value = [&](const std::string& name) {
        const auto& names = indicator_names();
        return v[static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin())];
    };
    REQUIRE(v.size() == indicator_catalogue().size());
    CHECK(value("integrations_total") == 40);
    CHECK(value("integrations_women") == 12);
    CHECK(value("integrations_single_parents") == 8);
    CHECK(value("integrations_ltr") == 16);
    CHECK(value("integration_rate") == Approx(100.0 * 40 / 1010));
    CHECK(value("ltr_integration_rate") == Approx(100.0 * 16 / 405));
    CHECK(value("single_parents_integration_rate") == Approx(100.0 * 8 / 82));  // K2E4
    CHECK(value("elb_avg") == 1010);
    CHECK(value("elb_end") == 1020);
    CHECK(value("ltr_avg") == 405);
    CHECK(value("ltr_end") == 410);
    CHECK(value("ltr_change_pct") == Approx(100.0 * (405.0 / 400.0 - 1.0)));
    CHECK(value("women_avg") == 455);
    CHECK(value("single_parents_avg") == 82);
    CHECK(value("budget_spend") == 12000);
    CHECK(value("budget_remaining") == 8000);
}
