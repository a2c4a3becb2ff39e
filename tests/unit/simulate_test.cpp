#include <catch2/catch.hpp>

#include <cmath>

#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

Results run(const Model& model, std::uint64_t replications, int threads = 0, std::uint32_t seed = 1) {
    ProjectionOptions options;
    options.replications = replications;
    options.seed = seed;
    options.control.threads = threads;
    return project(model, options);
}

}  // namespace

TEST_CASE("closed form: no inflow, constant hazards", "[simulate][statistical]") {
    // With hazards h_i (integration) and h_e (other exit), nobody staying after an
    // integration and no inflow, each person leaves in a month with probability
    // 1 - exp(-(h_i + h_e)), so the stock after m months is N exp(-H m) and the
    // integrations over 12 months are N (1 - exp(-12 H)) h_i / H: a binomial count.
    const nlohmann::json doc = test::minimal_scenario();
    const Model model = test::model_of(doc);
    const double n = 1000, hi = 0.02, he = 0.01, h = hi + he;
    const Results r = run(model, 2000);
    const double p = (1 - std::exp(-12 * h)) * hi / h;

    const auto& integrations = r.indicator("integrations_total").summary;
    // Tolerance: 4 Monte Carlo standard errors of the mean.
    CHECK(std::abs(integrations.mean - n * p) < 4 * integrations.mc_se);
    const auto& elb_end = r.indicator("elb_end").summary;
    CHECK(std::abs(elb_end.mean - n * std::exp(-12 * h)) < 4 * elb_end.mc_se);
    double elb_avg_expected = 0;
    for (int m = 1; m <= 12; ++m) elb_avg_expected += n * std::exp(-m * h) / 12;
    const auto& elb_avg = r.indicator("elb_avg").summary;
    CHECK(std::abs(elb_avg.mean - elb_avg_expected) < 4 * elb_avg.mc_se);

    // The spread is binomial too: (n-1) s^2 / sigma^2 is chi-square(n-1); with 2000
    // replications its normal approximation gives s^2 / sigma^2 = 1 +- 4.5 sqrt(2 / 1999)
    // (two-sided false-alarm rate below 1e-5).
    const double variance = n * p * (1 - p);
    const double ratio = integrations.sd * integrations.sd / variance;
    CHECK(std::abs(ratio - 1) < 4.5 * std::sqrt(2.0 / 1999));
}

TEST_CASE("monthly stock in the closed form follows exp(-H t)", "[simulate][statistical]") {
    const Model model = test::model_of(test::minimal_scenario());
    const Results r = run(model, 1000);
    for (std::size_t m = 0; m < r.monthly.size(); ++m) {
        const double expected = 1000 * std::exp(-0.03 * static_cast<double>(m + 1));
        // Binomial sd of the stock, over sqrt(1000) replications, times 4.
        const double q = std::exp(-0.03 * static_cast<double>(m + 1));
        const double tolerance = 4 * std::sqrt(1000 * q * (1 - q) / 1000.0);
        CHECK(std::abs(r.monthly[m].elb.mean - expected) < tolerance);
    }
}

TEST_CASE("results do not depend on the thread count", "[simulate][determinism]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["inflow"] = {{"monthly_mean", 40}, {"reentry", {{"within_months", 6}, {"monthly_rate", 0.1}}}};
    doc["uncertainty"].update({{"integration_sd", 0.1}, {"inflow_sd", 0.1}});
    doc["measures"] = nlohmann::json::parse(R"({"m": {"capacity": {"slots": 30}, "duration_months": 3,
        "duration": "geometric", "effect": {"lock_in": 0.5, "post": 1.5, "post_months": 3}}})");
    const Model model = test::model_of(doc);
    RunControl one, two, four;
    one.threads = 1;
    two.threads = 2;
    four.threads = 4;
    const auto a = simulate_tallies(model, 5, 0, 64, one);
    CHECK(a == simulate_tallies(model, 5, 0, 64, two));
    CHECK(a == simulate_tallies(model, 5, 0, 64, four));
    // A replication computed alone equals the same replication inside a run.
    const std::size_t width = tally_layout(model).size();
    const auto alone = simulate_tallies(model, 5, 17, 1, one);
    CHECK(std::equal(alone.begin(), alone.end(), a.begin() + 17 * width));
    // Another seed gives other numbers.
    CHECK(a != simulate_tallies(model, 6, 0, 64, two));
}

