#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cmath>

#include "decisions_support.hpp"
#include "engine/csv_reader.hpp"
#include "engine/input_error.hpp"
#include "models/decisions/monthly_actuals.hpp"
#include "models/decisions/stock_rescaling.hpp"
#include "models/decisions/target_tracking.hpp"
#include "models/indicators.hpp"
#include "models/projection.hpp"
#include "models/simulate.hpp"

using namespace intsim;

namespace {

const char* kHeader = "month,elb,ltr,integrations,integrations_women,integrations_single_parents,integrations_ltr\n";

std::string actuals_error(const std::string& body, const Scenario& plan) {
    try {
        monthly_actuals_from_table(parse_csv(body, "m.csv"), "m.csv", plan);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

// Actuals that follow the plan's own monthly means (rounded) for the first `months` months.
std::vector<MonthlyActual> on_plan_actuals(const Results& plan, int months, const Scenario& s) {
    std::vector<MonthlyActual> out;
    for (int m = 0; m < months; ++m) {
        const MonthlyResult& r = plan.monthly[static_cast<std::size_t>(m)];
        MonthlyActual a;
        a.month = s.start.plus(m);
        a.elb = std::round(r.elb.mean);
        a.ltr = std::round(r.ltr.mean);
        a.integrations = std::round(r.integrations.mean);
        a.integrations_women = std::round(r.integrations.mean / 2);
        a.integrations_single_parents = std::round(r.integrations.mean / 10);
        a.integrations_ltr = std::round(r.integrations.mean / 2);
        out.push_back(a);
    }
    return out;
}

}  // namespace

TEST_CASE("monthly actuals are read and checked against the plan", "[tracking]") {
    const Scenario plan = parse_scenario(test::busy_scenario(), "s.json");
    const std::string good = std::string("# synthetic\n") + kHeader + "2022-01,1000,600,25,12,3,10\n2022-02,990,598,27,13,2,12\n";
    const auto actuals = monthly_actuals_from_table(parse_csv(good, "m.csv"), "m.csv", plan);
    REQUIRE(actuals.size() == 2);
    CHECK(actuals[1].month.text() == "2022-02");
    CHECK(actuals[1].line == 4);
    CHECK(actuals[1].integrations_ltr == 12);
    // Columns in another order and the German dialect are fine.
    const std::string german =
        "\xEF\xBB\xBFintegrations;month;elb;ltr;integrations_women;integrations_single_parents;integrations_ltr\n"
        "25;2022-01;1.000;600;12;3;10\n";
    CHECK(monthly_actuals_from_table(parse_csv(german, "m.csv"), "m.csv", plan)[0].elb == 1000);

    const std::string h = kHeader;
    CHECK(actuals_error(h + "2022-02,1000,600,25,12,3,10\n", plan) ==
          "m.csv: line 2: expected the month 2022-01 (the first row is the scenario's start month), found 2022-02");
    CHECK(actuals_error(h + "2022-01,1000,600,25,12,3,10\n2022-03,1000,600,25,12,3,10\n", plan) ==
          "m.csv: line 3: expected the month 2022-02 (one row per month, consecutive), found 2022-03");
    CHECK(actuals_error(h + "2022-1,1000,600,25,12,3,10\n", plan) ==
          "m.csv: line 2: column \"month\": expected a month as YYYY-MM, found \"2022-1\"");
    CHECK(actuals_error(h + "2022-01,1000,600,2.5,1,0,1\n", plan) ==
          "m.csv: line 2: column \"integrations\": expected a whole number >= 0 (plain dialect, as the header is "
          "separated by ',': decimal point, no thousands separator, as in 10872 or 0.5), found \"2.5\"");
    CHECK(actuals_error(h + "2022-01,many,600,25,12,3,10\n", plan) ==
          "m.csv: line 2: column \"elb\": expected a whole number >= 0, found \"many\"");
    CHECK(actuals_error(h + "2022-01,10000000000,600,25,12,3,10\n", plan) ==
          "m.csv: line 2: column \"elb\": expected at most 1000000000 (a count of people in one jobcenter), found "
          "\"10000000000\"");
    CHECK(actuals_error(h + "2022-01,-1,0,0,0,0,0\n", plan).find("line 2: column \"elb\"") != std::string::npos);
    CHECK(actuals_error(h + "2022-01,500,600,25,12,3,10\n", plan).find("line 2: expected ltr <= elb") != std::string::npos);
    CHECK(actuals_error(h + "2022-01,1000,600,25,26,3,10\n", plan).find("line 2: expected integrations_women <= integrations") !=
          std::string::npos);
    CHECK(actuals_error(h, plan) == "m.csv: line 2: expected at least one month of actuals after the header");
    CHECK(actuals_error("month,elb,ltr,integrations,integrations_women,integrations_single_parent,integrations_ltr\n2022-01,1,1,1,1,1,1\n",
                        plan)
              .find("line 1: unknown column \"integrations_single_parent\" (did you mean \"integrations_single_parents\"?)") !=
          std::string::npos);
    CHECK(actuals_error("month,elb,integrations,integrations_women,integrations_single_parents,integrations_ltr\n2022-01,1,1,1,1,1\n",
                        plan)
              .find("line 1: expected a column \"ltr\"") != std::string::npos);
    CHECK(actuals_error("month,elb,ltr,integrations,integrations_women,integrations_single_parents,integrations_ltr,integrationz\n",
                        plan)
              .find("unknown column \"integrationz\" (did you mean \"integrations\"?)") != std::string::npos);
    std::string thirteen = h;
    for (int m = 0; m < 13; ++m) thirteen += plan.start.plus(m).text() + ",1000,600,25,12,3,10\n";
    CHECK(actuals_error(thirteen, plan) == "m.csv: line 14: expected at most 12 months (the scenario covers 2022-01 to 2022-12)");
}

TEST_CASE("rescaling moves each stratum by the observed difference, copies get fresh uids", "[tracking]") {
    const Model model = test::model_of(test::busy_scenario());
    const StreamKey key{3, 7};
    const std::size_t width = tally_layout(model).size();
    for (const auto& [d_ltr, d_other] : {std::pair{-40, 25}, std::pair{30, -50}, std::pair{0, 0}}) {
        std::vector<double> tally(width);
        std::size_t before[2] = {0, 0}, after[2] = {0, 0};
        std::size_t measure_places_after = 0, occupied_after = 0;
        std::vector<std::uint32_t> uids;
        const MonthEndHook hook = [&](int month, StreamKey k, std::span<const double> t, Workspace& ws) {
            if (month != 4) return;
            const TallyLayout layout = tally_layout(model);
            const double elb = t[layout.monthly(MonthlyField::Elb, 4)], ltr = t[layout.monthly(MonthlyField::Ltr, 4)];
            for (auto h : ws.stock.history) ++before[std::popcount(h) >= kLtrMinMonths ? 0 : 1];
            const ObservedStock observed{4, static_cast<std::int64_t>(elb) + d_ltr + d_other,
                                         static_cast<std::int64_t>(ltr) + d_ltr};
            rescale_stock(model, k, observed, t, ws);
            for (auto h : ws.stock.history) ++after[std::popcount(h) >= kLtrMinMonths ? 0 : 1];
            uids = ws.stock.uid;
            for (auto m : ws.stock.measure) measure_places_after += m != 0;
            occupied_after = static_cast<std::size_t>(ws.measures[0].occupied);
        };
        Workspace workspace;
        simulate_replication(model, key, workspace, tally, hook);
        CHECK(static_cast<long>(after[0]) - static_cast<long>(before[0]) == d_ltr);
        CHECK(static_cast<long>(after[1]) - static_cast<long>(before[1]) == d_other);
        std::sort(uids.begin(), uids.end());
        CHECK(std::adjacent_find(uids.begin(), uids.end()) == uids.end());
        // Removed participants free their places: the measure's count matches its persons.
        CHECK(measure_places_after == occupied_after);
    }
}

TEST_CASE("tracking keeps the plan's months and is unbiased on plan", "[tracking][statistical]") {
    const Model plan = test::model_of(test::busy_scenario());
    const std::uint64_t n = 1000;
    ProjectionOptions options;
    options.replications = n;
    options.seed = 11;
    const Results plan_results = project(plan, options);

    // Months up to the last observed one are the plan's, draw for draw.
    const auto plain = simulate_tallies(plan, 11, 0, 20, {});
    const auto rescaled = simulate_rescaled_tallies(plan, 11, 20, {4, 900, 500}, {});
    const TallyLayout layout = tally_layout(plan);
    for (std::size_t r = 0; r < 20; ++r)
        for (std::size_t m = 0; m < 12; ++m)
            for (auto f : {MonthlyField::Elb, MonthlyField::Ltr, MonthlyField::Integrations, MonthlyField::Inflow}) {
                const double a = plain[r * layout.size() + layout.monthly(f, m)];
                const double b = rescaled[r * layout.size() + layout.monthly(f, m)];
                if (m <= 4) REQUIRE(a == b);
            }

    // Actuals exactly on the plan's monthly means: the tracked year must be the plan's
    // year. Tolerance: 4 standard errors of the difference of two independent means
    // (sqrt(se_plan^2 + se_tracked^2)), plus the rounding of the five monthly actuals.
    TrackOptions track;
    track.replications = n;
    track.seed = 12;
    const TrackResult t = track_targets(plan, on_plan_actuals(plan_results, 5, plan.scenario), track);
    REQUIRE(t.remaining_months == 7);
    REQUIRE(t.restart_month == "2022-06");
    const auto index = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(t.indicator_names.begin(), t.indicator_names.end(), name) -
                                        t.indicator_names.begin());
    };
    for (const char* name : {"integrations_total", "elb_avg", "ltr_avg", "ltr_end"}) {
        const Summary& tracked = t.indicators[index(name)];
        const Summary& planned = plan_results.indicator(name).summary;
        const double tolerance = 4 * std::hypot(planned.mc_se, tracked.mc_se) + 2.5;
        INFO(name << ": tracked " << tracked.mean << ", plan " << planned.mean << ", tolerance " << tolerance);
        CHECK(std::abs(tracked.mean - planned.mean) < tolerance);
        // Five months are known: the year is less uncertain than the plan's.
        CHECK(tracked.sd < planned.sd);
    }
    REQUIRE(t.early_warning.size() == 5);
    for (const auto& m : t.early_warning) CHECK(m.elb.position == BandPosition::Inside);

