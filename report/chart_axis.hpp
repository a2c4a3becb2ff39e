#pragma once
// Value axes with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten), as a
// reader would draw them by hand.
#include <vector>

namespace intsim {

struct ChartAxis {
    double low = 0, high = 1;   ///< the drawn range, a whole number of steps
    double step = 1;
    int decimals = 0;           ///< digits after the mark that the tick labels need
    std::vector<double> ticks;  ///< low, low + step, ..., high

    /// Position of x on a pixel range [from, to] (to < from for an upward y axis).
    double place(double x, double from, double to) const {
        return from + (x - low) / (high - low) * (to - from);
    }
};

/// Digits after the decimal mark that multiples of `step` need (0 for step <= 0).
int decimals_for_step(double step);

/// An axis covering [low, high] with at most about `target_ticks` + 1 ticks. A degenerate
/// or non-finite range gets a unit span around its value.
ChartAxis nice_axis(double low, double high, int target_ticks = 5);

}  // namespace intsim