TEST_CASE("inflow is Poisson with the seasonal mean", "[simulate][statistical]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["inflow"] = {{"monthly_mean", 100}, {"season", {2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5}}};
    const Model model = test::model_of(doc);
    const Results r = run(model, 2000);
    // Poisson: sd of the mean over 2000 replications is sqrt(mean / 2000).
    CHECK(std::abs(r.monthly[0].inflow.mean - 200) < 4 * std::sqrt(200.0 / 2000));
    CHECK(std::abs(r.monthly[5].inflow.mean - 100) < 4 * std::sqrt(100.0 / 2000));
    CHECK(std::abs(r.monthly[11].inflow.mean - 50) < 4 * std::sqrt(50.0 / 2000));
}

TEST_CASE("re-entry brings leavers back with their history", "[simulate]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["inflow"]["reentry"] = {{"within_months", 12}, {"monthly_rate", 0.5}};
    const Model model = test::model_of(doc);
    const Results with = run(model, 300);
    doc["inflow"]["reentry"]["monthly_rate"] = 0.0;
    const Results without = run(test::model_of(doc), 300);
    CHECK(with.indicator("elb_end").summary.mean > without.indicator("elb_end").summary.mean + 100);
    CHECK(without.monthly[5].inflow.mean == 0.0);
    // Returners are counted as inflow.
    CHECK(with.monthly[5].inflow.mean > 5.0);
    // LZB who leave and come back within three months are still LZB: the LZB stock
    // falls less than with nobody returning.
    CHECK(with.indicator("ltr_end").summary.mean > without.indicator("ltr_end").summary.mean);
}

TEST_CASE("top-up earners integrate and stay in the stock", "[simulate]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["hazards"]["exit"]["base"] = 0.0;
    doc["hazards"]["stays_in_benefit_share"] = 1.0;
    const Results r = run(test::model_of(doc), 200);
    // Nobody leaves, and people integrate repeatedly: 1000 * 12 * (1 - exp(-0.02)).
    CHECK(r.indicator("elb_end").summary.mean == 1000.0);
    const auto& integrations = r.indicator("integrations_total").summary;
    CHECK(std::abs(integrations.mean - 12000 * (1 - std::exp(-0.02))) < 4 * integrations.mc_se);
}

TEST_CASE("huge hazards are probabilities through the exponential link", "[simulate]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["hazards"]["integration"]["base"] = 40.0;
    const Results r = run(test::model_of(doc), 20);
    // Everybody leaves in the first month; integrations are 40/40.01 of them.
    CHECK(r.indicator("elb_end").summary.max == 0.0);
    CHECK(r.monthly[0].integrations.mean > 990);
}

TEST_CASE("parameter uncertainty widens the spread", "[simulate]") {
    nlohmann::json doc = test::minimal_scenario();
    const Results pure = run(test::model_of(doc), 500);
    doc["uncertainty"]["integration_sd"] = 0.3;
    const Results wide = run(test::model_of(doc), 500);
    CHECK(wide.indicator("integrations_total").summary.sd > 2 * pure.indicator("integrations_total").summary.sd);
}

TEST_CASE("any start month and horizon", "[simulate]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["start"] = "2023-07";
    doc["months"] = 120;
    doc["hazards"]["integration"]["season"] = {1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1};
    const Results r = run(test::model_of(doc), 20);
    REQUIRE(r.monthly.size() == 120);
    CHECK(r.monthly.front().month == "2023-07");
    CHECK(r.monthly.back().month == "2033-06");
    // July (month 0) has the triple season: more integrations than August.
    CHECK(r.monthly[0].integrations.mean > 2 * r.monthly[1].integrations.mean);
    doc["months"] = 1;
    const Results one = run(test::model_of(doc), 20);
    CHECK(one.monthly.size() == 1);
    doc["population"]["elb"] = 0;
    const Results empty = run(test::model_of(doc), 5);
    CHECK(empty.indicator("integrations_total").summary.max == 0.0);
}
