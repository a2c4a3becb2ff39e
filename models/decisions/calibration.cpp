#include "models/decisions/calibration.hpp"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "models/expected_model.hpp"
#include "models/indicators.hpp"
#include "models/model.hpp"

namespace intsim {

namespace {

struct ParameterAccess {
    const char* indicator;
    const char* pointer;
    double& (*get)(Scenario&);
};

double& sex_female_factor(Scenario& s) {
    return s.integration.attribute_factor[static_cast<std::size_t>(s.sex_attribute)]
                                         [static_cast<std::size_t>(s.female_level)];
}
double& single_parent_factor(Scenario& s) {
    return s.integration.attribute_factor[static_cast<std::size_t>(s.single_parent_attribute)]
                                         [static_cast<std::size_t>(s.single_parent_level)];
}

const std::vector<ParameterAccess>& parameter_table() {
    static const std::vector<ParameterAccess> table = {
        {"integrations_total", "/hazards/integration/base", [](Scenario& s) -> double& { return s.integration.base; }},
        {"integrations_women", "/hazards/integration/factors/sex/female", sex_female_factor},
        {"integrations_single_parents", "/hazards/integration/factors/single_parent/yes", single_parent_factor},
        {"integrations_ltr", "/hazards/integration/ltr", [](Scenario& s) -> double& { return s.integration.ltr_factor; }},
        {"elb_avg", "/inflow/monthly_mean", [](Scenario& s) -> double& { return s.inflow_monthly_mean; }},
        {"ltr_avg", "/hazards/exit/ltr", [](Scenario& s) -> double& { return s.exit.ltr_factor; }},
        {"ltr_end", "/hazards/exit/base", [](Scenario& s) -> double& { return s.exit.base; }},
    };
    return table;
}

const ParameterAccess& access_of(const std::string& indicator) {
    for (const auto& p : parameter_table())
        if (indicator == p.indicator) return p;
    throw std::invalid_argument("indicator " + indicator + " cannot be calibrated");
}

std::size_t indicator_index(const std::string& name) {
    const auto& names = indicator_names();
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

}  // namespace

const std::vector<std::string>& calibratable_indicators() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& p : parameter_table()) out.push_back(p.indicator);
        return out;
    }();
    return names;
}

Scenario with_parameters(const Scenario& scenario, const std::vector<CalibrationParameter>& parameters) {
    Scenario s = scenario;
    for (const auto& p : parameters) access_of(p.indicator).get(s) = p.fitted;
    return s;
}

CalibrationResult calibrate(const Scenario& scenario, const std::map<std::string, double>& actuals,
                            const CalibrationOptions& options) {
    CalibrationResult result;
    std::vector<std::string> targets;  // in the table's order: results do not depend on map order
    for (const auto& name : calibratable_indicators())
        if (actuals.count(name)) targets.push_back(name);
    const auto n = static_cast<Eigen::Index>(targets.size());
    for (const auto& name : targets) {
        Scenario copy = scenario;
        const double start = access_of(name).get(copy);
        result.parameters.push_back({name, access_of(name).pointer, start, start});
    }
    if (n == 0) return result;

    // Effects stated as published are hazard factors translated for the hazards they act
    // on (models/effects/): the fit holds the factors while it moves the levels, then
    // translates them again at the fitted levels and fits once more, until they stand still.
    Model effects = build_model(scenario);

    // Relative residuals of the expected model at log-parameters x.
    const auto residuals = [&](const Eigen::VectorXd& x) {
        ++result.model_evaluations;
        Scenario s = scenario;
        for (Eigen::Index i = 0; i < n; ++i) access_of(targets[static_cast<std::size_t>(i)]).get(s) = std::exp(x(i));
        const Model model = build_model(s, &effects);
        const std::vector<double> tally = expected_tally(model);
        const std::vector<double> values = replication_indicators(model, tally_layout(model), tally);
        Eigen::VectorXd r(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            const std::string& name = targets[static_cast<std::size_t>(i)];
            r(i) = values[indicator_index(name)] / actuals.at(name) - 1.0;
        }
        return r;
    };

    Eigen::VectorXd x(n);
    for (Eigen::Index i = 0; i < n; ++i) x(i) = std::log(std::max(result.parameters[static_cast<std::size_t>(i)].start, 1e-12));
    Eigen::VectorXd r = residuals(x);
    double cost = r.squaredNorm();
    double lambda = 1e-3;
    // Levenberg-Marquardt from x.
    const auto fit = [&] {
        for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
            result.iterations += 1;
            if (r.cwiseAbs().maxCoeff() < options.tolerance) break;
            // Forward differences; the expected model is smooth and deterministic.
            Eigen::MatrixXd jacobian(n, n);
            constexpr double step = 1e-5;
            for (Eigen::Index j = 0; j < n; ++j) {
                Eigen::VectorXd shifted = x;
                shifted(j) += step;
                jacobian.col(j) = (residuals(shifted) - r) / step;
            }
            const Eigen::MatrixXd normal = jacobian.transpose() * jacobian;
            const Eigen::VectorXd gradient = jacobian.transpose() * r;
            bool improved = false;
            for (int attempt = 0; attempt < 12 && !improved; ++attempt) {
                Eigen::MatrixXd damped = normal;
                damped.diagonal() += lambda * normal.diagonal().cwiseMax(1e-12);
                const Eigen::VectorXd delta = damped.ldlt().solve(-gradient);
                // Keep each step within a factor of e of the parameter: hazards are not wild.
                const Eigen::VectorXd candidate = x + delta.cwiseMax(-1.0).cwiseMin(1.0);
                const Eigen::VectorXd r_candidate = residuals(candidate);
                const double cost_candidate = r_candidate.squaredNorm();
                if (std::isfinite(cost_candidate) && cost_candidate < cost) {
                    x = candidate;
                    r = r_candidate;
                    cost = cost_candidate;
                    lambda = std::max(lambda / 3, 1e-9);
                    improved = true;
                } else {
                    lambda *= 4;
                }
            }
            if (!improved) break;  // no descent left: as close as the model can get
        }
    };
    for (int round = 0; round < 5; ++round) {
        fit();
        bool translated = false;
        for (const auto& measure : effects.measures) translated |= measure.effect.way == EffectWay::Published;
        if (!translated) break;
        Scenario fitted = scenario;
        for (Eigen::Index i = 0; i < n; ++i) access_of(targets[static_cast<std::size_t>(i)]).get(fitted) = std::exp(x(i));
        Model refreshed = build_model(fitted);
        double moved = 0;
        for (std::size_t k = 0; k < refreshed.measures.size(); ++k) {
            const EffectCurve& now = refreshed.measures[k].effect.expected;
            const EffectCurve& held = effects.measures[k].effect.expected;
            moved = std::max(moved, std::fabs(now.lock_in / held.lock_in - 1));
            for (std::size_t i = 0; i < now.post.size(); ++i) moved = std::max(moved, std::fabs(now.post[i] / held.post[i] - 1));
        }
        effects = std::move(refreshed);
        r = residuals(x);
        cost = r.squaredNorm();
        if (moved < 1e-6) break;
    }
    if (r.cwiseAbs().maxCoeff() < options.tolerance) result.converged = true;
    for (Eigen::Index i = 0; i < n; ++i) {
        auto& p = result.parameters[static_cast<std::size_t>(i)];
        p.fitted = std::exp(x(i));
        const std::string& name = targets[static_cast<std::size_t>(i)];
        result.fits.push_back({name, actuals.at(name), actuals.at(name) * (1 + r(i))});
    }
    return result;
}

}  // namespace intsim
