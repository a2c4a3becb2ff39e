#include <catch2/catch.hpp>

#include <bit>
#include <cmath>

#include "montecarlo/allocation.hpp"
#include "expected/expected_model.hpp"
#include "model/monthly_rules.hpp"
#include "model/indicators.hpp"
#include "model/population.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

nlohmann::json with_measures(const char* measures) {
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 5000;
    doc["inflow"] = {{"monthly_mean", 150}};
    doc["hazards"]["exit"]["base"] = 0.005;
    doc["hazards"]["integration"]["base"] = 0.01;
    doc["measures"] = nlohmann::json::parse(measures);
    return doc;
}

Results run(const nlohmann::json& doc, std::uint64_t replications, std::uint32_t seed = 1) {
    ProjectionOptions options;
    options.replications = replications;
    options.seed = seed;
    return project(test::model_of(doc), options);
}

const MeasureResult& measure(const Results& r, const std::string& id) {
    for (const auto& m : r.measures)
        if (m.id == id) return m;
    throw std::runtime_error("no measure " + id);
}

}  // namespace

TEST_CASE("each capacity kind fills as specified", "[measures]") {
    const Results r = run(with_measures(R"({
        "slots": {"capacity": {"slots": 120}, "duration_months": 4, "duration": "geometric"},
        "fixed_slots": {"capacity": {"slots": 30}, "duration_months": 3},
        "entries": {"capacity": {"entries": 110}, "duration_months": 2},
        "budget": {"capacity": {"budget": 60000}, "cost": {"per_entry": 500}}
    })"), 100);
    // Demand (5000 persons) suffices, so slots are always full: the mean occupancy is
    // the capacity exactly, not just within Monte Carlo error.
    CHECK(measure(r, "slots").occupancy_avg.mean == Approx(120).epsilon(1e-12));
    CHECK(measure(r, "slots").occupancy_avg.p05 == Approx(120).epsilon(1e-12));
    CHECK(measure(r, "fixed_slots").occupancy_avg.mean == Approx(30).epsilon(1e-12));
    // Planned entries per year are met exactly.
    CHECK(measure(r, "entries").entries.mean == 110.0);
    CHECK(measure(r, "entries").entries.p05 == 110.0);
    // Budget: 60,000 / 500 = 120 entries, and never a euro more.
    CHECK(measure(r, "budget").entries.mean == 120.0);
    CHECK(measure(r, "budget").spend.p95 <= 60000.0);
    // Slots measures start full: the carried-over participants are no entries of the
    // year, so entries are about 11 refills of 120 / 4 per month.
    CHECK(measure(r, "slots").entries.mean < 120.0 / 4 * 12);
    CHECK(measure(r, "slots").entries.mean > 120.0 / 4 * 9);
}

TEST_CASE("budget-limited measures never overspend, also with participant costs", "[measures]") {
    const Results r = run(with_measures(R"({
        "b": {"capacity": {"budget": 100000}, "duration_months": 5, "duration": "geometric",
              "cost": {"per_entry": 300, "per_participant_month": 400}}
    })"), 200);
    CHECK(measure(r, "b").spend.p95 <= 100000.0);
    CHECK(measure(r, "b").spend.mean > 80000.0);  // and the money is used
}

TEST_CASE("nobody ineligible ever enters a measure", "[measures]") {
    const nlohmann::json doc = with_measures(R"({
        "women_ltr": {"capacity": {"slots": 200}, "eligible": {"sex": "female", "ltr": true}, "duration_months": 3},
        "new": {"capacity": {"slots": 50}, "eligible": {"new_customer_months": 1}, "priority": "newest"},
        "long": {"capacity": {"entries": 300}, "eligible": {"min_months_in_benefit": 18, "single_parent": "yes"}}
    })");
    const Model model = test::model_of(doc);
    Workspace ws;
    ws.measures.resize(model.measures.size());
    const TallyLayout layout = tally_layout(model);
    std::vector<double> tally(layout.size());
    fill_start_population(model, 0.5, ws.stock);
    for (int month = 0; month < 3; ++month) {
        const std::vector<std::uint8_t> before = ws.stock.measure;
        draw_month_words({1, 0}, month, ws);
        allocate_measures(model, {1, 0}, month, ws, layout, tally);
        std::size_t entrants = 0;
        for (std::size_t i = 0; i < ws.stock.size(); ++i) {
            const int k = ws.stock.measure[i] - 1;
            if (k < 0 || before[i] != 0) continue;  // only this month's entrants
            ++entrants;
            const int months_in_benefit = std::popcount(ws.stock.history[i]);
            const std::uint16_t cell = ws.stock.cell[i];
            const std::string& id = model.measures[static_cast<std::size_t>(k)].spec.id;
            if (id == "women_ltr") {
                CHECK(model.cell_is_woman[cell]);
                CHECK(months_in_benefit >= kLtrMinMonths);
            } else if (id == "new") {
                CHECK(month - ws.stock.month_stamp[i] <= 1);
            } else {
                CHECK(months_in_benefit >= 18);
                CHECK(model.cell_is_single_parent[cell]);
            }
        }
        CHECK(entrants > 0);
        // Age the stock by a month between allocations, as the transition pass would.
        for (auto& h : ws.stock.history) h = ((h << 1) | 1u) & 0xFFFFFFu;
    }
}

