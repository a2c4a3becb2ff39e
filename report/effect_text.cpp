#include "report/effect_text.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/number_format.hpp"

namespace intsim {

namespace {

nlohmann::json text_or_null(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

nlohmann::json at_nodes(const std::array<double, 3>& values, double scale = 1.0) {
    return {{"p05", round_figure(scale * values[0])},
            {"p50", round_figure(scale * values[1])},
            {"p95", round_figure(scale * values[2])}};
}

// "central unit (p05 .. p95)", or the central value alone when the three agree.
std::string range_text(const std::array<double, 3>& v, const char* format, const char* unit = "") {
    const std::string central = fmt::format(fmt::runtime(format), v[1]) + unit;
    if (std::fabs(v[0] - v[1]) < 5e-4 && std::fabs(v[2] - v[1]) < 5e-4) return central;
    return fmt::format("{} ({} .. {})", central, fmt::format(fmt::runtime(format), v[0]),
                       fmt::format(fmt::runtime(format), v[2]));
}

// The quantity an effect is stated in, as its JSON name and in words.
const char* quantity_name(EffectQuantity q) {
    switch (q) {
        case EffectQuantity::Employed: return "employed";
        case EffectQuantity::OutOfBenefit: return "out_of_benefit";
        case EffectQuantity::EverIntegrated: return "ever_integrated";
    }
    return "employed";
}

const char* quantity_words(EffectQuantity q) {
    switch (q) {
        case EffectQuantity::Employed: return "the share in regular employment";
        case EffectQuantity::OutOfBenefit: return "the share out of benefit";
        case EffectQuantity::EverIntegrated: return "the share integrated at least once";
    }
    return "";
}

std::string catalogue_text(const MeasureSpec& m) {
    return m.effect_catalogue.empty() ? "" : " (catalogue \"" + m.effect_catalogue + "\")";
}

}  // namespace

std::string effect_way_name(EffectWay way) {
    switch (way) {
        case EffectWay::Factors: return "factors";
        case EffectWay::Published: return "published";
        case EffectWay::OnEntry: return "on_entry";
    }
    return "factors";
}

std::vector<FactorStretch> factor_stretches(const MeasureEffect& effect) {
    std::vector<FactorStretch> stretches;
    const auto& nodes = effect.at_node;
    for (std::size_t i = 0; i < nodes[1].post.size(); ++i) {
        const std::array<double, 3> f = {nodes[0].post[i], nodes[1].post[i], nodes[2].post[i]};
        if (!stretches.empty() && stretches.back().factor == f) {
            stretches.back().to = static_cast<int>(i) + 1;
        } else {
            stretches.push_back({static_cast<int>(i), static_cast<int>(i) + 1, f});
        }
    }
    return stretches;
}

nlohmann::json effect_to_json(const MeasureSpec& m, const MeasureEffect& effect, const ImpliedEffects& implied) {
    nlohmann::json out = {{"way", effect_way_name(effect.way)},
                          {"catalogue", text_or_null(m.effect_catalogue)},
                          {"source", text_or_null(m.effect_source)},
                          {"assumption", text_or_null(m.effect_assumption)}};
    if (m.published) {
        const PublishedEffect& p = *m.published;
        nlohmann::json points = nlohmann::json::array();
        for (const EffectPoint& q : p.points)
            points.push_back({{"month", q.month}, {"pp", q.pp}, {"p05", q.p05}, {"p95", q.p95}});
        out["stated"] = {{"measured", p.measured},
                         {"lock_in_months", p.lock_in_months >= 0 ? nlohmann::json(p.lock_in_months) : nlohmann::json(nullptr)},
                         {"quantity", quantity_name(p.quantity)},
                         {"quantity_stated", p.quantity_stated},
                         {"quantity_caveat", text_or_null(p.quantity_caveat)},
                         {"matched_quantity", quantity_name(effect.way == EffectWay::Published ? effect.matched : p.quantity)},
                         {"matched_instead", text_or_null(effect.matched_instead)},
                         {"lock_in", p.lock_in ? nlohmann::json(*p.lock_in) : nlohmann::json(nullptr)},
                         {"points", points}};
    } else {
        out["stated"] = {{"lock_in", m.lock_in}, {"post", m.post}, {"post_months", m.post_months}, {"exit", m.exit_factor}};
    }
    const auto& nodes = effect.at_node;
    nlohmann::json post = nlohmann::json::array();
    for (const FactorStretch& s : factor_stretches(effect)) {
        nlohmann::json stretch = at_nodes(s.factor);
        stretch["from_month"] = s.from;
        stretch["to_month"] = s.to;
        post.push_back(stretch);
    }
    out["factors"] = {{"lock_in", at_nodes({nodes[0].lock_in, nodes[1].lock_in, nodes[2].lock_in})},
                      {"exit", round_figure(nodes[1].exit)},
                      {"post_index", nodes[1].since_entry ? "months_since_entry" : "months_since_leaving"},
                      {"post", post}};
    nlohmann::json points = nlohmann::json::array();
    for (const ImpliedEffect& i : implied.points) {
        nlohmann::json point = at_nodes(i.at_node, 100.0);
        point["month"] = i.month;
        point["k2_per_100_entrants"] = {{"integrations", round_figure(100 * i.k2.integrations)},
                                        {"first", round_figure(100 * i.k2.ever_integrated)},
                                        {"repeat", round_figure(100 * (i.k2.integrations - i.k2.ever_integrated))}};
        points.push_back(point);
    }
    out["implied_quantity"] = quantity_name(implied.quantity);
    out["implied_pp"] = points;
    out["measured_on"] = implied.whole_stock ? "whole_start_stock" : "eligible_start_stock";
    return out;
}

std::vector<std::string> effect_lines(const MeasureSpec& m, const MeasureEffect& effect,
                                      const ImpliedEffects& implied_effects, bool with_sources) {
    std::vector<std::string> lines;
    const auto& nodes = effect.at_node;
    std::string stated;
    if (m.published) {
        const PublishedEffect& p = *m.published;
        for (const EffectPoint& q : p.points)
            stated += fmt::format("{}{} at month {}", stated.empty() ? "" : ", ",
                                  range_text({q.p05, q.pp, q.p95}, "{:+.1f}", " pp"), q.month);
        std::string lock_in;
        if (effect.way == EffectWay::Published)
            lock_in = p.lock_in ? fmt::format("; lock-in factor {:.2f} (stated)", *p.lock_in)
                      : p.lock_in_months > 0 ? fmt::format("; negative until month {}", p.lock_in_months)
                                             : "; no lock-in";
        lines.push_back(fmt::format("{}{}: {}{} ({})",
                                    effect.way == EffectWay::OnEntry ? "on entry, published" : "published",
                                    catalogue_text(m), stated, lock_in, p.measured));
        if (effect.way == EffectWay::Published && effect.matched_instead.empty())
            lines.push_back(fmt::format("matched on {}{}", quantity_words(p.quantity),
                                        p.quantity_stated ? "" : " (no \"quantity\" stated: the default)"));
        if (effect.way == EffectWay::Published && !effect.matched_instead.empty())
            lines.push_back(fmt::format("warning: matched on {} instead of {}, which these persons cannot show: {}",
                                        quantity_words(effect.matched), quantity_words(p.quantity),
                                        effect.matched_instead));
    } else if (entry_decides(m)) {
        lines.push_back(fmt::format("on entry{}: {}", catalogue_text(m),
                                    m.counts_as_integration ? "every entry is an integration" : "every entry ends the benefit spell"));
    } else {
        lines.push_back(fmt::format("factors{}: lock-in {:.2f}, after leaving {} for {} months{}", catalogue_text(m),
                                    m.lock_in, range_text({nodes[0].post.empty() ? 1.0 : nodes[0].post[0], m.post,
                                                           nodes[2].post.empty() ? 1.0 : nodes[2].post[0]},
                                                          "{:.2f}"),
                                    m.post_months, m.exit_factor != 1.0 ? fmt::format(", other exits {:.2f}", m.exit_factor) : ""));
    }
    if (effect.way == EffectWay::OnEntry) {
        lines.push_back("the entry decides (integration on entry): the statement is shown, not translated");
    } else if (effect.way == EffectWay::Published) {
        std::string post;
        for (const FactorStretch& s : factor_stretches(effect))
            post += fmt::format("{}{}-{} {}", post.empty() ? "" : ", ", s.from, s.to - 1, range_text(s.factor, "{:.2f}"));
        lines.push_back(fmt::format("derived: lock-in {:.2f}; after leaving, by months since entry: {}; none after month {}",
                                    nodes[1].lock_in, post, nodes[1].post.size()));
    }
    std::string implied, k2;
    for (const ImpliedEffect& i : implied_effects.points) {
        const std::array<double, 3> pp = {100 * i.at_node[0], 100 * i.at_node[1], 100 * i.at_node[2]};
        implied += fmt::format("{}{}: {}", implied.empty() ? "" : ", ", i.month, range_text(pp, "{:+.1f}"));
        k2 += fmt::format("{}{}: {:+.1f} ({:+.1f} first, {:+.1f} repeat)", k2.empty() ? "" : ", ", i.month,
                          100 * i.k2.integrations, 100 * i.k2.ever_integrated,
                          100 * (i.k2.integrations - i.k2.ever_integrated));
    }
    lines.push_back(fmt::format("implies, in {} (job loss and re-entry included), pp by month after entry: {}{}",
                                quantity_words(implied_effects.quantity), implied,
                                implied_effects.whole_stock ? " (nobody eligible at the start: measured on the whole stock)" : ""));
    lines.push_back(fmt::format("K2 integrations it adds per 100 entrants, by month after entry: {}", k2));
    if (m.published && !m.published->quantity_caveat.empty())
        lines.push_back("warning: the study measured more than the model can follow: " + m.published->quantity_caveat);
    if (with_sources && !m.effect_source.empty()) lines.push_back("source: " + m.effect_source);
    if (with_sources && !m.effect_assumption.empty()) lines.push_back("assumption: " + m.effect_assumption);
    return lines;
}

}  // namespace intsim
