#include "statistics.hpp"

#include <algorithm>
#include <cmath>

namespace intsim {

void CompensatedSum::add(double x) {
    const double t = sum_ + x;
    if (std::fabs(sum_) >= std::fabs(x))
        compensation_ += (sum_ - t) + x;
    else
        compensation_ += (x - t) + sum_;
    sum_ = t;
}

double order_statistic(std::span<const double> sorted, double p) {
    if (sorted.empty()) return 0.0;
    const double n = static_cast<double>(sorted.size());
    // ceil(p n) computed with a small guard so that p n = 20.000000000000004 stays 20.
    std::size_t rank = static_cast<std::size_t>(std::ceil(p * n - 1e-9));
    rank = std::clamp<std::size_t>(rank, 1, sorted.size());
    return sorted[rank - 1];
}

double offer_value(std::span<const double> sorted, double probability, bool higher_is_better) {
    if (sorted.empty()) return 0.0;
    const std::size_t n = sorted.size();
    if (higher_is_better) {
        // P(X >= x_(k)) >= probability  <=>  k <= n (1 - probability) + 1.
        std::size_t k = static_cast<std::size_t>(
            std::floor(static_cast<double>(n) * (1.0 - probability) + 1e-9)) + 1;
        k = std::clamp<std::size_t>(k, 1, n);
        return sorted[k - 1];
    }
    return order_statistic(sorted, probability);
}

double share_meeting(std::span<const double> values, double target, bool higher_is_better) {
    if (values.empty()) return 0.0;
    std::size_t met = 0;
    for (double x : values) met += higher_is_better ? (x >= target) : (x <= target);
    return static_cast<double>(met) / static_cast<double>(values.size());
}

Summary summarise(std::span<const double> values) {
    Summary s;
    s.n = values.size();
    if (s.n == 0) return s;
    CompensatedSum sum;
    for (double x : values) sum.add(x);
    s.mean = sum.value() / static_cast<double>(s.n);
    if (s.n > 1) {
        CompensatedSum squares;
        for (double x : values) squares.add((x - s.mean) * (x - s.mean));
        s.sd = std::sqrt(squares.value() / static_cast<double>(s.n - 1));
        s.mc_se = s.sd / std::sqrt(static_cast<double>(s.n));
    }
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    s.min = sorted.front();
    s.max = sorted.back();
    s.p05 = order_statistic(sorted, 0.05);
    s.p25 = order_statistic(sorted, 0.25);
    s.p50 = order_statistic(sorted, 0.50);
    s.p75 = order_statistic(sorted, 0.75);
    s.p95 = order_statistic(sorted, 0.95);
    return s;
}

}  // namespace intsim
