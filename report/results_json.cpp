#include "report/results_json.hpp"

#include "report/effect_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace intsim {

nlohmann::json quantiles_to_json(const Quantiles& q) {
    return {{"mean", round_figure(q.mean)},
            {"p05", round_figure(q.p05)},
            {"p25", round_figure(q.p25)},
            {"p50", round_figure(q.p50)},
            {"p75", round_figure(q.p75)},
            {"p95", round_figure(q.p95)}};
}

namespace {

// Expected-value results have means only: every spread becomes null.
nlohmann::json nulled_spreads(nlohmann::json value) {
    if (value.is_object()) {
        for (auto& [key, item] : value.items()) {
            if (key == "p05" || key == "p25" || key == "p50" || key == "p75" || key == "p95" ||
                key == "sd" || key == "mc_se" || key == "min" || key == "max" || key == "p_target_met" ||
                key == "p80" || key == "p90" || key == "p_over_budget")
                item = nullptr;
            else
                item = nulled_spreads(item);
        }
    } else if (value.is_array()) {
        for (auto& item : value) item = nulled_spreads(item);
    }
    return value;
}

nlohmann::json optional_number(const std::optional<double>& x) {
    return x ? nlohmann::json(round_figure(*x)) : nlohmann::json(nullptr);
}

nlohmann::json indicator_to_json(const IndicatorResult& i) {
    const Summary& s = i.summary;
    return {{"mean", round_figure(s.mean)},
            {"sd", round_figure(s.sd)},
            {"mc_se", round_figure(s.mc_se)},
            {"p05", round_figure(s.p05)},
            {"p25", round_figure(s.p25)},
            {"p50", round_figure(s.p50)},
            {"p75", round_figure(s.p75)},
            {"p95", round_figure(s.p95)},
            {"min", round_figure(s.min)},
            {"max", round_figure(s.max)},
            {"target", optional_number(i.target)},
            {"direction", direction_name(i.direction)},
            {"directed", i.directed},
            {"p_target_met", optional_number(i.p_target_met)},
            {"offer", {{"p80", optional_number(i.offer_p80)}, {"p90", optional_number(i.offer_p90)}}}};
}

nlohmann::json indicators_to_json(const std::vector<IndicatorResult>& indicators) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& i : indicators) out[i.name] = indicator_to_json(i);
    return out;
}

nlohmann::json budget_to_json(const BudgetResult& b) {
    if (!b.present) return nlohmann::json::object();
    return {{"operative_egt", round_figure(b.operative_egt)},
            {"spend", quantiles_to_json(b.spend)},
            {"remaining", quantiles_to_json(b.remaining)},
            {"p_over_budget", round_figure(b.p_over_budget)}};
}

nlohmann::json year_to_json(const YearResult& y) {
    nlohmann::json budget = budget_to_json(y.budget);
    if (y.budget.present) budget["operative_egt_carried_forward"] = y.egt_carried_forward;
    return {{"year", y.year},
            {"partial", y.partial},
            {"months", y.months},
            {"has_targets", y.has_targets},
            {"indicators", indicators_to_json(y.indicators)},
            {"p_all_targets_met", optional_number(y.p_all_targets_met)},
            {"budget", budget}};
}

}  // namespace

nlohmann::json results_to_json(const Results& r, const std::string& version) {
    nlohmann::json doc;
    doc["intsim_version"] = version;
    doc["scenario"] = {{"name", r.scenario_name}, {"sha256", r.scenario_sha256}};
    doc["run"] = {{"replications", r.run.replications},
                  {"seed", r.run.seed},
                  {"threads", r.run.threads},
                  {"ranks", r.run.ranks},
                  {"wall_seconds", std::round(r.run.wall_seconds * 1000.0) / 1000.0},
                  {"person_months", r.run.person_months},
                  {"offer_probability", r.run.offer_probability}};
    doc["indicators"] = indicators_to_json(r.indicators);
    doc["p_all_targets_met"] = optional_number(r.p_all_targets_met);
    nlohmann::json monthly = nlohmann::json::array();
    for (const auto& m : r.monthly)
        monthly.push_back({{"month", m.month},
                           {"elb", quantiles_to_json(m.elb)},
                           {"ltr", quantiles_to_json(m.ltr)},
                           {"integrations", quantiles_to_json(m.integrations)},
                           {"integrations_cum", quantiles_to_json(m.integrations_cum)},
                           {"inflow", quantiles_to_json(m.inflow)},
                           {"spend_cum", quantiles_to_json(m.spend_cum)},
                           {"women", quantiles_to_json(m.women)},
                           {"single_parents", quantiles_to_json(m.single_parents)},
                           {"exits", quantiles_to_json(m.exits)},
                           {"k2_rate_12m", quantiles_to_json(m.k2_rate_12m)},
                           {"k2_rate_12m_basis", m.k2_rate_12m_basis}});
    doc["monthly"] = monthly;
    nlohmann::json measures = nlohmann::json::array();
    for (const auto& m : r.measures)
        measures.push_back({{"id", m.id},
                            {"name", m.name},
                            {"funded_by", m.egt_funded ? "egt" : "third_party"},
                            {"capacity", {{"kind", m.capacity_kind}, {"value", round_figure(m.capacity)}}},
                            {"entries", quantiles_to_json(m.entries)},
                            {"women_share_entries", quantiles_to_json(m.women_share_entries)},
                            {"occupancy_avg", quantiles_to_json(m.occupancy_avg)},
                            {"spend", quantiles_to_json(m.spend)},
                            {"integrations_after", quantiles_to_json(m.integrations_after)}});
    doc["measures"] = measures;
    nlohmann::json years = nlohmann::json::array();
    for (const auto& y : r.years) years.push_back(year_to_json(y));
    doc["years"] = years;
    doc["p_all_targets_met_every_year"] = optional_number(r.p_all_targets_met_every_year);
    doc["horizon"] = {{"month_count", r.monthly.size()},
                      {"indicators", indicators_to_json(r.horizon.indicators)},
                      {"budget", budget_to_json(r.horizon.budget)}};
    if (r.expected_only) {
        for (const char* key : {"indicators", "monthly", "measures", "years", "horizon"})
            doc[key] = nulled_spreads(doc[key]);
        doc["model"] = "expected-value";
    }
    // The effect describes the input, not the replications: the same for either model.
    for (std::size_t k = 0; k < r.measures.size(); ++k)
        doc["measures"][k]["effect"] = effect_to_json(r.measures[k].spec, r.measures[k].effect, r.measures[k].implied);
    doc["budget"] = budget_to_json(r.budget);
    if (r.expected_only && r.budget.present) doc["budget"] = nulled_spreads(doc["budget"]);
    return doc;
}

}  // namespace intsim
