#include "model/effects/effect_translation.hpp"

#include <cmath>

#include <fmt/format.h>

namespace intsim {

namespace {

constexpr double kMinFactor = 1e-3, kMaxFactor = 1e3;
constexpr double kShareTolerance = 1e-9;  // 1e-7 percentage points

struct Root {
    double x = 0;
    bool found = false;
    bool below = false;  ///< f > 0 already at the lower end (target too low)
};

// x in [lo, hi] with f(x) = 0 for an increasing f: the Illinois variant of regula falsi,
// which converges superlinearly and never leaves the bracket.
template <class F>
Root increasing_root(F&& f, double lo, double hi) {
    double f_lo = f(lo);
    if (f_lo > kShareTolerance) return {lo, false, true};
    if (std::fabs(f_lo) <= kShareTolerance) return {lo, true};
    double f_hi = f(hi);
    if (f_hi < -kShareTolerance) return {hi, false, false};
    if (std::fabs(f_hi) <= kShareTolerance) return {hi, true};
    int side = 0;
    for (int iteration = 0; iteration < 200; ++iteration) {
        double x = (lo * f_hi - hi * f_lo) / (f_hi - f_lo);
        if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
        const double f_x = f(x);
        if (std::fabs(f_x) <= kShareTolerance || hi - lo < 1e-13) return {x, true};
        if (f_x < 0) {
            lo = x;
            f_lo = f_x;
            if (side == -1) f_hi /= 2;
            side = -1;
        } else {
            hi = x;
            f_hi = f_x;
            if (side == 1) f_lo /= 2;
            side = 1;
        }
    }
    return {0.5 * (lo + hi), true};
}

std::string pp_text(double share) { return fmt::format("{:+.1f} pp", 100.0 * share); }

}  // namespace

TranslationResult translate_effect(const EffectMeasurement& measured, const MeasureSpec& measure,
                                   const PublishedEffect& published, const std::vector<double>& targets,
                                   std::optional<double> lock_in) {
    TranslationResult result;
    EffectCurve& curve = result.curve;
    const auto& points = published.points;
    curve.since_entry = true;
    curve.exit = measure.exit_factor;
    curve.post.assign(static_cast<std::size_t>(points.back().month), 1.0);
    curve.lock_in = lock_in.value_or(1.0);

    const auto set_stretch = [&](std::size_t j, double factor) {
        const int from = j == 0 ? 0 : points[j - 1].month;
        for (int index = from; index < points[j].month; ++index) curve.post[static_cast<std::size_t>(index)] = factor;
    };
    // Solves stretch j; `last` receives the difference at its point.
    double last = 0;
    const auto solve_stretch = [&](std::size_t j) {
        const int month = points[j].month;
        const auto residual = [&](double log_factor) {
            set_stretch(j, std::exp(log_factor));
            last = measured.difference(curve, month);
            return last - targets[j];
        };
        const Root root = increasing_root(residual, std::log(kMinFactor), std::log(kMaxFactor));
        residual(root.x);  // leave curve and `last` at the answer
        return root;
    };
    const auto unreachable = [&](std::size_t j, const Root& root) {
        result.failed_point = static_cast<int>(j);
        result.problem = fmt::format(
            "{} at month {} cannot be represented for this measure's eligible persons: an after-effect factor of {} "
            "gives {} (without the measure {:.1f} % of them {})",
            pp_text(targets[j]), points[j].month, root.below ? "0.001" : "1,000", pp_text(last),
            100.0 * measured.untreated(points[j].month), measured.untreated_words);
    };

    std::size_t first_free = 0;
    if (!lock_in && published.lock_in_months > 0) {
        // The lock-in factor and the first stretch together: the first point's value, and
        // back at zero where the lock-in ends (the later, the deeper the lock-in).
        const int end = published.lock_in_months;
        Root inner;
        double at_end_value = 0;
        const auto at_lock_in_end = [&](double log_lock_in) {
            curve.lock_in = std::exp(log_lock_in);
            inner = solve_stretch(0);
            at_end_value = measured.difference(curve, end);
            return at_end_value;
        };
        const Root outer = increasing_root(at_lock_in_end, std::log(kMinFactor), 0.0);
        at_lock_in_end(outer.x);
        if (!inner.found) {
            unreachable(0, inner);
            return result;
        }
        if (!outer.found) {
            const std::string at_end = pp_text(at_end_value);
            result.problem =
                outer.below ? fmt::format("a lock-in that ends at month {} is too short for this measure: even a lock-in "
                                          "factor of 0.001 leaves the effect at {} then (participants are still in it)",
                                          end, at_end)
                            : fmt::format("a lock-in that ends at month {} is too long for this effect: even without any "
                                          "lock-in it is still {} then",
                                          end, at_end);
            return result;
        }
        first_free = 1;
    }
    for (std::size_t j = first_free; j < points.size(); ++j) {
        const Root root = solve_stretch(j);
        if (!root.found) {
            unreachable(j, root);
            return result;
        }
    }
    return result;
}

}  // namespace intsim
