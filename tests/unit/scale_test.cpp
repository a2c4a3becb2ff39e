// The edges of scale: nobody, one person, ten years, measures without places, and the
// limits of the person ids. (The Germany-size run is measured in docs/reliability.md.)
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "engine/document.hpp"
#include "model/build_model.hpp"
#include "model/indicators.hpp"
#include "model/population.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

Results run(const nlohmann::json& doc, std::uint64_t replications) {
    ProjectionOptions options;
    options.replications = replications;
    return project(test::model_of(doc), options);
}

nlohmann::json with_every_measure_kind(nlohmann::json doc, double capacity) {
    doc["measures"] = {
        {"slots", {{"capacity", {{"slots", capacity}}}, {"duration_months", 3}, {"cost", {{"per_slot_month", 100}}}}},
        {"entries", {{"capacity", {{"entries", capacity}}}, {"integration_on_entry", true}, {"leaves_benefit", true}}},
        {"budget", {{"capacity", {{"budget", capacity}}}, {"cost", {{"per_entry", 1000}, {"fixed", 1200}}}}}};
    return doc;
}

void check_all_finite(const Results& r) {
    for (const auto& indicator : r.indicators) {
        INFO(indicator.name);
        CHECK(std::isfinite(indicator.summary.mean));
        CHECK(std::isfinite(indicator.summary.sd));
        if (indicator.directed) CHECK(std::isfinite(indicator.offer_p80.value()));
    }
}

}  // namespace

TEST_CASE("a jobcenter without anybody runs and reports zeros", "[scale]") {
    nlohmann::json doc = with_every_measure_kind(test::minimal_scenario(), 10);
    doc["population"]["elb"] = 0;
    doc["inflow"] = {{"monthly_mean", 0}, {"reentry", {{"within_months", 6}, {"monthly_rate", 0.5}}}};
    doc["targets"] = {{"integrations_total", 1}};
    const Results r = run(doc, 7);
    check_all_finite(r);
    CHECK(r.indicator("elb_avg").summary.max == 0.0);
    CHECK(r.indicator("integrations_total").summary.max == 0.0);
    CHECK(r.indicator("integration_rate").summary.max == 0.0);  // 0 / 0 is reported as 0
    CHECK(r.indicator("integrations_total").p_target_met == 0.0);
    for (const auto& m : r.measures) CHECK(m.entries.mean == 0.0);  // counts are >= 0: a zero mean means zero everywhere
}

TEST_CASE("a jobcenter of one person", "[scale]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 1;
    const Results r = run(doc, 400);
    check_all_finite(r);
    // Systematic sampling gives exactly one person in every replication.
    CHECK(r.monthly[0].elb.p95 <= 1.0);
    CHECK(r.indicator("elb_avg").summary.max <= 1.0);
    // Nobody stays after integrating, so at most one integration per replication.
    CHECK(r.indicator("integrations_total").summary.max == 1.0);
    CHECK(r.indicator("integrations_total").summary.min == 0.0);
    // P(integrates within 12 months) = (1 - exp(-12 H)) h_i / H; 400 Bernoulli draws,
    // tolerance 4 standard errors.
    const double h = 0.03, p = (1 - std::exp(-12 * h)) * 0.02 / h;
    CHECK(std::abs(r.indicator("integrations_total").summary.mean - p) < 4 * std::sqrt(p * (1 - p) / 400));
}

TEST_CASE("measures with no places, entries or money take nobody and cost only their fixed part", "[scale][measures]") {
    const Results r = run(with_every_measure_kind(test::minimal_scenario(), 0), 5);
    check_all_finite(r);
    for (const auto& m : r.measures) {
        INFO(m.id);
        CHECK(m.entries.mean == 0.0);  // counts are >= 0: a zero mean means zero everywhere
        CHECK(m.occupancy_avg.mean == 0.0);
    }
    // Only the budget measure's fixed commitments are spent: 1,200 a year.
    CHECK(r.indicator("budget_spend").summary.min == Approx(1200.0));
    CHECK(r.indicator("budget_spend").summary.max == Approx(1200.0));
}

