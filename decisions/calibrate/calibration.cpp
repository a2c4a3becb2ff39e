#include "decisions/calibrate/calibration.hpp"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "expected/expected_model.hpp"
#include "model/build_model.hpp"
#include "model/indicators.hpp"
#include "model/model.hpp"
#include "model/national_defaults.hpp"
#include "model/person_columns.hpp"

namespace intsim {

namespace {

// Bounds that every parameter keeps: inside what parse_scenario accepts (hazard bases up
// to 50, factors up to 1e6, inflow up to the person ids build_model allows) and far
// outside what any jobcenter has (a monthly hazard of 2 is an 86 % chance a month).
constexpr double kMinHazard = 1e-5, kMaxHazard = 2.0;
constexpr double kMinFactor = 0.02, kMaxFactor = 50.0;

struct ParameterAccess {
    const char* pointer;
    double& (*get)(Scenario&);
    double prior_log_sd;  ///< the start's uncertainty, log scale (docs/own-jobcenter.md)
    double lower, upper;  ///< 0 = from the scenario (the inflow's)
};

double& sex_female_factor(Scenario& s) {
    return s.integration.attribute_factor[static_cast<std::size_t>(s.sex_attribute)]
                                         [static_cast<std::size_t>(s.female_level)];
}
double& single_parent_factor(Scenario& s) {
    return s.integration.attribute_factor[static_cast<std::size_t>(s.single_parent_attribute)]
                                         [static_cast<std::size_t>(s.single_parent_level)];
}

// Prior sds: levels that the figures set (integration base, inflow) are wide, a factor
// of e; group factors are known to within a factor of about 1.6 (0.5); the LZB's other
// exits within a factor of 2 (0.7); the exit base has the national district range; the
// start LZB share, extrapolated from two LZB figures, within about 10 %.
const std::vector<ParameterAccess>& parameter_table() {
    static const std::vector<ParameterAccess> table = {
        {"/hazards/integration/base", [](Scenario& s) -> double& { return s.integration.base; }, 1.0, kMinHazard,
         kMaxHazard},
        {"/hazards/integration/factors/sex/female", sex_female_factor, 0.5, kMinFactor, kMaxFactor},
        {"/hazards/integration/factors/single_parent/yes", single_parent_factor, 0.5, kMinFactor, kMaxFactor},
        {"/hazards/integration/ltr", [](Scenario& s) -> double& { return s.integration.ltr_factor; }, 0.5, kMinFactor,
         kMaxFactor},
        {"/inflow/monthly_mean", [](Scenario& s) -> double& { return s.inflow_monthly_mean; }, 1.0, 0, 0},
        {"/hazards/exit/ltr", [](Scenario& s) -> double& { return s.exit.ltr_factor; }, 0.7, kMinFactor, kMaxFactor},
        {"/population/ltr_share", [](Scenario& s) -> double& { return s.start_ltr_share; }, 0.1, 0.01, 0.99},
        {"/hazards/exit/base", [](Scenario& s) -> double& { return s.exit.base; },
         default_flows().exit_base_log_sd.value, kMinHazard, kMaxHazard},
    };
    return table;
}

// Which parameter each figure frees unless the caller pairs it otherwise.
const std::vector<std::pair<std::string, std::string>>& default_pairing() {
    static const std::vector<std::pair<std::string, std::string>> pairing = {
        {"integrations_total", "/hazards/integration/base"},
        {"integrations_women", "/hazards/integration/factors/sex/female"},
        {"integrations_single_parents", "/hazards/integration/factors/single_parent/yes"},
        {"integrations_ltr", "/hazards/integration/ltr"},
        {"elb_avg", "/inflow/monthly_mean"},
        {"ltr_avg", "/hazards/exit/ltr"},
        {"ltr_end", "/population/ltr_share"},
    };
    return pairing;
}

const ParameterAccess& parameter_access(const std::string& pointer) {
    for (const auto& p : parameter_table())
        if (pointer == p.pointer) return p;
    throw std::invalid_argument("parameter " + pointer + " cannot be calibrated");
}

const ParameterAccess& access_of(const std::string& figure, const Pairing& pairing = {}) {
    if (const auto it = pairing.find(figure); it != pairing.end()) return parameter_access(it->second);
    for (const auto& [name, pointer] : default_pairing())
        if (figure == name) return parameter_access(pointer);
    throw std::invalid_argument("indicator " + figure + " cannot be calibrated");
}

std::size_t indicator_index(const std::string& name) {
    const auto& names = indicator_names();
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

// The calibratable figures among `names`, in the table's order: results do not depend
// on the order the user gave them in.
std::vector<std::string> in_table_order(const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const auto& name : calibratable_indicators())
        if (std::find(names.begin(), names.end(), name) != names.end()) out.push_back(name);
    for (const auto& name : names) access_of(name);  // unknown names throw
    return out;
}

// Newcomer ids hold kMaxNewcomersPerMonth per month; build_model refuses a busiest month
// above half of it. A tenth leaves room for the season and a large inflow factor.
double inflow_upper_bound(const Scenario& s) {
    const double busiest = *std::max_element(s.inflow_season.begin(), s.inflow_season.end());
    return static_cast<double>(kMaxNewcomersPerMonth) / 10.0 / std::max(busiest, 1e-9);
}

// The expected model's figures at parameters x (log scale). Effects stated as published
// are hazard factors translated for the hazards they act on (model/effects/): the
// figures are computed with the factors held (`effects_`), which refresh_effects
// translates again at the parameters reached.
class FigureModel {
public:
    FigureModel(const Scenario& scenario, const std::vector<CalibrationParameter>& parameters,
                const std::vector<std::string>& figures)
        : scenario_(scenario), parameters_(parameters), figures_(figures), effects_(build_model(scenario)) {}

