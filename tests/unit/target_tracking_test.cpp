#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cmath>

#include <fmt/format.h>

#include "decisions/track/actuals_table.hpp"
#include "decisions_support.hpp"
#include "engine/csv_reader.hpp"
#include "engine/csv_values.hpp"
#include "engine/input_error.hpp"
#include "decisions/track/monthly_actuals.hpp"
#include "decisions/track/stock_rescaling.hpp"
#include "decisions/track/target_tracking.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"

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
MonthlyActuals on_plan_actuals(const Results& plan, int months, const Scenario& s) {
    MonthlyActuals out;
    for (int m = 0; m < months; ++m) {
        const MonthlyResult& r = plan.monthly[static_cast<std::size_t>(m)];
        MonthlyActual a;
        a.month = s.start.plus(m);
        a[ActualField::Elb] = std::round(r.elb.mean);
        a[ActualField::Ltr] = std::round(r.ltr.mean);
        a[ActualField::Integrations] = std::round(r.integrations.mean);
        a[ActualField::IntegrationsWomen] = std::round(r.integrations.mean / 2);
        a[ActualField::IntegrationsSingleParents] = std::round(r.integrations.mean / 10);
        a[ActualField::IntegrationsLtr] = std::round(r.integrations.mean / 2);
        out.months.push_back(a);
    }
    return out;
}

}  // namespace

TEST_CASE("monthly actuals are read and checked against the plan", "[tracking]") {
    const Scenario plan = parse_scenario(test::busy_scenario(), "s.json");
    const std::string good = std::string("# synthetic\n") + kHeader + "2022-01,1000,600,25,12,3,10\n2022-02,990,598,27,13,2,12\n";
    const auto actuals = monthly_actuals_from_table(parse_csv(good, "m.csv"), "m.csv", plan).months;
    REQUIRE(actuals.size() == 2);
    CHECK(actuals[1].month.text() == "2022-02");
    CHECK(actuals[1].line == 4);
    CHECK(actuals[1][ActualField::IntegrationsLtr] == 12);
    // Columns in another order and the German dialect are fine.
    const std::string german =
        "\xEF\xBB\xBFintegrations;month;elb;ltr;integrations_women;integrations_single_parents;integrations_ltr\n"
        "25;2022-01;1.000;600;12;3;10\n";
    CHECK(monthly_actuals_from_table(parse_csv(german, "m.csv"), "m.csv", plan).months[0][ActualField::Elb] == 1000);

    const std::string h = kHeader;
    CHECK(actuals_error(h + "2022-02,1000,600,25,12,3,10\n", plan) ==
          "m.csv: line 2: expected the month 2022-01 (the first row is the scenario's start month), found 2022-02");
    CHECK(actuals_error(h + "2022-01,1000,600,25,12,3,10\n2022-03,1000,600,25,12,3,10\n", plan) ==
          "m.csv: line 3: expected the month 2022-02 (one row per month, consecutive), found 2022-03");
    CHECK(actuals_error(h + "2022-1,1000,600,25,12,3,10\n", plan) ==
          "m.csv: line 2, column 1: column \"month\": expected a month as 2025-05, 01.05.2025, 05.2025 or Mai 2025, found "
          "\"2022-1\"");
    CHECK(actuals_error(h + "2022-01,1000,600,2.5,1,0,1\n", plan) ==
          "m.csv: line 2, column 4: column \"integrations\": expected a whole number >= 0 or an empty cell (plain dialect, as the header is "
          "separated by ',': decimal point, no thousands separator, as in 10872 or 0.5), found \"2.5\"");
    CHECK(actuals_error(h + "2022-01,many,600,25,12,3,10\n", plan) ==
          "m.csv: line 2, column 2: column \"elb\": expected a whole number >= 0 or an empty cell, found \"many\"");
    CHECK(actuals_error(h + "2022-01,10000000000,600,25,12,3,10\n", plan) ==
          "m.csv: line 2, column 2: column \"elb\": expected at most 1000000000 (a count of people in one jobcenter), found "
          "\"10000000000\"");
    CHECK(actuals_error(h + "2022-01,-1,0,0,0,0,0\n", plan).find("line 2, column 2: column \"elb\"") != std::string::npos);
    CHECK(actuals_error(h + "2022-01,500,600,25,12,3,10\n", plan).find("line 2: expected ltr <= elb") != std::string::npos);
    CHECK(actuals_error(h + "2022-01,1000,600,25,26,3,10\n", plan).find("line 2: expected integrations_women <= integrations") !=
          std::string::npos);
    CHECK(actuals_error(h, plan) == "m.csv: line 2: expected at least one month of actuals after the header");
    CHECK(actuals_error("month,elb,ltr,integrations,integrations_women,integrations_single_parent,integrations_ltr\n2022-01,1,1,1,1,1,1\n",
                        plan)
              .find("line 1: unknown column \"integrations_single_parent\" (did you mean \"integrations_single_parents\"?)") !=
          std::string::npos);
    CHECK(actuals_error("elb,ltr\n1000,600\n", plan).find("line 1: expected a column \"month\"") != std::string::npos);
    CHECK(actuals_error("month\n2022-01\n", plan).find("line 1: expected at least one figure column besides \"month\"") !=
          std::string::npos);
    CHECK(actuals_error(h + "2022-01,1000,600,25,12,3,10\n2022-02,,,,,,\n2022-03,1000,600,25,12,3,10\n", plan) ==
          "m.csv: line 3: expected at least one figure for 2022-02 (every cell of the month is empty; leave out months "
          "nothing is known of yet)");
    CHECK(actuals_error(h + "2021-12,1000,600,25,12,3,10\n", plan).find("expected the month 2022-01") != std::string::npos);
    CHECK(actuals_error("month,elb,ltr,integrations,integrations_women,integrations_single_parents,integrations_ltr,integrationz\n",
                        plan)
              .find("unknown column \"integrationz\" (did you mean \"integrations\"?)") != std::string::npos);
    std::string thirteen = h;
    for (int m = 0; m < 13; ++m) thirteen += plan.start.plus(m).text() + ",1000,600,25,12,3,10\n";
    CHECK(actuals_error(thirteen, plan) == "m.csv: line 14: expected at most 12 months (track follows the plan's first calendar year, 2022-01 to 2022-12)");
}