    // The cumulative projection counts the year once: December is the year's total in
    // every replication (same order statistics), and each month's quantiles are ordered.
    REQUIRE(t.projection.size() == 7);
    const Summary& year = t.indicators[index("integrations_total")];
    const Quantiles& december = t.projection.back().integrations_cum;
    CHECK(december.mean == Approx(year.mean).epsilon(1e-12));
    CHECK(december.p05 == year.p05);
    CHECK(december.p50 == year.p50);
    CHECK(december.p95 == year.p95);
    double previous_mean = 0;
    for (const auto& m : t.projection) {
        const Quantiles& q = m.integrations_cum;
        CHECK(q.p05 <= q.p25);
        CHECK(q.p25 <= q.p50);
        CHECK(q.p50 <= q.p75);
        CHECK(q.p75 <= q.p95);
        CHECK(q.mean > previous_mean);
        previous_mean = q.mean;
    }
}

TEST_CASE("tracking: targets, what is needed, warnings, a finished year", "[tracking]") {
    const Model plan = test::model_of(test::busy_scenario());
    TrackOptions options;
    options.replications = 50;
    // Three months far below the plan: integrations fall outside the band.
    std::vector<MonthlyActual> actuals;
    for (int m = 0; m < 3; ++m) {
        MonthlyActual a;
        a.month = plan.scenario.start.plus(m);
        a.elb = 1000;
        a.ltr = 600;
        a.integrations = 2;
        a.integrations_women = a.integrations_single_parents = a.integrations_ltr = 1;
        actuals.push_back(a);
    }
    const TrackResult t = track_targets(plan, actuals, options);
    REQUIRE(t.targets.size() == 2);
    const TrackedTarget& integrations = t.targets[0];
    CHECK(integrations.indicator == "integrations_total");
    CHECK(integrations.year_to_date == 6.0);
    // 230 - 6 over nine months.
    CHECK(integrations.needed_per_month == Approx((230.0 - 6.0) / 9.0));
    CHECK(integrations.unit == "integrations per month");
    CHECK(*integrations.projected_per_month == Approx((integrations.year.mean - 6.0) / 9.0));
    const TrackedTarget& ltr = t.targets[1];
    CHECK(ltr.indicator == "ltr_avg");
    CHECK(ltr.target.direction == Direction::Lower);
    CHECK(*ltr.needed_per_month == Approx((600.0 * 12 - 1800.0) / 9.0));
    for (const auto& m : t.early_warning) CHECK(m.integrations.position == BandPosition::Below);
    CHECK(t.p_all_targets_met.has_value());
    CHECK(t.untracked_targets.empty());

    // A whole year observed: nothing left to project, the targets are met or not.
    std::vector<MonthlyActual> year;
    for (int m = 0; m < 12; ++m) {
        MonthlyActual a = actuals[0];
        a.month = plan.scenario.start.plus(m);
        a.integrations = 20;
        a.ltr = 590;
        year.push_back(a);
    }
    const TrackResult done = track_targets(plan, year, options);
    CHECK(done.remaining_months == 0);
    CHECK(done.restart_month.empty());
    CHECK(done.projection.empty());
    CHECK(done.targets[0].p_target_met == 1.0);  // 240 >= 230
    CHECK(done.targets[1].p_target_met == 1.0);  // 590 <= 600
    CHECK_FALSE(done.targets[0].needed_per_month);
}
