#include "report/chart_axis.hpp"

#include <algorithm>
#include <cmath>

namespace intsim {

namespace {

double nice_step(double raw) {
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0})
        if (factor * power >= raw * (1 - 1e-9)) return factor * power;
    return 10.0 * power;
}

}  // namespace

int decimals_for_step(double step) {
    if (!(step > 0)) return 0;
    // 2.5 * 10^k needs one digit more than the power alone.
    int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
    const double scaled = step * std::pow(10.0, decimals);
    if (std::fabs(scaled - std::round(scaled)) > 1e-6) ++decimals;
    return decimals;
}

ChartAxis nice_axis(double low, double high, int target_ticks) {
    if (!std::isfinite(low) || !std::isfinite(high)) low = high = 0;
    if (high < low) std::swap(low, high);
    if (high - low < 1e-12 * std::max(1.0, std::fabs(high))) {
        const double half = std::max(0.5, std::fabs(high) * 0.05);
        low -= half;
        high += half;
    }
    ChartAxis axis;
    axis.step = nice_step((high - low) / std::max(1, target_ticks));
    axis.low = std::floor(low / axis.step + 1e-9) * axis.step;
    axis.high = std::ceil(high / axis.step - 1e-9) * axis.step;
    axis.decimals = decimals_for_step(axis.step);
    const int count = static_cast<int>(std::lround((axis.high - axis.low) / axis.step));
    for (int i = 0; i <= count; ++i) axis.ticks.push_back(axis.low + i * axis.step);
    return axis;
}

}  // namespace intsim
