// The jobcenter's identity in the random streams (model/model.hpp person_domain,
// parameter_domain): two jobcenters of a batch draw independent chance, a variant keeps
// its base's draws, and the jobcenters of one region share their uncertain levels.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "engine/document.hpp"
#include "engine/statistics.hpp"
#include "model/batch_totals.hpp"
#include "model/build_model.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

nlohmann::json jobcenter(const std::string& id) {
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 2000;
    doc["inflow"] = {{"monthly_mean", 60}};
    doc["uncertainty"] = {{"integration_sd", 0}, {"exit_sd", 0}, {"inflow_sd", 0}, {"measure_effect_sd", 0}};
    if (!id.empty()) doc["jobcenter_id"] = id;
    return doc;
}

std::vector<double> integrations(const Model& model, std::size_t reps) {
    RunControl control;
    control.threads = 2;
    const std::vector<double> tallies = simulate_tallies(model, 1, 0, reps, control);
    const TallyLayout layout = tally_layout(model);
    std::vector<double> values;
    for (std::size_t r = 0; r < reps; ++r)
        values.push_back(replication_indicators(
            model, layout, std::span<const double>(tallies).subspan(r * layout.size(), layout.size()))[0]);
    return values;
}

double sd_of(const std::vector<double>& x) {
    double mean = 0;
    for (double v : x) mean += v;
    mean /= static_cast<double>(x.size());
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    return std::sqrt(ss / static_cast<double>(x.size() - 1));
}

std::vector<double> sum(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> out(a.size());
    for (std::size_t r = 0; r < a.size(); ++r) out[r] = a[r] + b[r];
    return out;
}

}  // namespace

TEST_CASE("two jobcenters with different ids draw independent chance", "[rng][batch][statistical]") {
    constexpr std::size_t reps = 400;
    const std::vector<double> a = integrations(test::model_of(jobcenter("jc-a")), reps);
    const std::vector<double> a_again = integrations(test::model_of(jobcenter("jc-a")), reps);
    const std::vector<double> b = integrations(test::model_of(jobcenter("jc-b")), reps);
    const double single = sd_of(a);
    REQUIRE(single > 0);
    // Same id: the same draws, so the total of two copies is exactly twice one.
    CHECK(a_again == a);
    CHECK(sd_of(sum(a, a_again)) / single == Approx(2.0).epsilon(1e-12));
    // Different ids, no parameter spread: independent, so sd(total) = sqrt(2) sd(one).
    // Tolerance: for n normal draws the log of the ratio of two sample sds whose
    // variables correlate with rho = 1/sqrt(2) has variance (1 + 1 - 2 rho^2) / (2 n) =
    // 1 / (2 n): a standard error of sqrt(2) / sqrt(2 n) = 0.05 on the ratio at n = 400.
    // Four of them (0.2) leave the shared-draws value 2 (11.7 standard errors away) far out.
    const double ratio = sd_of(sum(a, b)) / single;
    const double se = std::sqrt(2.0) / std::sqrt(2.0 * reps);
    CHECK(std::abs(ratio - std::sqrt(2.0)) < 4 * se);
    // Their correlation is chance only: |r| below 4 / sqrt(n).
    const double var_a = single * single, var_b = sd_of(b) * sd_of(b), var_sum = std::pow(sd_of(sum(a, b)), 2);
    CHECK(std::abs((var_sum - var_a - var_b) / (2 * std::sqrt(var_a * var_b))) < 4 / std::sqrt(double(reps)));
}

TEST_CASE("a scenario without jobcenter_id draws as before ids existed", "[rng]") {
    // Domain 0 leaves the Philox key (seed, replication) unchanged.
    CHECK(stream_domain("") == 0u);
    CHECK(stream_domain("06532") != 0u);
    CHECK(stream_domain("06532") == stream_domain("06532"));
    CHECK(stream_domain("06532") != stream_domain("06533"));
    CHECK(random_words({1, 0, 0}, 0, 0, Stream::Transition) == random_words({1, 0}, 0, 0, Stream::Transition));
    CHECK(random_words({1, 0, stream_domain("x")}, 0, 0, Stream::Transition)[0] !=
          random_words({1, 0}, 0, 0, Stream::Transition)[0]);
    const Model unnamed = test::model_of(jobcenter(""));
    CHECK(unnamed.person_domain == 0u);
    CHECK(unnamed.parameter_domain == 0u);
}

TEST_CASE("a variant inherits its base's jobcenter_id, so it keeps its draws", "[rng][document]") {
    test::TempDir dir;
    dir.write("base.json", jobcenter("06532").dump());
    const std::string variant =
        dir.write("variant.json", R"({"extends": "base.json", "name": "variant", "inflow": {"monthly_mean": 61}})");
    const ResolvedDocument resolved = load_document(variant);
    const Scenario s = parse_scenario(resolved.json, variant);
    CHECK(s.jobcenter_id == "06532");
    CHECK(build_model(s).person_domain == test::model_of(jobcenter("06532")).person_domain);
}

TEST_CASE("jobcenters of one region share their uncertain levels, others do not", "[rng]") {
    nlohmann::json a = jobcenter("a"), b = jobcenter("b"), c = jobcenter("c");
    for (auto* doc : {&a, &b, &c})
        (*doc)["uncertainty"] = {{"integration_sd", 0.1}, {"exit_sd", 0.1}, {"inflow_sd", 0.1}, {"measure_effect_sd", 0}};
    a["region"] = b["region"] = "hessen";
    c["region"] = "thueringen";
    const Model ma = test::model_of(a), mb = test::model_of(b), mc = test::model_of(c);
    for (std::uint32_t r = 0; r < 5; ++r) {
        const ReplicationFactors fa = draw_replication_factors(ma, {1, r});
        const ReplicationFactors fb = draw_replication_factors(mb, {1, r});
        const ReplicationFactors fc = draw_replication_factors(mc, {1, r});
        CHECK(fa.levels[0].integration == fb.levels[0].integration);
        CHECK(fa.levels[0].inflow == fb.levels[0].inflow);
        CHECK(fa.levels[0].integration != fc.levels[0].integration);
    }
}

TEST_CASE("jobcenter_id and region must be identifiers", "[scenario]") {
    for (const nlohmann::json& bad : {nlohmann::json(""), nlohmann::json(6532), nlohmann::json(std::string(65, 'x'))}) {
        nlohmann::json doc = jobcenter("x");
        doc["jobcenter_id"] = bad;
        CHECK_THROWS_WITH(parse_scenario(doc, "s.json"), Catch::Contains("/jobcenter_id"));
    }
}