TEST_CASE("actuals as they arrive: empty cells and missing columns", "[tracking]") {
    const Scenario plan = parse_scenario(test::busy_scenario(), "s.json");
    // Stocks to March, integrations to January only; no subgroup columns at all.
    const std::string text = "month,elb,ltr,integrations\n2022-01,1000,600,25\n2022-02,990,598,\n2022-03,985,,\n";
    const MonthlyActuals a = monthly_actuals_from_table(parse_csv(text, "m.csv"), "m.csv", plan);
    REQUIRE(a.months.size() == 3);
    CHECK(a.columns == std::vector<std::string>{"elb", "ltr", "integrations"});
    CHECK(a.months[0][ActualField::Integrations] == 25);
    CHECK_FALSE(a.months[1][ActualField::Integrations]);
    CHECK_FALSE(a.months[2][ActualField::Ltr]);
    CHECK(a.months[2][ActualField::Elb] == 985);
    CHECK_FALSE(a.months[0][ActualField::IntegrationsWomen]);
    CHECK(a.derived.empty());
    const YearToDate y = year_to_date(a.months);
    CHECK(y.sum[static_cast<std::size_t>(ActualField::Integrations)] == 25);
    CHECK(y.months[static_cast<std::size_t>(ActualField::Integrations)] == 1);
    CHECK(y.last[static_cast<std::size_t>(ActualField::Ltr)] == 598);
    CHECK(y.months[static_cast<std::size_t>(ActualField::Elb)] == 3);
}

