#pragma once
// What the months observed say about a replication's uncertain levels (the median-1
// lognormal factors of integration, other exits and inflow that simulate.hpp draws per
// replication), in standard units z = log(factor) / sd, so the plan's prior is N(0, I).
//
// The likelihood p(observed | z) has no closed form: it integrates over every person's
// chance. A replication's own simulated months are one draw of that chance, not its
// expectation, so weighting replications by how close their own months came (path
// weights) rewards lucky paths rather than right levels, and collapses as months
// accumulate. Instead, a synthetic likelihood (Wood 2010; Price et al. 2018): a pilot of
// the plan's replications gives pairs (z, summaries of its observed months); a linear
// regression of the summaries on z estimates their mean given the levels, its residual
// covariance their chance variation given the levels, so that
//     observed | z ~ N(b0 + B z, C (1 + h(z)) + V),
// with h(z) = x'(X'X)^-1 x the emulator's own uncertainty at z (the prediction interval of
// a new observation), C the residual covariance scaled by nu / (nu - k - 1) so that its
// inverse is unbiased (nu residual degrees of freedom, k summaries), and V the variance
// of figures the actuals only approximate (rolling_figures.hpp).
//
// The posterior is then sampled by resample-move (Gilks & Berzuini 2001): the levels of
// the plan's own replications are weighted by the likelihood (their effective sample size
// says how far the months moved away from the plan), resampled systematically, and each
// resampled replication takes Metropolis-Hastings steps with the Gaussian approximation of
// the posterior (exact for the emulator without h) as independence proposal. The moves
// remove the copies resampling makes and reach levels the plan's draws did not cover when
// the actuals lie at the edge of the plan's uncertainty. All draws come from
// Stream::Tracking keyed by (seed, replication): the result depends on nothing else.
#include <cstdint>
#include <string>
#include <vector>

namespace intsim {

struct LevelPosteriorInput {
    std::vector<std::vector<double>> pilot_levels;     ///< [pilot replication][level] z
    std::vector<std::vector<double>> pilot_summaries;  ///< [pilot replication][summary]
    std::vector<double> observed;                      ///< [summary]
    std::vector<double> observation_variance;          ///< [summary] V's diagonal
    /// [replication][level]: the plan's draws, the particles weighted and moved.
    std::vector<std::vector<double>> particles;
    /// Summaries in order of importance: when the pilot is too small to estimate the
    /// covariance of all, the last ones are left out.
};

/// Why the levels were not learnt.
enum class NotLearnt {
    No,                  ///< they were
    NoLevels,            ///< the plan has no uncertain levels
    NoFigure,            ///< the actuals have no figure the levels act on
    TooFewReplications,  ///< too few pilot replications to fit the likelihood
};

struct LevelPosterior {
    bool conditioned = false;  ///< false: nothing to learn (the levels stay the plan's draws)
    NotLearnt not_learnt = NotLearnt::No;
    std::string reason;        ///< why not, when not (English, for track.json)
    std::vector<std::vector<double>> levels;  ///< [replication][level] z, posterior draws
    std::vector<std::size_t> ancestor;        ///< [replication] the particle it was resampled from
    std::size_t summaries_used = 0;
    double ess = 0;         ///< of the importance weights of the particles
    double acceptance = 0;  ///< share of accepted Metropolis steps
    std::size_t distinct = 0;  ///< distinct posterior draws of the levels after the moves
    int moves = 0;          ///< Metropolis steps per replication
    std::vector<double> proposal_mean;  ///< the Gaussian approximation's mean (z)
};

/// @param moves Metropolis-Hastings steps per replication after resampling
LevelPosterior sample_level_posterior(const LevelPosteriorInput& input, std::uint32_t seed, int moves = 10);

/// Effective sample size of importance weights given as logarithms: (sum w)^2 / sum w^2.
double effective_sample_size(const std::vector<double>& log_weights);

/// Systematic resampling (Kitagawa 1996): N ancestors for N weights from one uniform u in
/// (0, 1); ancestor j is the first i whose cumulative normalised weight exceeds (j + u) / N.
std::vector<std::size_t> systematic_resample(const std::vector<double>& log_weights, double u);

}  // namespace intsim