TEST_CASE("the women-share rule holds and can be switched off", "[measures]") {
    // Men are served first by "longest in benefit" when men have longer spells: give
    // women the short spells by making them newcomers with a high exit rate.
    nlohmann::json doc = with_measures(R"({
        "m": {"capacity": {"entries": 240}, "priority": "random"}
    })");
    doc["allocation"] = {{"women_share_rule", true}, {"women_share_min", 0.8}};
    const Results on = run(doc, 100);
    CHECK(measure(on, "m").women_share_entries.p05 >= 0.8);
    doc["allocation"] = {{"women_share_rule", false}};
    const Results off = run(doc, 100);
    CHECK(measure(off, "m").women_share_entries.mean < 0.6);  // about the stock's 0.5
    // Default: the women's share of the stock (0.5 here).
    doc["allocation"] = {{"women_share_rule", true}};
    const Results stock_share = run(doc, 100);
    CHECK(measure(stock_share, "m").women_share_entries.p05 >= 0.49);
}

TEST_CASE("costs add up exactly in a deterministic case", "[measures]") {
    nlohmann::json doc = with_measures(R"({
        "places": {"capacity": {"slots": 10}, "duration_months": 12,
                   "cost": {"per_slot_month": 1000, "fixed": 24000}},
        "third": {"capacity": {"slots": 10}, "funded_by": "third_party", "cost": {"per_slot_month": 99}},
        "hires": {"capacity": {"entries": 24}, "integration_on_entry": true, "leaves_benefit": true,
                  "cost": {"per_entry": 2500}}
    })");
    doc["budget"] = {{"operative_egt", 500000}};
    const Results r = run(doc, 20);
    // 10 places x 12 months x 1000 + 24,000 fixed; 24 hires x 2,500.
    CHECK(measure(r, "places").spend.p05 == 144000.0);
    CHECK(measure(r, "places").spend.p95 == 144000.0);
    CHECK(measure(r, "hires").spend.mean == 60000.0);
    CHECK(measure(r, "third").spend.mean == 99 * 10 * 12.0);  // reported, but not EGT money
    CHECK(r.budget.spend.mean == 204000.0);
    CHECK(r.budget.remaining.mean == 296000.0);
    CHECK(r.budget.p_over_budget == 0.0);
    CHECK(r.monthly.back().spend_cum.mean == 204000.0);
    // Each hire is an integration and leaves the stock.
    CHECK(measure(r, "hires").integrations_after.mean == 24.0);
}

TEST_CASE("lock-in and post-effects move integrations the expected way", "[measures]") {
    const char* base = R"({"m": {"capacity": {"slots": 800}, "duration_months": 3, "duration": "geometric",
                                "effect": {"lock_in": 1.0, "post": 1.0, "post_months": 6}}})";
    nlohmann::json neutral = with_measures(base);
    nlohmann::json post = neutral, lock = neutral;
    post["measures"]["m"]["effect"]["post"] = 2.0;
    lock["measures"]["m"]["effect"]["lock_in"] = 0.2;
    // Same seed: common random numbers make the differences sharp.
    const double n = run(neutral, 200).indicator("integrations_total").summary.mean;
    const double p = run(post, 200).indicator("integrations_total").summary.mean;
    const double l = run(lock, 200).indicator("integrations_total").summary.mean;
    CHECK(p > n * 1.05);
    CHECK(l < n * 0.95);
}