TEST_CASE("the BA's key figures: rolling 12-month sums become months", "[tracking]") {
    nlohmann::json doc = test::busy_scenario();
    doc["hazards"]["integration"]["season"] = {2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};  // January: 2/13 of a year
    const Scenario plan = parse_scenario(doc, "s.json");
    const auto read = [&](const std::string& text) {
        return monthly_actuals_from_table(parse_csv(text, "k.csv"), "k.csv", plan);
    };
    // Without the months of the year before: the month leaving the window is the season's
    // share of the rolling sum before, and its chance is kept as approximation variance.
    const MonthlyActuals estimated =
        read("month,integrations_12m,elb_avg_12m,k2,ltr\n2021-12,260,1000,26.0,600\n2022-01,265,1001,26.5,602\n"
             "2022-02,262,,,598\n");
    REQUIRE(estimated.months.size() == 2);
    CHECK(estimated.months[0].month.text() == "2022-01");
    CHECK(*estimated.months[0][ActualField::Integrations] == Approx(265.0 - 260.0 + 260.0 * 2.0 / 13.0));
    CHECK(estimated.months[0].approximation_variance[static_cast<std::size_t>(ActualField::Integrations)] ==
          Approx(260.0 * 2.0 / 13.0));
    CHECK(*estimated.months[1][ActualField::Integrations] == Approx(262.0 - 265.0 + 265.0 / 13.0));
    CHECK(estimated.months[0].derived[static_cast<std::size_t>(ActualField::Integrations)]);
    CHECK(estimated.months[1][ActualField::Ltr] == 598);
    CHECK_FALSE(estimated.months[0][ActualField::Elb]);  // a stock never comes from a guess
    REQUIRE(estimated.derived.size() == 1);
    const DerivedFigures& note = estimated.derived[0];
    CHECK((note.field == ActualField::Integrations && note.column == "integrations_12m" && !note.exact));
    REQUIRE(note.months.size() == 1);
    CHECK((note.months[0].first.text() == "2022-01" && note.months[0].second.text() == "2022-02"));

    // With the previous year's months in the file: exact, for the stock as well.
    std::string text = "month,integrations,elb,integrations_12m,elb_avg_12m\n";
    double sum = 0;
    for (int m = 1; m <= 12; ++m) {
        sum += 20 + m;
        text += fmt::format("2021-{:02d},{},{},{},{}\n", m, 20 + m, 1000 + m, m == 12 ? fmt::format("{}", sum) : "",
                            m == 12 ? "1006.5" : "");
    }
    text += fmt::format("2022-01,,,{},1008.5\n", sum + 4);  // January 2022 brought 21 + 4
    const MonthlyActuals exact = read(text);
    REQUIRE(exact.months.size() == 1);
    CHECK(exact.months[0][ActualField::Integrations] == 25);
    CHECK(exact.months[0][ActualField::Elb] == 12 * (1008.5 - 1006.5) + 1001);  // + January 2021's stock
    CHECK(exact.months[0].approximation_variance[static_cast<std::size_t>(ActualField::Integrations)] == 0);
    CHECK(exact.derived.size() == 2);
    CHECK((exact.derived[0].exact && exact.derived[1].exact && !exact.derived[1].rolling_sum));

    const auto error = [&](const std::string& body) {
        try {
            read(body);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    CHECK(error("month,integrations_12m,elb_avg_12m,k2\n2021-12,260,1000,24.0\n") ==
          "k.csv: line 2: column \"k2\": expected 100 x integrations_12m / elb_avg_12m = 26.00 (to the published "
          "decimal), found 24");
    CHECK(error("month,integrations_12m\n2022-01,260\n") ==
          "k.csv: line 2: expected a figure for 2022-01 that stands on its own or follows from the key figures (a "
          "rolling figure needs the same column in the row of 2021-12 before it; k2 alone is only a check)");
    CHECK(error("month,integrations_12m\n2020-12,260\n").find("line 2: expected a month from 2021-01 to 2022-01") !=
          std::string::npos);
    CHECK(error("month,integrations_12m\n2021-11,260\n2021-12,270\n") ==
          "k.csv: line 4: expected the months of the plan from 2022-01 after the months of the year before");
    CHECK(error("month,integrations_12m,integrations_ltr_12m\n2021-12,260,270\n") ==
          "k.csv: line 2: expected integrations_ltr_12m <= integrations_12m, found 270 > 260");
    CHECK(error("month,integrations_12m,elb_avg_12m\n2021-12,260,1000.5\n2022-01,261.5,1000\n")
              .find("column \"integrations_12m\": expected a whole number >= 0 or an empty cell") != std::string::npos);
    // The rolling sum falls by more than the month a year before had to give.
    std::string contradiction = "month,integrations,integrations_12m\n2021-01,10,\n";
    for (int m = 2; m <= 11; ++m) contradiction += fmt::format("2021-{:02d},20,\n", m);
    contradiction += "2021-12,20,230\n2022-01,,200\n";
    CHECK(error(contradiction).find("line 14: column \"integrations_12m\": changes by -30 from the month before, but "
                                    "2021-01 (line 2) had integrations 10 to leave the 12-month window") !=
          std::string::npos);
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
    for (const auto& m : t.early_warning) CHECK(m.elb->position == BandPosition::Inside);

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
    MonthlyActuals actuals;
    for (int m = 0; m < 3; ++m) {
        MonthlyActual a;
        a.month = plan.scenario.start.plus(m);
        a[ActualField::Elb] = 1000;
        a[ActualField::Ltr] = 600;
        a[ActualField::Integrations] = 2;
        a[ActualField::IntegrationsWomen] = a[ActualField::IntegrationsSingleParents] = a[ActualField::IntegrationsLtr] = 1;
        actuals.months.push_back(a);
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
    for (const auto& m : t.early_warning) CHECK(m.integrations->position == BandPosition::Below);
    CHECK(t.p_all_targets_met.has_value());
    CHECK(t.untracked_targets.empty());

    // A whole year observed: nothing left to project, the targets are met or not.
    MonthlyActuals year;
    for (int m = 0; m < 12; ++m) {
        MonthlyActual a = actuals.months[0];
        a.month = plan.scenario.start.plus(m);
        a[ActualField::Integrations] = 20;
        a[ActualField::Ltr] = 590;
        year.months.push_back(a);
    }
    const TrackResult done = track_targets(plan, year, options);
    CHECK(done.remaining_months == 0);
    CHECK(done.restart_month.empty());
    CHECK(done.projection.empty());
    CHECK(done.targets[0].p_target_met == 1.0);  // 240 >= 230
    CHECK(done.targets[1].p_target_met == 1.0);  // 590 <= 600
    CHECK_FALSE(done.targets[0].needed_per_month);
}


TEST_CASE("a weak spring lowers the months left, a strong one raises them", "[tracking]") {
    nlohmann::json doc = test::busy_scenario();
    doc["population"]["elb"] = 3000;
    doc["uncertainty"]["integration_sd"] = 0.1;
    const Model plan = test::model_of(doc);
    ProjectionOptions projection;
    projection.replications = 300;
    projection.seed = 4;
    const Results plan_results = project(plan, projection);
    TrackOptions options;
    options.replications = 300;
    options.seed = 5;
    double rest[3] = {0, 0, 0}, level[3] = {0, 0, 0};
    const double pace[3] = {0.85, 1.0, 1.15};
    for (int k = 0; k < 3; ++k) {
        MonthlyActuals actuals = on_plan_actuals(plan_results, 5, plan.scenario);
        for (auto& a : actuals.months) a[ActualField::Integrations] = std::round(*a[ActualField::Integrations] * pace[k]);
        const TrackResult t = track_targets(plan, actuals, options);
        REQUIRE(t.conditioning.conditioned);
        REQUIRE(t.conditioning.levels[0].name == "integration");
        level[k] = t.conditioning.levels[0].tracked.p50;
        rest[k] = *t.targets[0].projected_per_month;
        INFO("pace " << pace[k] << ": integration level " << level[k] << ", months left " << rest[k]);
        CHECK(t.conditioning.ess > 10);
    }
    // The plan's own pace for June to December, per month.
    double plan_rest = 0;
    for (std::size_t m = 5; m < 12; ++m) plan_rest += plan_results.monthly[m].integrations.mean / 7.0;
    INFO("plan's pace " << plan_rest << "; weak " << rest[0] << ", on plan " << rest[1] << ", strong " << rest[2]);
    // 15 % off the plan over five months of about 3 x 25 integrations is several times the
    // posterior's spread of the level: the months left move clearly, by well under 15 %.
    CHECK(level[0] < 0.95);
    CHECK(level[2] > 1.05);
    CHECK(std::abs(level[1] - 1.0) < 0.03);
    CHECK(rest[0] < 0.95 * plan_rest);
    CHECK(rest[2] > 1.05 * plan_rest);
    CHECK(std::abs(rest[1] / plan_rest - 1.0) < 0.03);
}


TEST_CASE("a plan of two years is tracked over its first calendar year", "[tracking]") {
    nlohmann::json doc = test::busy_scenario();
    doc["months"] = 24;
    const Model plan = test::model_of(doc);
    ProjectionOptions projection;
    projection.replications = 200;
    projection.seed = 3;
    const Results plan_results = project(plan, projection);
    TrackOptions options;
    options.replications = 200;
    options.seed = 4;
    const TrackResult t = track_targets(plan, on_plan_actuals(plan_results, 5, plan.scenario), options);
    CHECK(t.remaining_months == 7);
    REQUIRE(t.projection.size() == 7);
    CHECK(t.projection.back().month == "2022-12");
    // The year is 2022's, as results.json's top-level indicators and its targets: on plan,
    // within 4 standard errors of the two means plus the rounding of five months.
    const Summary& tracked = t.targets[0].year;
    const Summary& planned = plan_results.indicator("integrations_total").summary;
    INFO("tracked " << tracked.mean << ", plan's first year " << planned.mean);
    CHECK(std::abs(tracked.mean - planned.mean) < 4 * std::hypot(tracked.mc_se, planned.mc_se) + 2.5);
    CHECK(t.targets[0].open_months == 7);
    // A thirteenth month lies beyond the tracked year.
    std::string text = kHeader;
    for (int m = 0; m < 13; ++m) text += plan.scenario.start.plus(m).text() + ",1000,600,25,12,3,10\n";
    CHECK(actuals_error(text, plan.scenario).find("line 14: expected at most 12 months (track follows the plan's "
                                                  "first calendar year, 2022-01 to 2022-12)") != std::string::npos);
}
