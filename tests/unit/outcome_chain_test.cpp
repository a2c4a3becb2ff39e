// Effects matched on the quantity a study measured (docs/effects.md sections 2 and 6),
// checked against truths the outcome chain does not compute:
// - a cohort simulated person by person in this file (constant hazards, top-up earners,
//   re-entry, jobs that end) gives the chain's shares employed, out of benefit and ever
//   integrated, and its expected integrations (K2), treated and untreated;
// - a statement of +8 pp in the share employed at 48 months, translated with 60 % of jobs
//   ending within a year, gives +8 pp employed in that simulation;
// - the K2 integrations a course adds to a cohort in the Monte Carlo and in the expected
//   model are the chain's K2 account.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "expected/expected_model.hpp"
#include "model/effects/outcome_chain.hpp"
#include "montecarlo/projection.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

// The minimal jobcenter (integration 0.02, other exit 0.01 a month for everyone, no
// inflow) with a six-month course everyone enters in January (the chain alone: the
// models end every participation when the measure closes), top-up earners, re-entry
// and jobs that last as stated. `effect` is the course's "effect" object.
nlohmann::json cohort_scenario(const nlohmann::json& effect, int months) {
    nlohmann::json doc = test::minimal_scenario();
    doc["months"] = months;
    doc["hazards"]["stays_in_benefit_share"] = 0.3;
    doc["inflow"]["reentry"] = {{"within_months", 12}, {"monthly_rate", 0.1}};
    doc["jobs"] = {{"lasting", {{{"months", 12}, {"share", 0.4}}}},
                   {"monthly_loss_after", 0.01},
                   {"assumption", "60 % of jobs end within a year, then 1 % a month"}};
    doc["measures"] = {{"course",
                        {{"capacity", {{"entries", 12000}}},
                         {"end", "2022-02"},
                         {"duration_months", 6},
                         {"duration", "fixed"},
                         {"effect", effect},
                         {"cost", {{"per_entry", 100}}}}}};
    doc["allocation"] = {{"women_share_rule", false}};
    return doc;
}

// A job begun k months before the end of a month is still held with this chance: 60 % of
// jobs end within 12 months at a constant monthly rate, then 1 % a month.
double lasting(int k) { return k <= 12 ? std::pow(0.4, k / 12.0) : 0.4 * std::pow(0.99, k - 12); }

struct SimulatedShares {
    double employed = 0, out_of_benefit = 0, ever_integrated = 0, integrations = 0;
    double employed_se = 0;  ///< Monte Carlo standard error of `employed`
};

// N persons followed month by month, by the rules the chain claims to follow, written
// out plainly: competing integration and other exit from the month's hazards, an
// integration stays in benefit with chance 0.3, a leaver comes back after d months with
// chance 0.1 (1 - 0.1)^(d - 1) for d <= 12 and has no effect then, a job taken up in
// month u is held at the end of month t with chance lasting(t - u) and a later job replaces
// it. `treated`: a six-month course (integration factor `lock_in`, no integration ends it
// without an after-effect...) then the after-effect `post` by months since entry.
SimulatedShares simulate_cohort(bool treated, double lock_in, const std::vector<double>& post, int months,
                                std::uint64_t seed) {
    constexpr int persons = 200000;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u01(0.0, 1.0);
    SimulatedShares s;
    double employed_sq = 0;
    for (int p = 0; p < persons; ++p) {
        bool in_benefit = true, participating = treated, effect = treated;
        int back_in = 0;          // months until a leaver comes back (0: not coming back)
        int job_start = -1;       // month the last job began
        double job_draw = 0;      // the job is held while lasting(t - start) > job_draw
        int integrations = 0;
        for (int t = 1; t <= months; ++t) {
            if (!in_benefit) {
                if (back_in > 0 && --back_in == 0) {
                    in_benefit = true;
                    effect = false;  // a returner has no after-effect
                } else {
                    continue;
                }
            }
            double hi = 0.02, he = 0.01;
            if (participating && t > 6) participating = false;  // the course ends with month 6
            if (participating) hi *= lock_in;
            else if (effect && t - 1 < static_cast<int>(post.size())) hi *= post[static_cast<std::size_t>(t - 1)];
            const double any = 1 - std::exp(-(hi + he));
            const double draw = u01(rng);
            if (draw < any * hi / (hi + he)) {
                ++integrations;
                job_start = t;
                job_draw = u01(rng);
                participating = false;  // a job ends the course, with no after-effect
                if (u01(rng) < 0.3) continue;  // a top-up earner stays in benefit
            } else if (draw >= any) {
                continue;
            }
            participating = false;
            in_benefit = false;
            back_in = 0;
            double r = u01(rng);  // the delay of the return: geometric, within 12 months
            for (int d = 1; d <= 12; ++d) {
                if (r < 0.1) {
                    back_in = d;
                    break;
                }
                r = u01(rng);
            }
        }
        const bool employed = job_start > 0 && lasting(months - job_start) > job_draw;
        s.employed += employed;
        employed_sq += employed;
        s.out_of_benefit += !in_benefit;
        s.ever_integrated += integrations > 0;
        s.integrations += integrations;
    }
    s.employed /= persons;
    s.out_of_benefit /= persons;
    s.ever_integrated /= persons;
    s.integrations /= persons;
    s.employed_se = std::sqrt(s.employed * (1 - s.employed) / persons);
    return s;
}

}  // namespace

