#include <catch2/catch.hpp>

#include "engine/document.hpp"

#include <cmath>

#include "decisions/calibrate/calibration.hpp"
#include "expected/expected_model.hpp"
#include "model/build_model.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

nlohmann::json small_scenario() {
    nlohmann::json doc = test::minimal_scenario();
    doc["population"]["elb"] = 4000;
    doc["inflow"] = {{"monthly_mean", 150}};
    doc["hazards"]["integration"]["ltr"] = 0.5;
    doc["hazards"]["integration"]["factors"] = {{"sex", {{"female", 0.6}}}, {"single_parent", {{"yes", 1.2}}}};
    doc["hazards"]["exit"]["ltr"] = 0.4;
    return doc;
}

std::map<std::string, double> expected_indicators(const Scenario& s) {
    const Model model = build_model(s);
    const auto tally = expected_tally(model);
    const auto values = replication_indicators(model, tally_layout(model), tally);
    std::map<std::string, double> out;
    for (std::size_t i = 0; i < indicator_names().size(); ++i) out[indicator_names()[i]] = values[i];
    return out;
}

}  // namespace

TEST_CASE("calibration recovers known parameters", "[calibration]") {
    const Scenario truth = parse_scenario(small_scenario(), "truth.json");
    const auto all = expected_indicators(truth);
    std::map<std::string, double> actuals;
    for (const auto& name : calibratable_indicators()) actuals[name] = all.at(name);

    // Start far from the truth (the exit base is not fitted: it stays the truth's).
    nlohmann::json start = small_scenario();
    start["hazards"]["integration"]["base"] = 0.05;
    start["hazards"]["integration"]["factors"]["sex"]["female"] = 1.0;
    start["hazards"]["integration"]["factors"]["single_parent"]["yes"] = 0.7;
    start["hazards"]["integration"]["ltr"] = 0.9;
    start["inflow"]["monthly_mean"] = 80;
    start["hazards"]["exit"]["ltr"] = 0.1;
    start["population"]["ltr_share"] = 0.5;
    const Scenario guess = parse_scenario(start, "start.json");
    const CalibrationResult fit = calibrate(guess, actuals);
    CHECK(fit.converged);
    REQUIRE(fit.parameters.size() == 7);
    const Scenario fitted = with_parameters(guess, fit.parameters);
    // The prior pulls toward the start: a parameter the figures see weakly (the LZB exit
    // factor, started 2 prior sds away) comes back within about 1 %, the figures within
    // their weight kFigureTolerance.
    CHECK(fitted.integration.base == Approx(0.02).epsilon(0.02));
    CHECK(fitted.integration.ltr_factor == Approx(0.5).epsilon(0.02));
    CHECK(fitted.inflow_monthly_mean == Approx(150).epsilon(0.02));
    CHECK(fitted.exit.ltr_factor == Approx(0.4).epsilon(0.02));
    CHECK(fitted.start_ltr_share == Approx(0.6).epsilon(0.02));
    for (const auto& f : fit.fits) CHECK(std::abs(f.relative_error()) < kFigureTolerance);
}

TEST_CASE("seven figures of a 5,000-eLb jobcenter give sane parameters even when they disagree a little",
          "[calibration]") {
    // The case: the LZB year end does not sit where the average says it should.
    // The old pairing (year end -> exit base) ran off to 1e-9 / 2.8e6; now the year end
    // moves the start LZB share, and no parameter leaves a factor of 2 of its start.
    nlohmann::json doc = small_scenario();
    doc["population"]["elb"] = 5000;
    const Scenario s = parse_scenario(doc, "own-2024.json");
    auto actuals = expected_indicators(s);
    std::map<std::string, double> figures;
    for (const auto& name : calibratable_indicators()) figures[name] = actuals.at(name);
    figures["ltr_end"] *= 1.01;
    figures["integrations_total"] *= 0.97;
    const Identification id = identify(s, calibratable_indicators());
    CHECK(id.identified);
    const CalibrationResult fit = calibrate(s, figures);
    CHECK(fit.converged);
    for (const auto& p : fit.parameters) {
        INFO(p.pointer << " " << p.start << " -> " << p.fitted);
        CHECK(p.fitted > p.start / 2);
        CHECK(p.fitted < p.start * 2);
        CHECK_FALSE(p.at_bound());
    }
    nlohmann::json fitted = doc;
    for (const auto& p : fit.parameters) fitted[nlohmann::json::json_pointer(p.pointer)] = p.fitted;
    CHECK_NOTHROW(build_model(parse_scenario(fitted, "fitted.json")));
}

