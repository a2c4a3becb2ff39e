#include "model/indicator_catalogue.hpp"

#include <algorithm>
#include <stdexcept>

namespace intsim {

namespace {

constexpr std::string_view kIntegrationsReason =
    "integrations (BA key figure K2) are what the jobcenter agrees targets on: more is better";
constexpr std::string_view kRateReason = "the integration rate (K2) rises with integrations: higher is better";
constexpr std::string_view kElbReason =
    "fewer persons depending on benefit is the aim of SGB II (section 1); the BA's K1 measures it "
    "through the sum of benefits: lower is better";
constexpr std::string_view kLtrReason =
    "reducing long-term benefit receipt is the target of the BA's key figure K3: lower is better";
constexpr std::string_view kCompositionReason =
    "a share of the stock, no goal in itself: neither more nor fewer is better (a target can give a direction)";
constexpr std::string_view kSpendReason =
    "the operative EGT is meant to be spent, not saved, and overspending is shown as P(over budget): "
    "neither direction is better in itself (a target can give one)";

}  // namespace

const std::vector<IndicatorInfo>& indicator_catalogue() {
    using enum Unit;
    using enum Aggregation;
    static const std::vector<IndicatorInfo> catalogue = {
        {"integrations_total", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations", "Integrationen"},
        {"integrations_women", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations of women", "Integrationen von Frauen"},
        {"integrations_single_parents", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations of single parents", "Integrationen von Alleinerziehenden"},
        {"integrations_ltr", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations of LZB", "Integrationen von LZB"},
        {"integration_rate", Percent, Derived, Direction::Higher, kRateReason,
         "Integration rate", "Integrationsquote"},
        {"ltr_integration_rate", Percent, Derived, Direction::Higher, kRateReason,
         "LZB integration rate", "Integrationsquote der LZB"},
        {"elb_avg", Persons, Average, Direction::Lower, kElbReason,
         "eLb stock, average", "eLb-Bestand im Jahresdurchschnitt"},
        {"elb_end", Persons, End, Direction::Lower, kElbReason,
         "eLb stock at the end", "eLb-Bestand am Ende"},
        {"ltr_avg", Persons, Average, Direction::Lower, kLtrReason,
         "LZB stock, average", "LZB-Bestand im Jahresdurchschnitt"},
        {"ltr_end", Persons, End, Direction::Lower, kLtrReason,
         "LZB stock at the end", "LZB-Bestand am Ende"},
        {"ltr_change_pct", Percent, Derived, Direction::Lower, kLtrReason,
         "Change of the LZB stock", "Veränderung des LZB-Bestands"},
        {"women_avg", Persons, Average, std::nullopt, kCompositionReason,
         "Women in the stock, average", "Frauen im Bestand, Jahresdurchschnitt"},
        {"single_parents_avg", Persons, Average, std::nullopt, kCompositionReason,
         "Single parents in the stock, average", "Alleinerziehende im Bestand, Jahresdurchschnitt"},
        {"budget_spend", Euro, Sum, std::nullopt, kSpendReason,
         "EGT spend", "EGT-Ausgaben"},
        {"budget_remaining", Euro, Derived, std::nullopt, kSpendReason,
         "EGT remaining", "Verbleibende EGT-Mittel"},
    };
    return catalogue;
}

const IndicatorInfo& indicator_info(std::string_view name) {
    const auto& catalogue = indicator_catalogue();
    const auto it = std::find_if(catalogue.begin(), catalogue.end(),
                                 [&](const IndicatorInfo& info) { return info.name == name; });
    if (it == catalogue.end()) throw std::out_of_range("no indicator " + std::string(name));
    return *it;
}

const std::vector<std::string>& indicator_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& info : indicator_catalogue()) out.emplace_back(info.name);
        return out;
    }();
    return names;
}

Direction default_direction(const std::string& indicator) {
    return indicator_info(indicator).direction.value_or(Direction::Higher);
}

bool has_default_direction(const std::string& indicator) {
    return indicator_info(indicator).direction.has_value();
}

std::string_view direction_name(Direction direction) {
    return direction == Direction::Higher ? "higher" : "lower";
}

std::string_view unit_name(Unit unit) {
    switch (unit) {
        case Unit::Persons: return "persons";
        case Unit::Integrations: return "integrations";
        case Unit::Percent: return "percent";
        case Unit::Euro: return "euro";
    }
    return "persons";
}

}  // namespace intsim
