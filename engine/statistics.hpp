#pragma once
// Summaries of per-replication values. Quantiles are exact order statistics of the
// sample (no interpolation): quantile(p) = x_(ceil(p n)), the smallest sample value
// whose empirical distribution function reaches p. Sums use Neumaier's compensated
// summation, so means over millions of replications lose no digits.
#include <cstddef>
#include <span>
#include <vector>

namespace intsim {

/// Neumaier-compensated running sum.
class CompensatedSum {
public:
    void add(double x);
    double value() const { return sum_ + compensation_; }

private:
    double sum_ = 0.0;
    double compensation_ = 0.0;
};

struct Summary {
    std::size_t n = 0;
    double mean = 0.0;
    double sd = 0.0;     ///< sample standard deviation (n - 1)
    double mc_se = 0.0;  ///< Monte Carlo standard error of the mean: sd / sqrt(n)
    double p05 = 0.0, p25 = 0.0, p50 = 0.0, p75 = 0.0, p95 = 0.0;
    double min = 0.0, max = 0.0;
};

/// Mean, spread and quantiles of a sample. An empty sample gives n = 0 and zeros.
Summary summarise(std::span<const double> values);

/// x_(ceil(p n)) of an ascending sorted sample; p in [0, 1].
double order_statistic(std::span<const double> sorted, double p);

/// The value reached with probability `probability` (docs/design.md section 5):
/// higher-is-better: the largest v with P(X >= v) >= probability;
/// lower-is-better:  the smallest v with P(X <= v) >= probability.
double offer_value(std::span<const double> sorted, double probability, bool higher_is_better);

/// Share of the sample that meets `target` (>= when higher is better, <= otherwise).
double share_meeting(std::span<const double> values, double target, bool higher_is_better);

}  // namespace intsim