    Scenario at(const Eigen::VectorXd& x) const {
        Scenario s = scenario_;
        for (std::size_t j = 0; j < parameters_.size(); ++j)
            parameter_access(parameters_[j].pointer).get(s) = std::exp(x(static_cast<Eigen::Index>(j)));
        return s;
    }

    Eigen::VectorXd operator()(const Eigen::VectorXd& x) {
        ++evaluations;
        const Model model = build_model(at(x), &effects_);
        const std::vector<double> values =
            replication_indicators(model, tally_layout(model), expected_tally(model));
        Eigen::VectorXd out(static_cast<Eigen::Index>(figures_.size()));
        for (std::size_t i = 0; i < figures_.size(); ++i) out(static_cast<Eigen::Index>(i)) = values[indicator_index(figures_[i])];
        return out;
    }

    /// Relative change of each figure per unit of each log-parameter (forward differences;
    /// the expected model is smooth and deterministic).
    Eigen::MatrixXd response(const Eigen::VectorXd& x, const Eigen::VectorXd& at) {
        constexpr double step = 1e-5;
        Eigen::MatrixXd j(at.size(), x.size());
        for (Eigen::Index k = 0; k < x.size(); ++k) {
            Eigen::VectorXd shifted = x;
            shifted(k) += step;
            j.col(k) = ((*this)(shifted).array() / at.array() - 1.0).matrix() / step;
        }
        return j;
    }

    /// Translates the published effects again at x; whether their factors moved (by more
    /// than a millionth), so that the fit must go on with the new ones.
    bool refresh_effects(const Eigen::VectorXd& x) {
        Model refreshed = build_model(at(x));
        double moved = 0;
        for (std::size_t k = 0; k < refreshed.measures.size(); ++k) {
            const EffectCurve& now = refreshed.measures[k].effect.expected;
            const EffectCurve& held = effects_.measures[k].effect.expected;
            moved = std::max(moved, std::fabs(now.lock_in / held.lock_in - 1));
            for (std::size_t i = 0; i < now.post.size(); ++i)
                moved = std::max(moved, std::fabs(now.post[i] / held.post[i] - 1));
        }
        effects_ = std::move(refreshed);
        return moved > 1e-6;
    }

    int evaluations = 0;

private:
    const Scenario& scenario_;
    const std::vector<CalibrationParameter>& parameters_;
    const std::vector<std::string>& figures_;
    Model effects_;
};

Eigen::VectorXd log_start(const std::vector<CalibrationParameter>& parameters) {
    Eigen::VectorXd x(static_cast<Eigen::Index>(parameters.size()));
    for (std::size_t j = 0; j < parameters.size(); ++j)
        x(static_cast<Eigen::Index>(j)) = std::log(std::clamp(parameters[j].start, parameters[j].lower, parameters[j].upper));
    return x;
}

}  // namespace

bool CalibrationParameter::at_bound() const {
    return fitted <= lower * (1 + 1e-9) || fitted >= upper * (1 - 1e-9);
}

const std::vector<std::string>& calibratable_indicators() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& [figure, pointer] : default_pairing()) out.push_back(figure);
        return out;
    }();
    return names;
}