TEST_CASE("ten years with inflow, re-entry and measures", "[scale]") {
    nlohmann::json doc = with_every_measure_kind(test::minimal_scenario(), 40);
    doc["months"] = kMaxHorizonMonths;
    doc["inflow"] = {{"monthly_mean", 30}, {"reentry", {{"within_months", 24}, {"monthly_rate", 0.05}}}};
    const Model model = test::model_of(doc);
    const Results r = run(doc, 8);
    check_all_finite(r);
    REQUIRE(r.monthly.size() == 120);
    CHECK(r.monthly.back().month == "2031-12");
    // Balance of the stock over the horizon, replication by replication: start + arrivals
    // (newcomers and returners) - exits = end.
    const TallyLayout layout = tally_layout(model);
    const auto tallies = simulate_tallies(model, 3, 0, 4, RunControl{1, {}, nullptr});
    for (std::size_t rep = 0; rep < 4; ++rep) {
        const auto t = std::span<const double>(tallies).subspan(rep * layout.size(), layout.size());
        double arrivals = 0, exits = 0;
        for (std::size_t m = 0; m < layout.months; ++m) {
            arrivals += t[layout.monthly(MonthlyField::Inflow, m)];
            exits += t[layout.monthly(MonthlyField::Exits, m)];
        }
        CHECK(t[layout.start_elb()] + arrivals - exits == t[layout.monthly(MonthlyField::Elb, layout.months - 1)]);
    }
}

TEST_CASE("person ids stay unique up to the limits", "[scale]") {
    // Start persons count up from 0 (below 2^31); newcomers carry the month in 9 bits
    // and their number in 22: the last newcomer of the last month is still a newcomer id.
    std::set<std::uint32_t> ids;
    for (int month : {0, 1, kMaxHorizonMonths - 1})
        for (std::uint32_t j : {0u, 1u, kMaxNewcomersPerMonth - 1})
            CHECK(ids.insert(newcomer_uid(month, j)).second);
    CHECK(newcomer_uid(kMaxHorizonMonths - 1, kMaxNewcomersPerMonth - 1) >= 0x80000000u);
    CHECK(newcomer_uid(0, 0) == 0x80000000u);
    CHECK(newcomer_uid(1, 0) == 0x80000000u + kMaxNewcomersPerMonth);
}

TEST_CASE("a replication that draws too many newcomers stops with an input error", "[scale]") {
    // The mean passes build_model's check, but a replication factor of exp(3 z) can
    // multiply it past the 22-bit newcomer space: that must be an error, never a cut.
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 0;
    doc["months"] = 1;
    doc["inflow"] = {{"monthly_mean", 2000000}};
    doc["uncertainty"]["inflow_sd"] = 3;
    const Model model = test::model_of(doc);
    // Find a replication whose inflow factor is > 2.2 (z > 0.27: about 40 % of them).
    std::uint32_t rep = 0;
    while (draw_replication_factors(model, StreamKey{1, rep}).levels[0].inflow < 2.2) ++rep;
    Workspace workspace;
    std::vector<double> tally(tally_layout(model).size());
    CHECK_THROWS_WITH(simulate_replication(model, StreamKey{1, rep}, workspace, tally),
                      Catch::Contains("/inflow/monthly_mean") && Catch::Contains("newcomers"));
}

TEST_CASE("the start stock is exactly elb in every replication, also at Germany size", "[scale][population]") {
    // Thousands of strata of ~500 persons each: a plain running sum of their expected
    // counts drifts by many ulps of 3.9 million; the total must still come out whole.
    const Model model = build_model(parse_scenario(
        load_document(std::string(INTSIM_SOURCE_DIR) + "/scenarios/synthetic/germany.json").json, "germany.json"));
    std::vector<double> expected;
    for (const auto& stratum : model.start_strata) expected.push_back(stratum.expected);
    INFO(expected.size() << " strata");
    // The extreme offsets uniform_open01 can produce, and some in between.
    for (double offset : {0.5 / 4294967296.0, 1e-7, 0.25, 0.5, 0.999999, 1.0 - 0.5 / 4294967296.0}) {
        const auto counts = systematic_counts(expected, offset);
        std::int64_t total = 0;
        for (auto c : counts) {
            CHECK(c >= 0);
            total += c;
        }
        INFO("offset " << offset);
        CHECK(total == model.scenario.start_elb);
    }
}

TEST_CASE("strata that expect nobody get nobody, whatever the offset", "[population]") {
    // The largest offset uniform_open01 gives is 1 - 2^-33; an additive guard once gave
    // the first, empty stratum a person there.
    const std::vector<double> expected = {0.0, 0.5, 0.0, 0.5, 0.0};
    for (double offset : {0.0, 0.5 / 4294967296.0, 0.5, 1.0 - 0.5 / 4294967296.0}) {
        const auto counts = systematic_counts(expected, offset);
        INFO("offset " << offset);
        CHECK(counts[0] == 0);
        CHECK(counts[2] == 0);
        CHECK(counts[4] == 0);
        CHECK(counts[1] + counts[3] == 1);
    }
}
