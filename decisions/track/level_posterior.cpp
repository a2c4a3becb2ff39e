#include "decisions/track/level_posterior.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <Eigen/Dense>
#include <boost/random/normal_distribution.hpp>

#include "engine/rng.hpp"

namespace intsim {

namespace {

using Eigen::Index;
using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

// Proposal spread against the Gaussian approximation: a little wider, so that the
// independence sampler's ratio stays bounded in the tails the approximation misses.
constexpr double kProposalScale = 1.2;

Vector vector_of(const std::vector<double>& v, std::size_t size) {
    Vector out(static_cast<Index>(size));
    for (std::size_t i = 0; i < size; ++i) out(static_cast<Index>(i)) = v[i];
    return out;
}

// The synthetic likelihood of the observed summaries (see the header).
struct Emulator {
    Matrix coefficients;       ///< (levels + 1) x summaries: intercept first
    Matrix design_inverse;     ///< (X'X)^-1
    Matrix covariance;         ///< C: chance covariance given the levels, unbiased precision
    Vector observed;           ///< y
    Vector observation_variance;

    Vector design(const Vector& z) const {
        Vector x(z.size() + 1);
        x(0) = 1.0;
        x.tail(z.size()) = z;
        return x;
    }

    double log_likelihood(const Vector& z) const {
        const Vector x = design(z);
        const double h = x.dot(design_inverse * x);
        Matrix total = covariance * (1.0 + h);
        total.diagonal() += observation_variance;
        const Eigen::LLT<Matrix> llt(total);
        const Vector r = observed - coefficients.transpose() * x;
        const Vector solved = llt.matrixL().solve(r);
        const double log_det = 2.0 * llt.matrixLLT().diagonal().array().log().sum();
        return -0.5 * solved.squaredNorm() - 0.5 * log_det;
    }
};

Emulator fit_emulator(const LevelPosteriorInput& in, std::size_t levels, std::size_t summaries) {
    const auto n = static_cast<Index>(in.pilot_levels.size());
    const auto d = static_cast<Index>(levels), k = static_cast<Index>(summaries);
    Matrix x(n, d + 1), y(n, k);
    for (Index r = 0; r < n; ++r) {
        x(r, 0) = 1.0;
        for (Index j = 0; j < d; ++j) x(r, j + 1) = in.pilot_levels[static_cast<std::size_t>(r)][static_cast<std::size_t>(j)];
        for (Index j = 0; j < k; ++j) y(r, j) = in.pilot_summaries[static_cast<std::size_t>(r)][static_cast<std::size_t>(j)];
    }
    Emulator e;
    const Matrix gram = x.transpose() * x;
    e.design_inverse = gram.ldlt().solve(Matrix::Identity(d + 1, d + 1));
    e.coefficients = e.design_inverse * (x.transpose() * y);
    const Matrix residuals = y - x * e.coefficients;
    const double nu = static_cast<double>(n - d - 1);
    // E[S^-1] = Sigma^-1 nu / (nu - k - 1) for a Wishart S: scaling S by nu / (nu - k - 1)
    // keeps the weights from being overconfident when the pilot is small.
    e.covariance = residuals.transpose() * residuals / (nu - static_cast<double>(k) - 1.0);
    e.observed = vector_of(in.observed, summaries);
    e.observation_variance = vector_of(in.observation_variance, summaries);
    return e;
}

// The posterior under the emulator without h(z): Gaussian, the proposal's shape.
struct GaussianApproximation {
    Vector mean;
    Matrix scale;  ///< lower Cholesky factor of the covariance, times kProposalScale
    Matrix scale_inverse;
    double log_density(const Vector& z) const { return -0.5 * (scale_inverse * (z - mean)).squaredNorm(); }
};

GaussianApproximation approximate(const Emulator& e, Index levels) {
    const Matrix slopes = e.coefficients.bottomRows(levels);  // levels x summaries
    Matrix total = e.covariance;
    total.diagonal() += e.observation_variance;
    const Eigen::LLT<Matrix> noise(total);
    const Matrix precision = Matrix::Identity(levels, levels) + slopes * noise.solve(slopes.transpose());
    const Eigen::LLT<Matrix> posterior(precision);
    const Vector centred = e.observed - e.coefficients.row(0).transpose();
    GaussianApproximation g;
    g.mean = posterior.solve(slopes * noise.solve(centred));
    const Matrix covariance = posterior.solve(Matrix::Identity(levels, levels));
    g.scale = kProposalScale * Eigen::LLT<Matrix>(covariance).matrixL().toDenseMatrix();
    g.scale_inverse = g.scale.triangularView<Eigen::Lower>().solve(Matrix::Identity(levels, levels));
    return g;
}

LevelPosterior unconditioned(const LevelPosteriorInput& in, NotLearnt why, std::string reason) {
    LevelPosterior p;
    p.not_learnt = why;
    p.reason = std::move(reason);
    p.levels = in.particles;
    p.ancestor.resize(in.particles.size());
    std::iota(p.ancestor.begin(), p.ancestor.end(), std::size_t{0});
    p.ess = static_cast<double>(in.particles.size());
    p.distinct = in.particles.size();
    return p;
}

}  // namespace

double effective_sample_size(const std::vector<double>& log_weights) {
    if (log_weights.empty()) return 0;
    const double top = *std::max_element(log_weights.begin(), log_weights.end());
    double sum = 0, squares = 0;
    for (const double lw : log_weights) {
        const double w = std::exp(lw - top);
        sum += w;
        squares += w * w;
    }
    return sum * sum / squares;
}

std::vector<std::size_t> systematic_resample(const std::vector<double>& log_weights, double u) {
    const std::size_t n = log_weights.size();
    const double top = *std::max_element(log_weights.begin(), log_weights.end());
    std::vector<double> cumulative(n);
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) cumulative[i] = sum += std::exp(log_weights[i] - top);
    std::vector<std::size_t> ancestors(n);
    std::size_t i = 0;
    for (std::size_t j = 0; j < n; ++j) {
        const double point = (static_cast<double>(j) + u) / static_cast<double>(n) * sum;
        while (i + 1 < n && cumulative[i] <= point) ++i;
        ancestors[j] = i;
    }
    return ancestors;
}