std::vector<CalibrationParameter> calibration_parameters(const Scenario& scenario,
                                                         const std::vector<std::string>& figures,
                                                         const Pairing& pairing) {
    std::vector<CalibrationParameter> out;
    for (const auto& figure : in_table_order(figures)) {
        const ParameterAccess& access = access_of(figure, pairing);
        for (const auto& other : out)
            if (other.pointer == access.pointer)
                throw std::invalid_argument(figure + " and " + other.figure + " would both fit " + access.pointer);
        Scenario copy = scenario;
        CalibrationParameter p;
        p.figure = figure;
        p.pointer = access.pointer;
        p.start = p.fitted = access.get(copy);
        p.prior_log_sd = access.prior_log_sd;
        p.lower = access.lower > 0 ? access.lower : 1e-3;
        p.upper = access.upper > 0 ? access.upper : inflow_upper_bound(scenario);
        out.push_back(p);
    }
    return out;
}

Identification identify(const Scenario& scenario, const std::vector<std::string>& figures, const Pairing& pairing) {
    Identification id;
    id.figures = in_table_order(figures);
    id.parameters = calibration_parameters(scenario, id.figures, pairing);
    if (id.figures.empty()) return id;
    FigureModel model(scenario, id.parameters, id.figures);
    const Eigen::VectorXd x = log_start(id.parameters);
    Eigen::MatrixXd a = model.response(x, model(x));
    for (Eigen::Index k = 0; k < a.cols(); ++k) a.col(k) *= id.parameters[static_cast<std::size_t>(k)].prior_log_sd;
    // A figure of an empty group (0 of 0) has no relative response: it sees nothing.
    a = a.unaryExpr([](double v) { return std::isfinite(v) ? v : 0.0; });
    id.response.assign(id.figures.size(), std::vector<double>(id.parameters.size()));
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        for (Eigen::Index k = 0; k < a.cols(); ++k)
            id.response[static_cast<std::size_t>(i)][static_cast<std::size_t>(k)] = a(i, k);
    const Eigen::JacobiSVD<Eigen::MatrixXd> svd(a, Eigen::ComputeFullU | Eigen::ComputeFullV);
    const Eigen::Index last = svd.singularValues().size() - 1;
    id.weakest = svd.singularValues()(last);
    id.identified = id.weakest >= kIdentifiable;
    // Who takes part in the weakest direction: components of at least 0.3 (of a unit vector).
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        if (std::abs(svd.matrixU()(i, last)) >= 0.3) id.weak_figures.push_back(id.figures[static_cast<std::size_t>(i)]);
    for (Eigen::Index k = 0; k < a.cols(); ++k)
        if (std::abs(svd.matrixV()(k, last)) >= 0.3)
            id.weak_parameters.push_back(id.parameters[static_cast<std::size_t>(k)].pointer);
    return id;
}

Scenario with_parameters(const Scenario& scenario, const std::vector<CalibrationParameter>& parameters) {
    Scenario s = scenario;
    for (const auto& p : parameters) parameter_access(p.pointer).get(s) = p.fitted;
    return s;
}

