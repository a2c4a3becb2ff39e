// The fast path (simulate_replication: the Highway sweep, the key rings, the candidate
// lists, the bounds that skip work) against the month told plainly
// (montecarlo/reference_month.hpp), replication by replication, tally to the byte: on the
// golden outputs' small programme (every kind of measure, the women-share rule, re-entry,
// rule-ordered and random measures, a budget, an end date), with after-effects that run on
// and employers' demand with deadweight, without the women-share rule, over 24 months,
// and on Lahn-Dill 2022 (published effects, LZB rules, the full programme).
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/document.hpp"
#include "model/build_model.hpp"
#include "model/scenario.hpp"
#include "model/tally.hpp"
#include "montecarlo/reference_month.hpp"
#include "montecarlo/simulate.hpp"

namespace {

using namespace intsim;

// The scenario as the command line reads it (extends and files resolved).
nlohmann::json scenario_file(const std::string& path) {
    return load_document(std::string(INTSIM_SOURCE_DIR) + "/" + path).json;
}

// The first month (1-based) and field where two tallies differ, for the message.
std::string first_difference(const Model& model, const std::vector<double>& fast, const std::vector<double>& reference) {
    const TallyLayout layout = tally_layout(model);
    for (std::size_t i = 0; i < fast.size(); ++i) {
        if (std::memcmp(&fast[i], &reference[i], sizeof(double)) == 0) continue;
        std::string where = "slot " + std::to_string(i);
        if (i < layout.measure(MeasureField::Entries, 0))
            where = "monthly field " + std::to_string(i / layout.months) + ", month " + std::to_string(i % layout.months + 1);
        else if (i < layout.start_elb())
            where = "measure field " + std::to_string((i - layout.measure(MeasureField::Entries, 0)) / layout.measures) +
                    ", measure " + model.measures[(i - layout.measure(MeasureField::Entries, 0)) % layout.measures].spec.id;
        return where + ": fast " + std::to_string(fast[i]) + ", reference " + std::to_string(reference[i]);
    }
    return "none";
}

void same_bytes(const nlohmann::json& document, int replications) {
    const Model model = build_model(parse_scenario(document, "reference.json"));
    const std::size_t size = tally_layout(model).size();
    Workspace workspace;
    for (int rep = 0; rep < replications; ++rep) {
        const StreamKey key{11, static_cast<std::uint32_t>(rep), 0};
        std::vector<double> fast(size), reference(size);
        simulate_replication(model, key, workspace, fast);
        reference_replication(model, key, reference);
        INFO("replication " << rep << ", first difference: " << first_difference(model, fast, reference));
        CHECK(std::memcmp(fast.data(), reference.data(), size * sizeof(double)) == 0);
        // Not an empty agreement: people were counted, entered measures and integrated.
        const TallyLayout layout = tally_layout(model);
        CHECK(reference[layout.person_months()] > 0);
        double integrations = 0, entries = 0;
        for (std::size_t m = 0; m < layout.months; ++m) integrations += reference[layout.monthly(MonthlyField::Integrations, m)];
        for (std::size_t k = 0; k < layout.measures; ++k) entries += reference[layout.measure(MeasureField::Entries, k)];
        CHECK(integrations > 0);
        CHECK((layout.measures == 0 || entries > 0));
    }
}

}  // namespace

TEST_CASE("the fast month gives the reference month's bytes: the small programme", "[reference_month]") {
    same_bytes(scenario_file("tests/golden/scenarios/small-programme.json"), 4);
}

TEST_CASE("the fast month gives the reference month's bytes: after-effects run on, deadweight, employers' demand",
          "[reference_month]") {
    nlohmann::json doc = scenario_file("tests/golden/scenarios/small-programme.json");
    doc["measures"]["wage_subsidy"]["employer_demand"] = {{"entries_per_year", 300}, {"deadweight_share", 0.4}};
    same_bytes(doc, 3);
}

TEST_CASE("the fast month gives the reference month's bytes: no women-share rule, 24 months", "[reference_month]") {
    nlohmann::json doc = scenario_file("tests/golden/scenarios/small-programme.json");
    doc["allocation"]["women_share_rule"] = false;
    doc["months"] = 24;
    same_bytes(doc, 2);
}

TEST_CASE("the fast month gives the reference month's bytes: Lahn-Dill 2022", "[reference_month]") {
    same_bytes(scenario_file("scenarios/lahn-dill-2022.json"), 2);
}
