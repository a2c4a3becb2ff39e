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

double ratio(double numerator, double denominator) { return denominator > 0 ? numerator / denominator : 0.0; }

constexpr unsigned kYears = kShownInConsoleYears | kShownInReportYears;

}  // namespace

const std::vector<IndicatorInfo>& indicator_catalogue() {
    using enum Unit;
    using enum Aggregation;
    using P = const PeriodFigures&;
    static const std::vector<IndicatorInfo> catalogue = {
        {"integrations_total", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations", "Integrationen",
         [](P p) { return p.integrations; }, kYears | kShownInCompareTable | kShownInBatch | kShownInTracking | kShownInWorkbench},
        {"integrations_women", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations of women", "Integrationen von Frauen",
         [](P p) { return p.integrations_women; }, kYears | kShownInCompareTable | kShownInTracking | kShownInWorkbench},
        {"integrations_single_parents", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations of single parents", "Integrationen von Alleinerziehenden",
         [](P p) { return p.integrations_single_parents; }, kYears | kShownInCompareTable | kShownInTracking | kShownInWorkbench},
        {"integrations_ltr", Integrations, Sum, Direction::Higher, kIntegrationsReason,
         "Integrations of LZB", "Integrationen von LZB",
         [](P p) { return p.integrations_ltr; }, kYears | kShownInCompareTable | kShownInTracking | kShownInWorkbench},
        {"integration_rate", Percent, Derived, Direction::Higher, kRateReason,
         "Integration rate", "Integrationsquote",
         [](P p) { return 100.0 * ratio(p.integrations, p.elb_avg); },
         kYears | kShownInCompareTable | kShownInTracking},
        {"ltr_integration_rate", Percent, Derived, Direction::Higher, kRateReason,
         "LZB integration rate", "Integrationsquote der LZB",
         [](P p) { return 100.0 * ratio(p.integrations_ltr, p.ltr_avg); }, kYears | kShownInTracking},
        // The BA's K2E4: integrations of single parents over the period / their average stock.
        {"single_parents_integration_rate", Percent, Derived, Direction::Higher, kRateReason,
         "Integration rate of single parents", "Integrationsquote der Alleinerziehenden",
         [](P p) { return 100.0 * ratio(p.integrations_single_parents, p.single_parents_avg); }, kYears},
        {"elb_avg", Persons, Average, Direction::Lower, kElbReason,
         "eLb stock, average", "eLb-Bestand im Jahresdurchschnitt",
         [](P p) { return p.elb_avg; }, kYears | kShownInTracking},
        {"elb_end", Persons, End, Direction::Lower, kElbReason,
         "eLb stock at the end", "eLb-Bestand am Ende",
         [](P p) { return p.elb_end; }, kShownInReportYears | kShownInTracking},
        {"ltr_avg", Persons, Average, Direction::Lower, kLtrReason,
         "LZB stock, average", "LZB-Bestand im Jahresdurchschnitt",
         [](P p) { return p.ltr_avg; }, kYears | kShownInCompareTable | kShownInBatch | kShownInTracking | kShownInWorkbench},
        {"ltr_end", Persons, End, Direction::Lower, kLtrReason,
         "LZB stock at the end", "LZB-Bestand am Ende",
         [](P p) { return p.ltr_end; }, kYears | kShownInCompareTable | kShownInTracking},
        {"ltr_change_pct", Percent, Derived, Direction::Lower, kLtrReason,
         "Change of the LZB stock", "Veränderung des LZB-Bestands",
         [](P p) { return p.ltr_reference > 0 ? 100.0 * (p.ltr_avg / p.ltr_reference - 1.0) : 0.0; },
         kShownInReportYears | kShownInTracking},
        {"women_avg", Persons, Average, std::nullopt, kCompositionReason,
         "Women in the stock, average", "Frauen im Bestand, Jahresdurchschnitt",
         [](P p) { return p.women_avg; }, 0},
        {"single_parents_avg", Persons, Average, std::nullopt, kCompositionReason,
         "Single parents in the stock, average", "Alleinerziehende im Bestand, Jahresdurchschnitt",
         [](P p) { return p.single_parents_avg; }, 0},
        {"budget_spend", Euro, Sum, std::nullopt, kSpendReason,
         "EGT spend", "EGT-Ausgaben",
         [](P p) { return p.spend; }, kYears | kShownInCompareTable | kShownInBatch | kShownInWorkbench},
        {"budget_remaining", Euro, Derived, std::nullopt, kSpendReason,
         "EGT remaining", "Verbleibende EGT-Mittel",
         [](P p) { return p.operative_egt - p.spend; }, 0},
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

const std::vector<std::string>& indicators_shown_in(Shown place) {
    static const auto names_of = [](Shown p) {
        std::vector<std::string> out;
        for (const auto& info : indicator_catalogue())
            if ((info.shown & p) != 0) out.emplace_back(info.name);
        return out;
    };
    static const std::vector<std::string> console_years = names_of(kShownInConsoleYears),
                                          report_years = names_of(kShownInReportYears),
                                          compare_table = names_of(kShownInCompareTable),
                                          batch = names_of(kShownInBatch), tracking = names_of(kShownInTracking),
                                          workbench = names_of(kShownInWorkbench);
    switch (place) {
        case kShownInConsoleYears: return console_years;
        case kShownInReportYears: return report_years;
        case kShownInCompareTable: return compare_table;
        case kShownInBatch: return batch;
        case kShownInTracking: return tracking;
        case kShownInWorkbench: return workbench;
    }
    return console_years;
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