LevelPosterior sample_level_posterior(const LevelPosteriorInput& in, std::uint32_t seed, int moves) {
    const std::size_t n = in.particles.size();
    const std::size_t levels = n > 0 ? in.particles[0].size() : 0;
    if (levels == 0) return unconditioned(in, NotLearnt::NoLevels, "the plan has no uncertain levels to learn");
    if (in.observed.empty()) return unconditioned(in, NotLearnt::NoFigure, "the actuals have no figure the levels act on");
    // Residual degrees of freedom nu = pilots - levels - 1 must exceed summaries + 1.
    const auto nu = static_cast<std::ptrdiff_t>(in.pilot_levels.size()) - static_cast<std::ptrdiff_t>(levels) - 1;
    const auto summaries = static_cast<std::size_t>(
        std::clamp<std::ptrdiff_t>(nu - 3, 0, static_cast<std::ptrdiff_t>(in.observed.size())));
    if (summaries == 0) return unconditioned(in, NotLearnt::TooFewReplications, "too few replications to learn the levels: raise --reps");

    const Emulator emulator = fit_emulator(in, levels, summaries);
    std::vector<double> log_weights(n);
    for (std::size_t r = 0; r < n; ++r) log_weights[r] = emulator.log_likelihood(vector_of(in.particles[r], levels));

    LevelPosterior p;
    p.conditioned = true;
    p.summaries_used = summaries;
    p.moves = moves;
    p.ess = effective_sample_size(log_weights);
    const double u = uniform_open01(random_words({seed, 0}, 0, 0, Stream::Tracking)[0]);
    p.ancestor = systematic_resample(log_weights, u);

    const GaussianApproximation proposal = approximate(emulator, static_cast<Index>(levels));
    p.proposal_mean.assign(proposal.mean.data(), proposal.mean.data() + proposal.mean.size());
    const auto log_target = [&](const Vector& z) { return -0.5 * z.squaredNorm() + emulator.log_likelihood(z); };
    std::size_t accepted = 0;
    p.levels.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        Vector z = vector_of(in.particles[p.ancestor[j]], levels);
        double target = log_target(z), proposal_density = proposal.log_density(z);
        for (int step = 0; step < moves; ++step) {
            CounterUrng urng({seed, static_cast<std::uint32_t>(j)}, static_cast<std::uint32_t>(step) + 1, 0,
                             Stream::Tracking);
            boost::random::normal_distribution<double> normal;
            Vector e(static_cast<Index>(levels));
            for (Index i = 0; i < e.size(); ++i) e(i) = normal(urng);
            const double uniform = uniform_open01(urng());
            const Vector candidate = proposal.mean + proposal.scale * e;
            const double candidate_target = log_target(candidate);
            const double candidate_density = proposal.log_density(candidate);
            if (std::log(uniform) < candidate_target - target + proposal_density - candidate_density) {
                z = candidate;
                target = candidate_target;
                proposal_density = candidate_density;
                ++accepted;
            }
        }
        p.levels[j].assign(z.data(), z.data() + z.size());
    }
    std::vector<std::vector<double>> sorted = p.levels;
    std::sort(sorted.begin(), sorted.end());
    p.distinct = static_cast<std::size_t>(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
    p.acceptance = n > 0 && moves > 0 ? static_cast<double>(accepted) / static_cast<double>(n * static_cast<std::size_t>(moves)) : 0.0;
    return p;
}

}  // namespace intsim
