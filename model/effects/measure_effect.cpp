#include "model/effects/measure_effect.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "model/effects/effect_translation.hpp"
#include "model/effects/outcome_chain.hpp"
#include "model/model.hpp"
#include "model/monthly_rules.hpp"

namespace intsim {

namespace {

EffectCurve factor_curve(const MeasureSpec& m, double effect_factor) {
    EffectCurve curve;
    curve.lock_in = integration_factor_while_participating(m);
    curve.exit = m.exit_factor;
    curve.post.assign(static_cast<std::size_t>(m.post_months), m.post * effect_factor);
    return curve;
}

// E[f(Z)] for a standard normal Z, by Simpson's rule on [-8, 8].
template <class F>
double normal_mean(F&& f) {
    constexpr int steps = 1024;
    constexpr double from = -8.0, width = 16.0 / steps;
    double total = 0;
    for (int i = 0; i <= steps; ++i) {
        const double z = from + width * i;
        const double weight = (i == 0 || i == steps) ? 1.0 : (i % 2 == 1 ? 4.0 : 2.0);
        total += weight * std::exp(-0.5 * z * z) * f(z);
    }
    return total * width / 3.0 / std::sqrt(2.0 * 3.14159265358979323846);
}

std::string published_pointer(const MeasureSpec& m) {
    return "/measures/" + escape_pointer_token(m.id) + "/effect/published";
}

// The untreated level of a quantity, in the words of the message that names it.
const char* untreated_words(EffectQuantity quantity) {
    switch (quantity) {
        case EffectQuantity::Employed: return "are in regular employment then";
        case EffectQuantity::OutOfBenefit: return "are out of benefit then";
        case EffectQuantity::EverIntegrated: return "have integrated by then";
    }
    return "";
}

// The difference a curve makes in `quantity` on the chain, treated minus untreated.
EffectMeasurement chain_measurement(const OutcomeChain& chain, const MeasureSpec& m, EffectQuantity quantity) {
    return {[&chain, &m, quantity](const EffectCurve& curve, int month) {
                return outcome_share(treated_outcome(chain, m, curve, month), quantity) -
                       outcome_share(untreated_outcome(chain, month), quantity);
            },
            [&chain, quantity](int month) { return outcome_share(untreated_outcome(chain, month), quantity); },
            untreated_words(quantity)};
}

EffectCurve translated(const Model& model, const MeasureSpec& m, const EffectMeasurement& measured, std::size_t node,
                       std::optional<double> lock_in) {
    static constexpr const char* kField[] = {"p05", "pp", "p95"};
    const PublishedEffect& published = *m.published;
    std::vector<double> targets;
    for (const EffectPoint& point : published.points)
        targets.push_back((node == 0 ? point.p05 : node == 1 ? point.pp : point.p95) / 100.0);
    TranslationResult result = translate_effect(measured, m, published, targets, lock_in);
    if (result.problem.empty()) return std::move(result.curve);
    const std::string where = result.failed_point < 0
                                  ? published_pointer(m) + "/lock_in_months"
                                  : fmt::format("{}/points/{}/{}", published_pointer(m), result.failed_point, kField[node]);
    throw InputError(model.scenario.origin, where, result.problem);
}

}  // namespace

MeasureEffect derive_measure_effect(const Model& model, std::size_t measure) {
    const MeasureSpec& m = model.measures[measure].spec;
    const double sd = model.scenario.measure_effect_sd;
    MeasureEffect effect;
    if (m.published && entry_decides(m)) effect.way = EffectWay::OnEntry;
    else if (m.published) effect.way = EffectWay::Published;

    if (effect.way == EffectWay::Published) {
        const OutcomeChain chain = outcome_chain(model, measure, m.published->points.back().month);
        const auto translate_all = [&](EffectQuantity quantity) {
            const EffectMeasurement measured = chain_measurement(chain, m, quantity);
            effect.matched = quantity;
            effect.at_node[1] = translated(model, m, measured, 1, m.published->lock_in);
            // The stated range is about the effect after the lock-in: the tails keep its factor.
            const double lock_in = effect.at_node[1].lock_in;
            effect.at_node[0] = translated(model, m, measured, 0, lock_in);
            effect.at_node[2] = translated(model, m, measured, 2, lock_in);
        };
        try {
            translate_all(m.published->quantity);
        } catch (const InputError& own) {
            // A statement on employment that these persons cannot show (jobs end, and the
            // stated lock-in or range needs more than one after-effect factor gives): the
            // share integrated at least once is the nearest quantity the model can match.
            // Said as a warning wherever the effect is shown; refused if that fails too.
            if (m.published->quantity == EffectQuantity::EverIntegrated) throw;
            try {
                translate_all(EffectQuantity::EverIntegrated);
            } catch (const InputError&) {
                throw own;
            }
            effect.matched_instead = own.detail();
        }
        effect.expected = effect.at_node[1];
        for (std::size_t i = 0; i < effect.expected.post.size(); ++i) {
            const double p05 = effect.at_node[0].post[i], p50 = effect.at_node[1].post[i], p95 = effect.at_node[2].post[i];
            effect.expected.post[i] = normal_mean([&](double z) { return factor_for_draw(p05, p50, p95, z); });
        }
    } else {
        for (std::size_t node = 0; node < kEffectNodes.size(); ++node)
            effect.at_node[node] = factor_curve(m, std::exp(sd * kEffectNodes[node]));
        effect.expected = factor_curve(m, std::exp(sd * sd / 2));  // the lognormal's mean
    }
    return effect;
}

ImpliedEffects implied_effects(const Model& model, std::size_t measure) {
    const MeasureSpec& m = model.measures[measure].spec;
    const MeasureEffect& effect = model.measures[measure].effect;
    std::set<int> months = {12, 24, 36, kMaxEffectMonths};
    if (m.published)
        for (const EffectPoint& point : m.published->points) months.insert(point.month);
    // In the quantity the statement measures (a statement of factors: the share employed,
    // as the evidence reports), job loss and re-entry included.
    const OutcomeChain chain = outcome_chain(model, measure, kMaxEffectMonths);
    ImpliedEffects implied;
    implied.whole_stock = chain.whole_stock;
    implied.quantity = effect.way == EffectWay::Published ? effect.matched
                       : m.published                       ? m.published->quantity
                                                           : EffectQuantity::Employed;
    const EffectMeasurement measured = chain_measurement(chain, m, implied.quantity);
    for (int month : months) {
        ImpliedEffect point{month, {}, {}};
        for (std::size_t node = 0; node < kEffectNodes.size(); ++node)
            point.at_node[node] = measured.difference(effect.at_node[node], month);
        point.k2 = k2_account(chain, m, effect.at_node[1], month);
        implied.points.push_back(point);
    }
    return implied;
}

}  // namespace intsim