TEST_CASE("a figure set that cannot tell its parameters apart is found before fitting", "[calibration]") {
    // The LZB average and year end against the LZB exit factor and the exit base: both
    // move both figures in almost the same proportions.
    const Scenario s = parse_scenario(small_scenario(), "s.json");
    const Identification id =
        identify(s, {"elb_avg", "ltr_avg", "ltr_end"}, {{"ltr_end", "/hazards/exit/base"}});
    CHECK_FALSE(id.identified);
    CHECK(id.weakest < kIdentifiable);
    CHECK(std::find(id.weak_figures.begin(), id.weak_figures.end(), "ltr_end") != id.weak_figures.end());
    CHECK(std::find(id.weak_parameters.begin(), id.weak_parameters.end(), "/hazards/exit/base") !=
          id.weak_parameters.end());
    CHECK(identify(s, {"elb_avg", "ltr_avg", "ltr_end"}).identified);
}

TEST_CASE("every calibration bound is a value parse_scenario and build_model accept", "[calibration]") {
    const nlohmann::json doc = small_scenario();
    const Scenario s = parse_scenario(doc, "s.json");
    std::vector<CalibrationParameter> parameters = calibration_parameters(s, calibratable_indicators());
    const auto more = calibration_parameters(s, {"elb_avg"}, {{"elb_avg", "/hazards/exit/base"}});
    parameters.insert(parameters.end(), more.begin(), more.end());
    for (const auto& p : parameters) {
        for (const double bound : {p.lower, p.upper}) {
            INFO(p.pointer << " = " << bound);
            nlohmann::json at_bound = doc;
            at_bound[nlohmann::json::json_pointer(p.pointer)] = bound;
            CHECK_NOTHROW(build_model(parse_scenario(at_bound, "bound.json")));
        }
    }
}

TEST_CASE("calibration fits only the parameters of the given actuals", "[calibration]") {
    const Scenario s = parse_scenario(small_scenario(), "s.json");
    const double total = expected_indicators(s).at("integrations_total");
    const CalibrationResult fit = calibrate(s, {{"integrations_total", total * 1.1}});
    REQUIRE(fit.parameters.size() == 1);
    CHECK(fit.parameters[0].pointer == "/hazards/integration/base");
    CHECK(fit.parameters[0].fitted > fit.parameters[0].start);
    CHECK(expected_indicators(with_parameters(s, fit.parameters)).at("integrations_total") ==
          Approx(total * 1.1).epsilon(kFigureTolerance));
}

TEST_CASE("an unreachable actual is reported as a miss, within the bounds", "[calibration]") {
    // More LZB integrations than integrations in total cannot be fitted.
    const Scenario s = parse_scenario(small_scenario(), "s.json");
    const double total = expected_indicators(s).at("integrations_total");
    const CalibrationResult fit = calibrate(s, {{"integrations_total", total}, {"integrations_ltr", 2 * total}});
    CHECK_FALSE(fit.converged);
    bool missed = false;
    for (const auto& f : fit.fits) missed |= std::abs(f.relative_error()) > 0.01;
    CHECK(missed);
    for (const auto& p : fit.parameters) {
        CHECK(p.fitted >= p.lower);
        CHECK(p.fitted <= p.upper);
    }
}

TEST_CASE("the shipped 2021 base year reproduces the seed's 2021 figures", "[calibration][statistical]") {
    // Through load_document: the measures take their effects from the catalogue.
    const nlohmann::json document =
        load_document(std::string(INTSIM_SOURCE_DIR) + "/scenarios/lahn-dill-2021.json").json;
    const nlohmann::json actuals_doc =
        nlohmann::json::parse(std::ifstream(std::string(INTSIM_SOURCE_DIR) + "/scenarios/actuals/lahn-dill-2021.json"));
    const Model model = build_model(parse_scenario(document, "lahn-dill-2021.json"));
    const auto expected = expected_indicators(model.scenario);
    ProjectionOptions options;
    options.replications = 200;
    const Results mc = project(model, options);
    for (const auto& name : calibratable_indicators()) {
        INFO(name);
        const double actual = actuals_doc.at(name).get<double>();
        // Expected-value model: within 2 %. Calibration fits it to targets moved by what the
        // Monte Carlo misses (its second round), and on this base year the expected model
        // stands above the Monte Carlo by about 1.5 % for the integrations of women and
        // 1 % for single parents (docs/validation.md section 2): the fit is the Monte
        // Carlo's, checked below.
        CHECK(std::abs(expected.at(name) / actual - 1) < 0.02);
        // Monte Carlo: the actual lies within the 95 % interval of the projection.
        const Summary& s = mc.indicator(name).summary;
        CHECK(actual >= s.mean - 1.96 * s.sd);
        CHECK(actual <= s.mean + 1.96 * s.sd);
    }
}
