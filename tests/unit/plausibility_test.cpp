// Plausibility before computing: each ratio computed by hand from the figures, against the
// ranges of docs/evidence/plausibility.md.
#include <catch2/catch.hpp>

#include "decisions/setup/plausibility.hpp"
#include "report/plausibility_text.hpp"

using namespace intsim;

namespace {

// A jobcenter of 14,500 eLb whose figures all lie inside every band.
KeyFigures ordinary() {
    KeyFigures k;
    k.file = "k.json";
    k.elb.average = 14500;
    k.ltr.average = 9500;                // 65.5 % of the eLb
    k.women_share = 0.5;
    k.single_parent_share = 0.1;
    k.integrations_total = 3500;         // K2 24.1 %
    k.integrations_women = 1500;         // 1500 / 7250 = 20.7 %
    k.integrations_single_parents = 200; // 200 / 1450 = 13.8 %
    k.integrations_ltr = 1500;           // 1500 / 9500 = 15.8 %
    MeasureRow m;
    m.id = "egz";
    m.file = "measures.csv";
    m.where = "line 3";
    m.unit = CapacityKind::Entries;
    m.cost = 2300;
    k.measures.push_back(m);
    return k;
}

}  // namespace

TEST_CASE("plausibility: ordinary figures pass without a word", "[plausibility]") {
    CHECK(check_key_figures(ordinary()).empty());
}

TEST_CASE("plausibility: K2 of 62 % is a warning, 138 % a refusal, before any calibration", "[plausibility]") {
    KeyFigures k = ordinary();
    k.integrations_total = 9000;  // the case: 9000 / 14500 = 62.07 %
    auto findings = check_key_figures(k);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].check == PlausibilityCheck::IntegrationRate);
    CHECK_FALSE(findings[0].refused);
    CHECK(findings[0].value == Approx(100.0 * 9000 / 14500));
    CHECK(findings[0].pointer == "/integrations/total");
    const std::string en = plausibility_text(findings[0], Wording{});
    CHECK(en == "The integration rate K2 (integrations / eLb average) is 62.1 %, outside 10 % to 50 % (what "
                "jobcenters show, docs/evidence/plausibility.md): computed as given, but check the figure");
    const std::string de = plausibility_text(findings[0], Wording{Language::De, NumberLocale::De});
    CHECK(de.find("Die Integrationsquote K2") == 0);
    CHECK(de.find("62,1 %") != std::string::npos);

    k.integrations_total = 20000;  // 137.9 %
    findings = check_key_figures(k);
    REQUIRE(!findings.empty());
    CHECK(findings[0].refused);
    CHECK(findings[0].value == Approx(100.0 * 20000 / 14500));
    CHECK(plausibility_text(findings[0], Wording{}).find("is 137.9 %, above 100 %: no jobcenter can have it") !=
          std::string::npos);
}

TEST_CASE("plausibility: a cost read with the wrong thousands mark is warned about", "[plausibility]") {
    KeyFigures k = ordinary();
    k.measures[0].cost = 6;  // "6,000" read as six euros
    k.measures[0].cost_unit = "per_entry";
    MeasureRow agh;
    agh.id = "agh";
    agh.file = "measures.csv";
    agh.where = "line 4";
    agh.unit = CapacityKind::Slots;
    agh.cost = 280000;  // a yearly total in the monthly column
    k.measures.push_back(agh);
    const auto findings = check_key_figures(k);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].check == PlausibilityCheck::CostPerEntry);
    CHECK(findings[0].subject == "egz");
    CHECK(findings[0].pointer == "line 3 (column \"cost\")");
    CHECK(findings[1].check == PlausibilityCheck::CostPerMonth);
    CHECK(findings[1].value == 280000);
}

TEST_CASE("plausibility: shares and the other rates, refusals first", "[plausibility]") {
    KeyFigures k = ordinary();
    k.ltr.average = 14000;            // 96.6 % LZB: warned
    k.integrations_ltr = 300;         // 300 / 14000 = 2.1 %: warned
    k.newcomers_monthly = 8000;       // 55 % of the stock a month: refused
    const auto findings = check_key_figures(k);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].check == PlausibilityCheck::NewcomersPerElb);
    CHECK(findings[0].refused);
    CHECK(findings[0].value == Approx(100.0 * 8000 / 14500));
    CHECK(findings[1].check == PlausibilityCheck::LtrIntegrationRate);
    CHECK(findings[1].value == Approx(100.0 * 300 / 14000));
    CHECK(findings[2].check == PlausibilityCheck::LtrShare);
    CHECK(findings[2].value == Approx(100.0 * 14000 / 14500));

    const auto yearly = check_yearly_actuals({{"integrations_total", 20000}, {"elb_avg", 14500}}, "a.csv");
    REQUIRE(yearly.size() == 1);
    CHECK(yearly[0].refused);
    CHECK(yearly[0].pointer == "integrations_total");
    CHECK(check_yearly_actuals({{"integrations_total", 20000}}, "a.csv").empty());  // no eLb: nothing to relate
}
