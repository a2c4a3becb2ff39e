#include "decisions/setup/plausibility.hpp"

#include <algorithm>

namespace intsim {

const PlausibilityRange& plausibility_range(PlausibilityCheck check) {
    // docs/evidence/plausibility.md: the sources of each bound, and which are assumptions.
    static const std::map<PlausibilityCheck, PlausibilityRange> ranges = {
        // Jobcenters' K2 ranged from 13.6 to 49.9 % (2012) and 14.5 to 47.2 % (2013), BIAJ.
        {PlausibilityCheck::IntegrationRate, {10, 50, 100}},
        // K2 of women: 10.6 to 40.0 % (2012), 11.5 to 38.2 % (2013), BIAJ.
        {PlausibilityCheck::WomenIntegrationRate, {7, 45, 100}},
        // Assumptions (no published spread found): national K2E4 and K3E1 well inside.
        {PlausibilityCheck::SingleParentIntegrationRate, {4, 45, 100}},
        {PlausibilityCheck::LtrIntegrationRate, {5, 40, 100}},
        // National LZB share 68.0 % (August 2018, BIAJ); the band around it an assumption.
        {PlausibilityCheck::LtrShare, {40, 85, 0}},
        // Assumption: newcomers a month 0.5 to 6 % of the stock; half the stock a month is none.
        {PlausibilityCheck::NewcomersPerElb, {0.5, 6, 50}},
        // Assumption: what SGB II measures cost (docs/evidence/plausibility.md).
        {PlausibilityCheck::CostPerMonth, {50, 5000, 0}},
        {PlausibilityCheck::CostPerEntry, {100, 60000, 0}},
    };
    return ranges.at(check);
}

namespace {

void judge(std::vector<PlausibilityFinding>& out, PlausibilityCheck check, double value, const std::string& file,
           const std::string& pointer, const std::string& subject = "") {
    const PlausibilityRange& range = plausibility_range(check);
    const bool refused = range.refuse_above > 0 && value > range.refuse_above;
    if (refused || value < range.warn_below || value > range.warn_above)
        out.push_back({check, refused, value, file, pointer, subject});
}

void refusals_first(std::vector<PlausibilityFinding>& findings) {
    std::stable_partition(findings.begin(), findings.end(), [](const PlausibilityFinding& f) { return f.refused; });
}

}  // namespace

std::vector<PlausibilityFinding> check_key_figures(const KeyFigures& k) {
    std::vector<PlausibilityFinding> out;
    const double elb = k.elb.average;  // >= 1, checked by the reader
    judge(out, PlausibilityCheck::IntegrationRate, 100 * k.integrations_total / elb, k.file, "/integrations/total");
    if (k.women_share > 0)
        judge(out, PlausibilityCheck::WomenIntegrationRate, 100 * k.integrations_women / (k.women_share * elb), k.file,
              "/integrations/women");
    if (k.single_parent_share > 0)
        judge(out, PlausibilityCheck::SingleParentIntegrationRate,
              100 * k.integrations_single_parents / (k.single_parent_share * elb), k.file, "/integrations/single_parents");
    if (k.ltr.average > 0)
        judge(out, PlausibilityCheck::LtrIntegrationRate, 100 * k.integrations_ltr / k.ltr.average, k.file,
              "/integrations/ltr");
    judge(out, PlausibilityCheck::LtrShare, 100 * k.ltr.average / elb, k.file, "/ltr/average");
    if (k.newcomers_monthly)
        judge(out, PlausibilityCheck::NewcomersPerElb, 100 * *k.newcomers_monthly / elb, k.file, "/newcomers_monthly");
    for (const MeasureRow& m : k.measures) {
        if (!m.cost || *m.cost <= 0) continue;
        const bool per_entry = m.cost_unit == "per_entry" || (m.cost_unit.empty() && m.unit != CapacityKind::Slots);
        const std::string pointer = m.where.starts_with("/") ? m.where + "/cost" : m.where + " (column \"cost\")";
        judge(out, per_entry ? PlausibilityCheck::CostPerEntry : PlausibilityCheck::CostPerMonth, *m.cost, m.file,
              pointer, m.id);
    }
    refusals_first(out);
    return out;
}

std::vector<PlausibilityFinding> check_yearly_actuals(const std::map<std::string, double>& actuals,
                                                      const std::string& file) {
    std::vector<PlausibilityFinding> out;
    const auto given = [&](const char* name) { return actuals.find(name) != actuals.end(); };
    const auto at = [&](const char* name) { return actuals.at(name); };
    if (given("elb_avg") && at("elb_avg") > 0) {
        if (given("integrations_total"))
            judge(out, PlausibilityCheck::IntegrationRate, 100 * at("integrations_total") / at("elb_avg"), file,
                  "integrations_total");
        if (given("ltr_avg"))
            judge(out, PlausibilityCheck::LtrShare, 100 * at("ltr_avg") / at("elb_avg"), file, "ltr_avg");
    }
    if (given("ltr_avg") && at("ltr_avg") > 0 && given("integrations_ltr"))
        judge(out, PlausibilityCheck::LtrIntegrationRate, 100 * at("integrations_ltr") / at("ltr_avg"), file,
              "integrations_ltr");
    refusals_first(out);
    return out;
}

}  // namespace intsim
