#include "model/effects/effect_factors.hpp"

#include <algorithm>
#include <cmath>

#include "model/monthly_rules.hpp"

namespace intsim {

namespace {

// A value known at the nodes, linear in z between and beyond them.
double between_nodes(const std::array<double, 3>& at_node, double z) {
    z = std::clamp(z, -kEffectDrawLimit, kEffectDrawLimit);
    const std::size_t from = z <= kEffectNodes[1] ? 0 : 1;
    const double slope = (at_node[from + 1] - at_node[from]) / (kEffectNodes[from + 1] - kEffectNodes[from]);
    return at_node[from] + slope * (z - kEffectNodes[from]);
}

}  // namespace

double factor_for_draw(double p05, double p50, double p95, double z) {
    return std::exp(between_nodes({std::log(p05), std::log(p50), std::log(p95)}, z));
}

void effect_for_draw(const MeasureSpec& measure, const MeasureEffect& effect, double z, double measure_effect_sd,
                     EffectCurve& out) {
    if (effect.way != EffectWay::Published) {
        const double factor = std::exp(measure_effect_sd * z);
        out.lock_in = integration_factor_while_participating(measure);
        out.exit = measure.exit_factor;
        out.since_entry = false;
        out.post.assign(static_cast<std::size_t>(measure.post_months), measure.post * factor);
        return;
    }
    const auto& nodes = effect.at_node;
    out.lock_in = nodes[1].lock_in;
    out.exit = nodes[1].exit;
    out.since_entry = true;
    out.post.resize(nodes[1].post.size());
    for (std::size_t i = 0; i < out.post.size(); ++i)
        out.post[i] = factor_for_draw(nodes[0].post[i], nodes[1].post[i], nodes[2].post[i], z);
}

}  // namespace intsim
