#include <catch2/catch.hpp>

#include <cmath>

#include "engine/document.hpp"
#include "model/calendar_years.hpp"
#include "expected/expected_model.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

Results monte_carlo(const Model& model, std::uint64_t replications) {
    ProjectionOptions options;
    options.replications = replications;
    return project(model, options);
}

double mean_of(const YearResult& year, const std::string& name) {
    for (const auto& i : year.indicators)
        if (i.name == name) return i.summary.mean;
    throw std::out_of_range(name);
}

const IndicatorResult& indicator_of(const YearResult& year, const std::string& name) {
    for (const auto& i : year.indicators)
        if (i.name == name) return i;
    throw std::out_of_range(name);
}

}  // namespace

TEST_CASE("calendar years of a horizon, full and partial", "[years]") {
    const auto one = calendar_years({2022, 1}, 12);
    REQUIRE(one.size() == 1);
    CHECK((one[0].year == 2022 && one[0].first_month == 0 && one[0].months == 12 && !one[0].partial()));

    const auto july = calendar_years({2022, 7}, 18);
    REQUIRE(july.size() == 2);
    CHECK((july[0].year == 2022 && july[0].first_month == 0 && july[0].months == 6 && july[0].partial()));
    CHECK((july[1].year == 2023 && july[1].first_month == 6 && july[1].months == 12 && !july[1].partial()));

    const auto november = calendar_years({2022, 11}, 36);
    REQUIRE(november.size() == 4);
    CHECK((november[0].months == 2 && november[3].year == 2025 && november[3].months == 10));
    int total = 0;
    for (const auto& y : november) total += y.months;
    CHECK(total == 36);
}

TEST_CASE("targets and the operative EGT per year; a variant patches one year", "[years]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["months"] = 36;
    doc["targets"] = {{"integrations_total", 300}};
    doc["targets_by_year"] = nlohmann::json::parse(R"({"2024": {"integrations_total": 100, "ltr_avg": 400},
                                                      "2030": {"integrations_total": 1}})");
    doc["budget"] = nlohmann::json::parse(R"({"operative_egt": 1000, "operative_egt_by_year": {"2024": 800}})");
    const Scenario s = parse_scenario(doc, "test.json");
    const auto frames = year_frames(s);
    REQUIRE(frames.size() == 3);
    CHECK(frames[0].targets.at("integrations_total").value == 300);
    CHECK(frames[1].targets.empty());  // no targets of its own: none
    CHECK(frames[2].targets.at("ltr_avg").direction == Direction::Lower);
    CHECK((frames[0].operative_egt == 1000 && !frames[0].egt_carried_forward));
    CHECK((frames[1].operative_egt == 1000 && frames[1].egt_carried_forward));
    CHECK((frames[2].operative_egt == 800 && !frames[2].egt_carried_forward));

    // RFC 7386: a variant changes one year's target and leaves the others.
    nlohmann::json variant = doc;
    variant.merge_patch(nlohmann::json::parse(R"({"targets_by_year": {"2024": {"integrations_total": 120}}})"));
    const auto patched = year_frames(parse_scenario(variant, "variant.json"));
    CHECK(patched[2].targets.at("integrations_total").value == 120);
    CHECK(patched[2].targets.at("ltr_avg").value == 400);

    // A partial first year's EGT covers only its months: nothing to carry forward.
    doc["start"] = "2022-07";
    doc.erase("targets_by_year");
    doc["budget"].erase("operative_egt_by_year");
    const auto partial = year_frames(parse_scenario(doc, "test.json"));
    REQUIRE(partial.size() == 4);
    CHECK(partial[0].span.partial());
    CHECK(partial[1].operative_egt == 0);
}

TEST_CASE("yearly indicators follow the closed form, partial years included", "[years][expected]") {
    // No inflow, constant hazards h_i, h_e: the stock after m months is N exp(-H m).
    // Start in July, 18 months: 2022 has 6 months, 2023 has 12.
    nlohmann::json doc = test::minimal_scenario();
    doc["start"] = "2022-07";
    doc["months"] = 18;
    const Model model = test::model_of(doc);
    const Results r = expected_results(model);
    REQUIRE(r.years.size() == 2);
    const double n = 1000, hi = 0.02, h = 0.03;
    const auto integrations = [&](int from, int months) {
        return n * std::exp(-h * from) * (1 - std::exp(-h * months)) * hi / h;
    };
    const auto stock_avg = [&](int from, int months) {
        double sum = 0;
        for (int m = from + 1; m <= from + months; ++m) sum += n * std::exp(-h * m);
        return sum / months;
    };
    CHECK(r.years[0].partial);
    CHECK(r.years[0].months.size() == 6);
    CHECK(r.years[0].months.front() == "2022-07");
    CHECK_FALSE(r.years[1].partial);
    CHECK(mean_of(r.years[0], "integrations_total") == Approx(integrations(0, 6)).epsilon(1e-12));
    CHECK(mean_of(r.years[1], "integrations_total") == Approx(integrations(6, 12)).epsilon(1e-12));
    CHECK(mean_of(r.years[0], "elb_avg") == Approx(stock_avg(0, 6)).epsilon(1e-12));
    CHECK(mean_of(r.years[1], "elb_end") == Approx(n * std::exp(-h * 18)).epsilon(1e-12));
    // A partial year's rate is over its own months: integrations / average stock.
    CHECK(mean_of(r.years[0], "integration_rate") ==
          Approx(100 * integrations(0, 6) / stock_avg(0, 6)).epsilon(1e-12));
    // The top level is the first calendar year; the horizon is the sum of the years.
    CHECK(r.indicator("integrations_total").summary.mean == mean_of(r.years[0], "integrations_total"));
    CHECK(r.horizon.indicators[0].summary.mean == Approx(integrations(0, 18)).epsilon(1e-12));
    // A later year's LZB change is against the year before.
    CHECK(mean_of(r.years[1], "ltr_change_pct") ==
          Approx(100 * (mean_of(r.years[1], "ltr_avg") / mean_of(r.years[0], "ltr_avg") - 1)).epsilon(1e-12));
}