CalibrationResult calibrate(const Scenario& scenario, const std::map<std::string, double>& targets,
                            const CalibrationOptions& options) {
    CalibrationResult result;
    std::vector<std::string> names;
    for (const auto& [name, value] : targets) names.push_back(name);
    const std::vector<std::string> figures = in_table_order(names);
    result.parameters = calibration_parameters(scenario, figures, options.pairing);
    const auto n = static_cast<Eigen::Index>(figures.size());
    if (n == 0) return result;

    Eigen::VectorXd target(n), sd(n), lower(n), upper(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const CalibrationParameter& p = result.parameters[static_cast<std::size_t>(i)];
        target(i) = targets.at(figures[static_cast<std::size_t>(i)]);
        sd(i) = p.prior_log_sd;
        lower(i) = std::log(p.lower);
        upper(i) = std::log(p.upper);
    }
    FigureModel model(scenario, result.parameters, figures);
    const Eigen::VectorXd centre = log_start(result.parameters);

    Eigen::VectorXd x = centre;
    for (Eigen::Index k = 0; k < n; ++k)
        if (const auto it = options.warm_start.find(result.parameters[static_cast<std::size_t>(k)].pointer);
            it != options.warm_start.end() && it->second > 0)
            x(k) = std::clamp(std::log(it->second), lower(k), upper(k));
    // Stacked residuals: figure misses in units of kFigureTolerance, then the prior's.
    Eigen::VectorXd values = model(x);
    const auto residuals = [&](const Eigen::VectorXd& at, const Eigen::VectorXd& v) {
        Eigen::VectorXd r(2 * n);
        r.head(n) = (v.array() / target.array() - 1.0).matrix() / kFigureTolerance;
        r.tail(n) = ((at - centre).array() / sd.array()).matrix();
        return r;
    };
    Eigen::VectorXd r = residuals(x, values);
    double cost = r.squaredNorm();
    double lambda = 1e-3;
    // Rounds of descent with the effect factors held, until translating them again at the
    // fit moves them no more (one round when no effect is stated as published).
    for (int round = 0, iteration = 0; round < 5; ++round) {
        for (; iteration < options.max_iterations; ++iteration) {
            result.iterations = iteration + 1;
            Eigen::MatrixXd jacobian(2 * n, n);
            // d(v / target - 1) / dx = (v / target) * (relative response)
            jacobian.topRows(n) = (values.array() / target.array()).matrix().asDiagonal() * model.response(x, values) /
                                  kFigureTolerance;
            jacobian.bottomRows(n) = sd.cwiseInverse().asDiagonal();
            const Eigen::VectorXd gradient = jacobian.transpose() * r;
            // A parameter on a bound that the descent pushes further out stays there this step.
            std::vector<Eigen::Index> free;
            for (Eigen::Index k = 0; k < n; ++k) {
                const bool pinned_low = x(k) <= lower(k) + 1e-12 && gradient(k) > 0;
                const bool pinned_high = x(k) >= upper(k) - 1e-12 && gradient(k) < 0;
                if (!pinned_low && !pinned_high) free.push_back(k);
            }
            if (free.empty()) break;
            const auto m = static_cast<Eigen::Index>(free.size());
            Eigen::MatrixXd normal(m, m);
            Eigen::VectorXd g(m);
            const Eigen::MatrixXd full = jacobian.transpose() * jacobian;
            for (Eigen::Index a = 0; a < m; ++a) {
                g(a) = gradient(free[static_cast<std::size_t>(a)]);
                for (Eigen::Index b = 0; b < m; ++b)
                    normal(a, b) = full(free[static_cast<std::size_t>(a)], free[static_cast<std::size_t>(b)]);
            }
            bool improved = false;
            double largest_step = 0;
            for (int attempt = 0; attempt < 16 && !improved; ++attempt) {
                Eigen::MatrixXd damped = normal;
                damped.diagonal() += lambda * normal.diagonal().cwiseMax(1e-12);
                const Eigen::VectorXd delta = damped.ldlt().solve(-g);
                Eigen::VectorXd candidate = x;
                // At most a factor of e per step: the expected model is smooth, not linear.
                for (Eigen::Index a = 0; a < m; ++a) {
                    const Eigen::Index k = free[static_cast<std::size_t>(a)];
                    candidate(k) = std::clamp(x(k) + std::clamp(delta(a), -1.0, 1.0), lower(k), upper(k));
                }
                const Eigen::VectorXd candidate_values = model(candidate);
                const Eigen::VectorXd r_candidate = residuals(candidate, candidate_values);
                const double cost_candidate = r_candidate.squaredNorm();
                if (std::isfinite(cost_candidate) && cost_candidate < cost) {
                    largest_step = (candidate - x).cwiseAbs().maxCoeff();
                    x = candidate;
                    values = candidate_values;
                    r = r_candidate;
                    cost = cost_candidate;
                    lambda = std::max(lambda / 3, 1e-12);
                    improved = true;
                } else {
                    lambda *= 4;
                }
            }
            // Done when no step lowers the cost or the steps are below any visible effect.
            if (!improved || largest_step < 1e-7) break;
        }
        if (!model.refresh_effects(x)) break;
        values = model(x);
        r = residuals(x, values);
        cost = r.squaredNorm();
    }
    result.model_evaluations = model.evaluations;
    result.converged = true;
    for (Eigen::Index i = 0; i < n; ++i) {
        auto& p = result.parameters[static_cast<std::size_t>(i)];
        p.fitted = std::exp(x(i));
        result.fits.push_back({figures[static_cast<std::size_t>(i)], target(i), values(i)});
        if (std::abs(result.fits.back().relative_error()) > options.tolerance) result.converged = false;
    }
    return result;
}

}  // namespace intsim