TEST_CASE("subsidised employment: on-entry integrations and § 16i", "[measures]") {
    nlohmann::json doc = with_measures(R"({
        "egz": {"capacity": {"entries": 120}, "integration_on_entry": true, "leaves_benefit": true},
        "p16i": {"capacity": {"entries": 60}, "integration_on_entry": true, "counts_as_integration": false,
                 "duration_months": 24, "effect": {"lock_in": 0.0}}
    })");
    doc["hazards"]["integration"]["base"] = 0.0;  // only measures integrate
    doc["hazards"]["exit"]["base"] = 0.0;
    doc["inflow"]["monthly_mean"] = 0;
    const Results r = run(doc, 10);
    CHECK(r.indicator("integrations_total").summary.mean == 120.0);
    CHECK(r.indicator("elb_end").summary.mean == 1000.0 * 5 - 120.0);  // § 16i stays in the stock
    CHECK(measure(r, "p16i").entries.mean == 60.0);
    CHECK(measure(r, "p16i").integrations_after.mean == 0.0);
}

TEST_CASE("K2: at most one integration per person and month, in both models", "[measures][k2]") {
    // Everybody integrates by hazard every month (hazard 50) and stays in benefit; a
    // measure takes 10 persons a month for 24 months. No inflow, no exits: 200 persons,
    // 2,400 person-months.
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 200;
    doc["hazards"] = nlohmann::json::parse(R"({"integration": {"base": 50}, "exit": {"base": 0},
                                               "stays_in_benefit_share": 1})");
    const auto both_models = [](const nlohmann::json& scenario) {
        const Model model = test::model_of(scenario);
        return std::pair{run(scenario, 4), expected_results(model)};
    };
    SECTION("subsidised employment that counts (wage subsidy, § 16e) is integrated already") {
        // Entry counts; the job is not ended by a hazard "integration" and counts no
        // second time. Month m (0-based): 10 entrants count on entry, the 10 m earlier
        // entrants count nothing, the other 200 - 10 (m + 1) integrate by hazard.
        doc["measures"] = nlohmann::json::parse(
            R"({"job": {"capacity": {"entries": 120}, "duration_months": 24, "integration_on_entry": true}})");
        const auto [mc, expected] = both_models(doc);
        for (const Results* r : {&mc, &expected}) {
            CHECK(r->indicator("integrations_total").summary.mean == Approx(1740).epsilon(1e-12));
            CHECK(r->indicator("integrations_total").summary.mean <= 2400);
            // Participants 10, 20, ..., 120: the 24-month jobs all last.
            CHECK(measure(*r, "job").occupancy_avg.mean == Approx(65).epsilon(1e-12));
        }
        CHECK(mc.indicator("integrations_total").summary.max <= 2400);
    }
    SECTION("§ 16i employment, which K2 does not count: a regular job is an integration and ends it") {
        doc["measures"] = nlohmann::json::parse(R"({"p16i": {"capacity": {"entries": 120}, "duration_months": 24,
            "integration_on_entry": true, "counts_as_integration": false}})");
        const auto [mc, expected] = both_models(doc);
        for (const Results* r : {&mc, &expected}) {
            // One integration in every person-month, none more.
            CHECK(r->indicator("integrations_total").summary.mean == Approx(2400).epsilon(1e-12));
            // Entrants take up a regular job in the month they enter.
            CHECK(measure(*r, "p16i").occupancy_avg.mean == Approx(10).epsilon(1e-12));
        }
    }
}

TEST_CASE("a measure stops at its end month", "[measures]") {
    nlohmann::json doc = with_measures(R"({"m": {"capacity": {"slots": 40}, "end": "2022-08", "duration_months": 24,
                                                  "cost": {"per_slot_month": 100}}})");
    const Results r = run(doc, 10);
    // Paid for January to July only, and full until then.
    CHECK(measure(r, "m").spend.mean == 40 * 100 * 7.0);
    CHECK(measure(r, "m").occupancy_avg.mean == Approx(40.0));
}

TEST_CASE("geometric durations have the stated mean", "[measures]") {
    MeasureSpec spec;
    spec.duration_kind = DurationKind::Geometric;
    spec.duration_months = 6;
    double sum = 0;
    const int n = 100000;
    for (int i = 0; i < n; ++i)
        sum += draw_measure_duration(spec, random_words({1, 0}, static_cast<std::uint32_t>(i), 0, Stream::Allocation)[1]);
    // Geometric with mean 6 has sd sqrt(30); 4 standard errors.
    CHECK(std::abs(sum / n - 6.0) < 4 * std::sqrt(30.0 / n));
    spec.duration_kind = DurationKind::Fixed;
    CHECK(draw_measure_duration(spec, 12345) == 6);
}