TEST_CASE("the outcome chain follows a cohort as the persons live it", "[effects][statistical]") {
    const nlohmann::json effect = {{"lock_in", 0.5}, {"post", 2.0}, {"post_months", 18}};
    const Model model = test::model_of(cohort_scenario(effect, 24));
    const OutcomeChain chain = outcome_chain(model, 0, 24);
    EffectCurve curve;  // the course's factors, indexed by months since entry as in the simulation
    curve.lock_in = 0.5;
    curve.since_entry = true;
    curve.post.assign(24, 1.0);
    for (int i = 6; i < 24; ++i) curve.post[static_cast<std::size_t>(i)] = 2.0;
    const MeasureSpec& course = model.measures[0].spec;
    for (const int month : {6, 12, 24}) {
        INFO("month " << month);
        const SimulatedShares treated = simulate_cohort(true, 0.5, curve.post, month, 11);
        const SimulatedShares untreated = simulate_cohort(false, 1.0, {}, month, 12);
        const Outcome t = treated_outcome(chain, course, curve, month);
        const Outcome u = untreated_outcome(chain, month);
        // Shares of 200,000 persons: a standard error of at most 0.0011; 4 of them.
        const double margin = 4 * 0.0011;
        CHECK(t.employed == Approx(treated.employed).margin(margin));
        CHECK(u.employed == Approx(untreated.employed).margin(margin));
        CHECK(t.out_of_benefit == Approx(treated.out_of_benefit).margin(margin));
        CHECK(u.out_of_benefit == Approx(untreated.out_of_benefit).margin(margin));
        CHECK(1 - t.not_integrated == Approx(treated.ever_integrated).margin(margin));
        CHECK(1 - u.not_integrated == Approx(untreated.ever_integrated).margin(margin));
        // Integrations per person: at most about 0.6, sd below 0.8: SE 0.0018.
        CHECK(t.integrations == Approx(treated.integrations).margin(4 * 0.0018));
        CHECK(u.integrations == Approx(untreated.integrations).margin(4 * 0.0018));
    }
}

TEST_CASE("a statement on the share employed is matched with jobs that end", "[effects][statistical]") {
    // +5 pp in the share employed at 24 months, the lock-in stated as a factor.
    const nlohmann::json effect = {
        {"published",
         {{"measured", "share in regular employment"},
          {"quantity", "employed"},
          {"lock_in", 0.75},
          {"points", {{{"month", 24}, {"pp", 5}, {"p05", 2}, {"p95", 8}}}}}}};
    const Model model = test::model_of(cohort_scenario(effect, 24));
    const EffectCurve& factors = model.measures[0].effect.at_node[1];
    REQUIRE(factors.since_entry);
    const SimulatedShares treated = simulate_cohort(true, factors.lock_in, factors.post, 24, 21);
    const SimulatedShares untreated = simulate_cohort(false, 1.0, {}, 24, 22);
    const double se = std::hypot(treated.employed_se, untreated.employed_se);
    CHECK(treated.employed - untreated.employed == Approx(0.05).margin(4 * se));
    // The same persons gained more first integrations than jobs still held at month 24:
    // matching the share ever integrated to +5 pp would have taken smaller factors.
    CHECK(treated.ever_integrated - untreated.ever_integrated > 0.05 + 4 * se);
}

// The horizon's integrations (the cohort's two years), mean and Monte Carlo SE.
Summary horizon_integrations(const Results& r) {
    for (const IndicatorResult& i : r.horizon.indicators)
        if (i.name == "integrations_total") return i.summary;
    FAIL("no integrations_total over the horizon");
    return {};
}

TEST_CASE("the K2 integrations a course adds are the chain's account, in both models", "[effects][expected][statistical]") {
    // A one-month course (it ends with January, when the measure closes), then an
    // after-effect of factor 2 for 18 months.
    const nlohmann::json effect = {{"lock_in", 0.5}, {"post", 2.0}, {"post_months", 18}};
    nlohmann::json with = cohort_scenario(effect, 24);
    with["measures"]["course"]["duration_months"] = 1;
    nlohmann::json without = with;
    without["measures"] = nlohmann::json::object();
    const Model model = test::model_of(with);
    const OutcomeChain chain = outcome_chain(model, 0, 24);
    const K2Account account = k2_account(chain, model.measures[0].spec, model.measures[0].effect.at_node[1], 24);
    const double gain = 1000 * account.integrations;  // the cohort is the whole stock of 1,000
    REQUIRE(gain > 20);
    // First integrations and repeat ones: top-up earners and returners integrate again.
    CHECK(account.integrations > account.ever_integrated);

    const Model base = test::model_of(without);
    const double expected_gain =
        horizon_integrations(expected_results(model)).mean - horizon_integrations(expected_results(base)).mean;
    CHECK(expected_gain == Approx(gain).epsilon(1e-6));

    ProjectionOptions options;
    options.replications = 2000;
    const Summary treated = horizon_integrations(project(model, options));
    const Summary untreated = horizon_integrations(project(base, options));
    // Two runs of 2,000 replications: the standard error of the difference from both.
    const double se = std::hypot(treated.mc_se, untreated.mc_se);
    CHECK(treated.mean - untreated.mean == Approx(gain).margin(4 * se));
}