TEST_CASE("the levels walk from year to year: the first year as before, the spread growing", "[years][statistical]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["uncertainty"] = {{"integration_sd", 0.1}, {"inflow_sd", 0.2}, {"inflow_drift_sd", 0.05}};
    const Model one_year = test::model_of(doc);
    doc["months"] = 36;
    const Model three_years = test::model_of(doc);
    const std::uint32_t n = 4000;
    std::vector<std::vector<double>> log_integration(3, std::vector<double>(n)), log_inflow = log_integration;
    for (std::uint32_t r = 0; r < n; ++r) {
        const StreamKey key{1, r};
        const ReplicationFactors f = draw_replication_factors(three_years, key);
        REQUIRE(f.levels.size() == 3);
        // The first year draws exactly what a one-year horizon draws.
        const LevelFactors first = draw_replication_factors(one_year, key).levels.at(0);
        REQUIRE(f.levels[0].integration == first.integration);
        REQUIRE(f.levels[0].inflow == first.inflow);
        for (std::size_t y = 0; y < 3; ++y) {
            log_integration[y][r] = std::log(f.levels[y].integration);
            log_inflow[y][r] = std::log(f.levels[y].inflow);
        }
    }
    const auto variance = [](const std::vector<double>& x) {
        double mean = 0, sq = 0;
        for (double v : x) mean += v;
        mean /= static_cast<double>(x.size());
        for (double v : x) sq += (v - mean) * (v - mean);
        return sq / static_cast<double>(x.size() - 1);
    };
    for (std::size_t y = 0; y < 3; ++y) {
        // Var(log level of year y) = sd^2 + y drift^2 (drift defaults to sd). A sample
        // variance of n normal draws has relative sd sqrt(2 / (n - 1)) = 2.2 %: 5 of
        // them is the tolerance.
        const double tolerance = 5 * std::sqrt(2.0 / (n - 1));
        INFO("year " << y);
        CHECK(variance(log_integration[y]) == Approx(0.01 * static_cast<double>(y + 1)).epsilon(tolerance));
        CHECK(variance(log_inflow[y]) == Approx(0.04 + 0.0025 * static_cast<double>(y)).epsilon(tolerance));
    }
}

TEST_CASE("intervals widen year by year in the projection", "[years][statistical]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["months"] = 36;
    doc["population"]["elb"] = 4000;
    doc["inflow"] = {{"monthly_mean", 120}};
    doc["uncertainty"] = {{"integration_sd", 0.1}};
    const Results r = monte_carlo(test::model_of(doc), 400);
    REQUIRE(r.years.size() == 3);
    const double sd1 = indicator_of(r.years[0], "integrations_total").summary.sd;
    const double sd3 = indicator_of(r.years[2], "integrations_total").summary.sd;
    // The level's log variance triples from the first year to the third; with a sd of the
    // sample sd of about 3.5 % (400 replications), sd3 > 1.3 sd1 is far from chance.
    CHECK(sd3 > 1.3 * sd1);
}

TEST_CASE("the rolling K2 rate: the year's rate in December, its basis before", "[years]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["months"] = 24;
    const Model plain = test::model_of(doc);
    const Results annualised = expected_results(plain);
    doc["baseline"] = {{"integrations_total", 240}, {"elb_avg", 1200}};
    const Results with_baseline = expected_results(test::model_of(doc));
    for (const Results* r : {&annualised, &with_baseline}) {
        CHECK(r->monthly[11].k2_rate_12m.mean == Approx(mean_of(r->years[0], "integration_rate")).epsilon(1e-12));
        CHECK(r->monthly[23].k2_rate_12m.mean == Approx(mean_of(r->years[1], "integration_rate")).epsilon(1e-12));
        CHECK(r->monthly[11].k2_rate_12m_basis == "horizon");
    }
    CHECK(annualised.monthly[0].k2_rate_12m_basis == "annualised");
    CHECK(with_baseline.monthly[0].k2_rate_12m_basis == "baseline");
    // January: 11 baseline months (20 integrations, 1,200 eLb each) and the first month.
    const double jan_integrations = 1000 * (1 - std::exp(-0.03)) * 2 / 3, jan_stock = 1000 * std::exp(-0.03);
    CHECK(with_baseline.monthly[0].k2_rate_12m.mean ==
          Approx(100 * (220 + jan_integrations) / ((11 * 1200 + jan_stock) / 12)).epsilon(1e-12));
    CHECK(annualised.monthly[0].k2_rate_12m.mean == Approx(100 * 12 * jan_integrations / jan_stock).epsilon(1e-12));
}
