#include "decisions/setup/jobcenter_setup.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "decisions/setup/eligibility_expression.hpp"
#include "decisions/setup/measure_types.hpp"
#include "engine/json_reader.hpp"
#include "model/national_defaults.hpp"

namespace intsim {

namespace {

constexpr double kSingleParentWomen = 0.92;  // share of single parents who are women (assumption)

std::string figures_source(const KeyFigures& k, const std::string& what) {
    return fmt::format("{} of {}, from the key figures ({}){}", what, k.base_year, k.file,
                       k.source.empty() ? "" : "; " + k.source);
}

// The spell profile as five bands of four months (parse_scenario spreads a band's share
// evenly over its months).
nlohmann::json spell_bands(double ltr_share) {
    const SpellProfile profile = default_spell_profile(ltr_share);
    nlohmann::json bands = nlohmann::json::array();
    for (int band = 0; band < 5; ++band) {
        double share = 0;
        for (int m = 4 * band; m < 4 * band + 4; ++m) share += profile.shares[static_cast<std::size_t>(m)];
        bands.push_back({{"max", 4 * band + 4}, {"share", std::round(share * 1e6) / 1e6}});
    }
    double total = 0;  // rounding must not break the sum: the last band takes the rest
    for (std::size_t i = 0; i + 1 < bands.size(); ++i) total += bands[i]["share"].get<double>();
    bands.back()["share"] = std::round((1.0 - total) * 1e6) / 1e6;
    return {{"bands", bands}, {"why", spell_profile_reason(profile)}};
}

// A start value inside the calibration's bounds: a ratio of rates, or 1 when a group is empty.
double rate_ratio(double events_a, double stock_a, double events_b, double stock_b) {
    if (!(stock_a > 0 && stock_b > 0 && events_a > 0 && events_b > 0)) return 1.0;
    return std::clamp((events_a / stock_a) / (events_b / stock_b), 0.05, 20.0);
}

// What employers take up of a measure whose entry is a counted hire, and the share of its
// hires that would have happened anyway (docs/effects.md section 8): both assumptions, the
// same as the shipped Lahn-Dill scenarios state (tools/make_lahn_dill.py), since no study
// found gives either for German subsidised hires (docs/evidence/measure-effects.md).
constexpr double kEmployerDemandMargin = 1.2;
constexpr double kDeadweightShare = 0.3;

// The hires a year the row plans: its entries, its budget over the cost of an entry, or
// its slots turned over once per duration. Empty when the row does not say.
std::optional<double> planned_entries_per_year(const MeasureRow& row, double duration) {
    if (row.unit == CapacityKind::Entries) return row.capacity;
    if (row.unit == CapacityKind::Budget && row.cost && *row.cost > 0 &&
        (row.cost_unit.empty() || row.cost_unit == "per_entry"))
        return row.capacity / *row.cost;
    if (row.unit == CapacityKind::Slots && duration > 0) return row.capacity * 12.0 / duration;
    return std::nullopt;
}

nlohmann::json employer_demand(double planned) {
    return {{"entries_per_year", std::round(planned * kEmployerDemandMargin * 1e6) / 1e6},
            {"deadweight_share", kDeadweightShare},
            {"assumption",
             fmt::format("employers take up at most the planned {:.6g} hires a year times {} (a margin assumed, not "
                         "observed); {:.0f} % of the hires would have happened anyway (assumed: evaluations warn of "
                         "substantial deadweight of wage subsidies without a German share; "
                         "docs/evidence/measure-effects.md, 'Deadweight of wage subsidies')",
                         planned, kEmployerDemandMargin, 100 * kDeadweightShare)}};
}

nlohmann::json measure_document(const MeasureRow& row, const KeyFigures& k) {
    const MeasureType& type = measure_type(row.type);
    const std::string row_source = fmt::format("{}: {}{}", row.file, row.where, row.source.empty() ? "" : "; " + row.source);
    nlohmann::json m;
    m["name"] = row.name.empty() ? std::string(type.description) : row.name;
    if (!row.label_de.empty()) m["label_de"] = row.label_de;
    const std::string unit(capacity_kind_name(row.unit));
    if (type.leaves_benefit && row.unit == CapacityKind::Slots)
        fail_measure_row(row, "unit", fmt::format("a {} measure's entrants leave the benefit, so it holds no slots: "
                                                  "give its planned entries (\"entries\")",
                                                  row.type));
    m["capacity"] = {{unit, row.capacity}, {"source", row_source}};
    if (type.integration_on_entry && type.counts_as_integration && row.lock_in)
        fail_measure_row(row, "lock_in", fmt::format("no lock-in for a {} measure: its entry is an integration, and its "
                                                     "participants integrate no further while it lasts",
                                                     row.type));
    const double duration = row.duration_months.value_or(type.duration_months);
    if (duration > 0) {
        m["duration_months"] = duration;
        m["duration"] = type.geometric ? "geometric" : "fixed";
    }
    if (!row.duration_months && duration > 0)
        m["assumption"] = fmt::format("duration ({} measure): {}", row.type, type.defaults_text);
    const std::string eligible = row.eligible.empty() ? std::string(type.eligible) : row.eligible;
    if (!eligible.empty()) m["eligible"] = eligibility_of(eligible, row, k);
    if (!row.effect.empty()) {
        // Marked as the catalogue's: the entry cites its source or says it is an assumption.
        m["effect"] = {{"from_catalogue", row.effect},
                       {"note", row.effect_by_type ? fmt::format("the effects catalogue's entry for the measure type "
                                                                 "{} (the key figures give no effect)",
                                                                 row.type)
                                                   : row_source + " (the catalogue entry as given)"}};
    } else if (row.lock_in || row.post || row.post_months) {
        nlohmann::json effect = nlohmann::json::object();
        if (row.lock_in) effect["lock_in"] = *row.lock_in;
        if (row.post) effect["post"] = *row.post;
        if (row.post_months) effect["post_months"] = static_cast<int>(*row.post_months);
        effect["source"] = row_source + " (the factors as given)";
        m["effect"] = effect;
    } else {
        m["effect"] = {{"assumption", "no effect: the measure type \"other\" has no entry in the effects catalogue "
                                      "and the key figures give none"}};
    }
    if (type.integration_on_entry) {
        m["integration_on_entry"] = true;
        if (!type.counts_as_integration) m["counts_as_integration"] = false;
        if (type.leaves_benefit) m["leaves_benefit"] = true;
        if (type.counts_as_integration)
            if (const auto planned = planned_entries_per_year(row, duration); planned && *planned > 0)
                m["employer_demand"] = employer_demand(*planned);
    }
    const std::string funded_by = row.funded_by.empty() ? std::string(type.funded_by) : row.funded_by;
    m["funded_by"] = funded_by;
    if (funded_by == "egt") {
        const std::string cost_unit =
            !row.cost_unit.empty() ? row.cost_unit : row.unit == CapacityKind::Slots ? "per_slot_month" : "per_entry";
        nlohmann::json cost = {{"source", row_source}};
        if (row.cost) cost[cost_unit] = *row.cost;
        if (row.fixed_cost > 0) cost["fixed"] = row.fixed_cost;
        m["cost"] = cost;
    }
    if (!row.end.empty()) {
        const YearMonth end = *parse_year_month(row.end);
        if (end.year * 12 + end.month <= k.base_year * 12 + 1)
            fail_measure_row(row, "end", fmt::format("expected a month after {}-01, the start of the base year", k.base_year));
        m["end"] = row.end;
    }
    return m;
}

}  // namespace

JobcenterSetup set_up_jobcenter(const KeyFigures& k) {
    JobcenterSetup out;
    const std::string name = fmt::format("{}-{}", k.name, k.base_year);
    const std::string plan_name = fmt::format("{}-{}", k.name, k.plan_year);
    out.base_file = name + ".json";
    out.plan_file = plan_name + ".json";
    const DefaultFlows& flows = default_flows();

    // The start of the base year: December before, or extrapolated back along the year.
    const double elb_start = std::max(1.0, std::round(k.elb.start.value_or(2 * k.elb.average - k.elb.end)));
    const double ltr_start = std::clamp(k.ltr.start.value_or(2 * k.ltr.average - k.ltr.end), 0.0, elb_start);
    const double ltr_share = std::clamp(ltr_start / elb_start, 0.01, 0.99);

    nlohmann::json s;
    s["name"] = name;
    s["description"] = fmt::format("{}: base year {}, set up by intsim init from the key figures in {} and "
                                   "calibrated to them; the plan year {} extends it.",
                                   k.name, k.base_year, k.file, plan_name);
    s["jobcenter_id"] = k.jobcenter_id;
    if (!k.region.empty()) s["region"] = k.region;
    s["start"] = fmt::format("{}-01", k.base_year);
    s["months"] = 12;

    nlohmann::json& population = s["population"];
    population["elb"] = static_cast<std::int64_t>(elb_start);
    population[k.elb.start ? "source" : "assumption"] =
        k.elb.start ? figures_source(k, "eLb stock in December before the base year")
                    : "eLb stock at the start: 2 x average - year end (a straight path through the year)";
    nlohmann::json& attributes = population["attributes"];
    const double w = k.women_share;
    attributes["sex"] = {{"levels", {"male", "female"}}, {"shares", {1 - w, w}},
                         {"source", figures_source(k, "share of women among the eLb")}};
    // Single parents by sex: most are women; the split must stay within [0, 1] per sex.
    const double sp = k.single_parent_share;
    const double sp_women = w > 0 ? std::min(1.0, sp * kSingleParentWomen / w) : 0.0;
    const double sp_men = w < 1 ? std::clamp((sp - w * sp_women) / (1 - w), 0.0, 1.0) : 0.0;
    attributes["single_parent"] = {
        {"levels", {"no", "yes"}}, {"by", "sex"},
        {"shares", {{"male", {1 - sp_men, sp_men}}, {"female", {1 - sp_women, sp_women}}}},
        {"source", figures_source(k, "share of single parents among the eLb")},
        {"assumption", "92 % of single parents are women (about nine in ten in SGB II nationally)"}};
    if (k.u25_share) {
        const double u25 = *k.u25_share, over50 = *k.over50_share;
        attributes["age_band"] = {{"levels", {"u25", "25-49", "50+"}}, {"shares", {u25, 1 - u25 - over50, over50}},
                                  {"source", figures_source(k, "age shares of the eLb")}};
    }
    for (const OwnAttribute& a : k.own_attributes) {
        attributes[a.name] = {{"levels", a.levels}, {"shares", a.shares}};
        attributes[a.name]["source"] = a.source.empty() ? figures_source(k, "the jobcenter's own attribute") : a.source;
    }
    population["ltr_share"] = ltr_share;
    population["note"] = k.ltr.start ? figures_source(k, "LZB share at the start (December before)")
                                     : "LZB share at the start: fitted by intsim init to the LZB year end (started at "
                                       "2 x average - year end)";
    const nlohmann::json spell = spell_bands(ltr_share);
    population["non_ltr_spell_months"] = spell["bands"];
    population["comment"] = "spell profile of the non-LZB, " + spell["why"].get<std::string>();

    // Newcomers: known, or a start the calibration moves so that the eLb average is met.
    nlohmann::json& inflow = s["inflow"];
    if (k.newcomers_monthly) {
        inflow["monthly_mean"] = *k.newcomers_monthly;
        inflow["source"] = figures_source(k, "newcomers a month");
    } else {
        const double outflow = k.elb.average * (k.integrations_total / std::max(k.elb.average, 1.0) / 12 *
                                                    (1 - flows.stays_in_benefit_share.value) +
                                                flows.exit_base.value);
        inflow["monthly_mean"] = std::max(1.0, 0.75 * outflow + (k.elb.end - elb_start) / 12);
        inflow["assumption"] = "newcomers a month: fitted by intsim init so that the eLb average is met";
    }
    inflow["note"] = "no season and the stock's attribute mix for newcomers (assumption: no figures)";
    inflow["reentry"] = {{"within_months", static_cast<int>(flows.reentry_within_months.value)},
                         {"monthly_rate", flows.reentry_monthly_rate.value},
                         {"source", std::string(flows.reentry_monthly_rate.text)}};

    nlohmann::json& hazards = s["hazards"];
    const double women_elb = w * k.elb.average, men_elb = (1 - w) * k.elb.average;
    const double sp_elb = sp * k.elb.average;
    nlohmann::json factors = {
        {"sex", {{"female", rate_ratio(k.integrations_women, women_elb, k.integrations_total - k.integrations_women, men_elb)}}},
        {"single_parent",
         {{"yes", rate_ratio(k.integrations_single_parents, sp_elb, k.integrations_total - k.integrations_single_parents,
                             k.elb.average - sp_elb)}}},
        {"source", "women and single-parent factors fitted by intsim init to the integrations of women and single parents"}};
    if (k.u25_share) {
        factors["age_band"] = {{"u25", 1.25}, {"50+", 0.6}};
        factors["assumption"] = "age factors: the young integrate more often, the old less (no national factor found)";
    }
    for (const OwnAttribute& a : k.own_attributes) {
        if (a.integration_factors.empty()) continue;
        for (std::size_t l = 0; l < a.levels.size(); ++l) factors[a.name][a.levels[l]] = a.integration_factors[l];
    }
    const double ltr_ratio = rate_ratio(k.integrations_ltr, k.ltr.average, k.integrations_total - k.integrations_ltr,
                                        k.elb.average - k.ltr.average);
    hazards["integration"] = {
        {"base", std::clamp(k.integrations_total / std::max(k.elb.average, 1.0) / 12, 1e-4, 1.0)},
        {"factors", factors},
        {"ltr", ltr_ratio},
        {"months_in_benefit", {{{"max", 6}, {"factor", 1.2}}, {{"max", 12}, {"factor", 1.0}}, {{"max", 24}, {"factor", 0.9}}}},
        {"source", "base and LZB factor fitted by intsim init to the integrations of the base year"},
        {"assumption", "the months-in-benefit profile (recent entrants find work more easily); no season"}};
    hazards["exit"] = {{"base", flows.exit_base.value}, {"ltr", flows.exit_ltr.value}};
    hazards["exit"][k.newcomers_monthly ? "source" : "note"] =
        k.newcomers_monthly ? "base fitted by intsim init to the eLb average (the newcomers being known)"
                            : "base: " + std::string(flows.exit_base.text);
    hazards["exit"]["assumption"] = std::string(flows.exit_ltr.text) + "; LZB factor fitted to the LZB average";
    hazards["stays_in_benefit_share"] = flows.stays_in_benefit_share.value;
    hazards["source"] = std::string(flows.stays_in_benefit_share.text);

    if (k.uncertainty) {
        s["uncertainty"] = *k.uncertainty;
        if (!s["uncertainty"].contains("source")) s["uncertainty"]["source"] = figures_source(k, "the jobcenter's own spreads");
    } else {
        const DefaultSpreads& d = default_spreads();
        s["uncertainty"] = {{"integration_sd", d.integration.value}, {"exit_sd", d.exit.value},
                            {"inflow_sd", d.inflow.value}, {"measure_effect_sd", d.measure_effect.value},
                            {"source", fmt::format("integration_sd: {}; measure_effect_sd: {}", d.integration.text,
                                                   d.measure_effect.text)},
                            {"assumption", fmt::format("exit_sd: {}; inflow_sd: {}", d.exit.text, d.inflow.text)}};
    }

    nlohmann::json measures = nlohmann::json::object();
    for (const MeasureRow& row : k.measures) measures[row.id] = measure_document(row, k);
    measures["note"] = fmt::format("the programme of {} from {}; the base year is assumed to have run the same "
                                   "programme (its own is not among the key figures)",
                                   k.plan_year, k.measures_file.empty() ? k.file : k.measures_file);
    s["measures"] = measures;
    s["allocation"] = {{"women_share_rule", true},
                       {"assumption", "women enter measures at least in proportion to their share of the stock"}};
    out.base_year = s;

    // The figures the base year is calibrated to, and which parameter each frees.
    out.figures = {{"integrations_total", k.integrations_total},
                   {"integrations_ltr", k.integrations_ltr},
                   {"elb_avg", k.elb.average},
                   {"ltr_avg", k.ltr.average}};
    // A group that is no one or everyone says nothing about its factor: checked, not fitted.
    const auto group_figure = [&](const std::string& figure, double share, double count) {
        if (share > 0 && share < 1) {
            out.figures[figure] = count;
        } else {
            out.checks[figure] = count;
            out.notes.push_back(SetupNote::group_all_or_none(figure, share > 0));
        }
    };
    group_figure("integrations_women", w, k.integrations_women);
    group_figure("integrations_single_parents", sp, k.integrations_single_parents);
    if (k.ltr.start) out.checks["ltr_end"] = k.ltr.end;
    else out.figures["ltr_end"] = k.ltr.end;
    out.checks["elb_end"] = k.elb.end;
    if (k.newcomers_monthly) out.pairing["elb_avg"] = "/hazards/exit/base";
    out.notes.push_back(SetupNote::of(k.ltr.start ? SetupNote::Kind::LtrEndChecked : SetupNote::Kind::LtrStartFitted));
    out.notes.push_back(
        SetupNote::of(k.newcomers_monthly ? SetupNote::Kind::NewcomersGiven : SetupNote::Kind::NewcomersFitted));

    // The plan year: the base year's end, the programme, the targets and the money.
    nlohmann::json p;
    p["extends"] = out.base_file;
    p["name"] = plan_name;
    p["description"] = fmt::format("{}: plan year {} with its programme, targets and operative EGT, on the "
                                   "hazards calibrated to {} ({}).",
                                   k.name, k.plan_year, k.base_year, out.base_file);
    p["start"] = fmt::format("{}-01", k.plan_year);
    const double plan_ltr_share = std::clamp(k.ltr.end / std::max(k.elb.end, 1.0), 0.0, 1.0);
    p["population"] = {{"elb", static_cast<std::int64_t>(std::max(1.0, std::round(k.elb.end)))},
                       {"ltr_share", plan_ltr_share},
                       {"source", figures_source(k, "eLb and LZB stock in December")},
                       {"assumption", nullptr},
                       {"note", nullptr}};
    const nlohmann::json plan_spell = spell_bands(plan_ltr_share);
    p["population"]["non_ltr_spell_months"] = plan_spell["bands"];
    p["population"]["comment"] = "spell profile of the non-LZB, " + plan_spell["why"].get<std::string>();
    p["note"] = fmt::format("newcomers, hazards and uncertainty are the base year's (assumption: {} is like {})",
                            k.plan_year, k.base_year);
    nlohmann::json budget = {{"operative_egt", k.operative_egt},
                             {"source", fmt::format("operative EGT of {} from the key figures ({})", k.plan_year, k.file)}};
    if (k.egt_total) budget["egt_total"] = *k.egt_total;
    p["budget"] = budget;
    if (!k.targets.empty()) {
        nlohmann::json targets = nlohmann::json::object();
        for (const auto& [indicator, value] : k.targets) targets[indicator] = value;
        targets["source"] = fmt::format("the targets of {} from the key figures ({})", k.plan_year, k.file);
        p["targets"] = targets;
    }
    p["baseline"] = {{"integrations_total", k.integrations_total},
                     {"integrations_women", k.integrations_women},
                     {"integrations_single_parents", k.integrations_single_parents},
                     {"integrations_ltr", k.integrations_ltr},
                     {"elb_avg", k.elb.average},
                     {"elb_end", k.elb.end},
                     {"ltr_avg", k.ltr.average},
                     {"ltr_end", k.ltr.end},
                     {"integration_rate", 100 * k.integrations_total / k.elb.average},
                     {"source", figures_source(k, "the base year")}};
    if (k.ltr.average > 0) p["baseline"]["ltr_integration_rate"] = 100 * k.integrations_ltr / k.ltr.average;
    out.plan_year = p;
    return out;
}

void write_fitted_parameters(nlohmann::json& base, const std::vector<CalibrationParameter>& parameters,
                             const KeyFigures& k) {
    for (const CalibrationParameter& p : parameters) base[nlohmann::json::json_pointer(p.pointer)] = p.fitted;
    std::string fitted;
    for (const CalibrationParameter& p : parameters)
        fitted += fmt::format("{}{} to {}", fitted.empty() ? "" : ", ", p.pointer, p.figure);
    base["note"] = fmt::format("fitted by intsim init to the figures of {} in {} (Monte Carlo confirmed): {}",
                               k.base_year, k.file, fitted);
}

}  // namespace intsim
