#include "report/track_report.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/results_json.hpp"

namespace intsim {

namespace {

const char* position_name(BandPosition p) {
    switch (p) {
        case BandPosition::Below: return "below";
        case BandPosition::Inside: return "inside";
        case BandPosition::Above: return "above";
    }
    return "inside";
}

nlohmann::json band_to_json(const BandCheck& b) {
    return {{"observed", round_figure(b.observed)},
            {"plan_mean", round_figure(b.plan.mean)},
            {"plan_p05", round_figure(b.plan.p05)},
            {"plan_p50", round_figure(b.plan.p50)},
            {"plan_p95", round_figure(b.plan.p95)},
            {"position", position_name(b.position)}};
}

nlohmann::json band_to_json(const std::optional<BandCheck>& b) {
    return b ? band_to_json(*b) : nlohmann::json(nullptr);
}

std::string band_text(const std::optional<BandCheck>& b) {
    if (!b) return fmt::format("{:>7} {:<4}", "-", "");
    const char* mark = b->position == BandPosition::Inside ? "ok" : b->position == BandPosition::Below ? "LOW" : "HIGH";
    return fmt::format("{:>7} {:<4}", table_figure(b->observed, false), mark);
}

std::size_t months_outside(const TrackResult& t) {
    std::size_t outside = 0;
    for (const auto& m : t.early_warning)
        for (const std::optional<BandCheck>* b : {&m.elb, &m.ltr, &m.integrations, &m.integrations_cum})
            outside += *b && (*b)->position != BandPosition::Inside;
    return outside;
}

nlohmann::json optional_count(const std::optional<std::int64_t>& x) {
    return x ? nlohmann::json(*x) : nlohmann::json(nullptr);
}

nlohmann::json year_to_date_to_json(const YearToDate& y) {
    nlohmann::json doc;
    nlohmann::json months = nlohmann::json::object();
    for (std::size_t f = 0; f < kActualFields; ++f) {
        const auto field = static_cast<ActualField>(f);
        const std::string& name = actual_field_name(field);
        months[name] = y.months[f];
        if (field == ActualField::Elb || field == ActualField::Ltr)
            doc[name + "_last"] = optional_figure(y.last[f]);
        else
            doc[name] = y.months[f] > 0 ? nlohmann::json(round_figure(y.sum[f])) : nlohmann::json(nullptr);
    }
    doc["months"] = months;
    return doc;
}

nlohmann::json conditioning_to_json(const Conditioning& c) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& e : c.evidence)
        evidence.push_back({{"summary", e.name}, {"observed", round_figure(e.observed)}, {"plan", quantiles_to_json(e.plan)}});
    nlohmann::json levels = nlohmann::json::object();
    for (const auto& l : c.levels)
        levels[l.name] = {{"plan_sd", round_figure(l.plan_sd)}, {"tracked", quantiles_to_json(l.tracked)}};
    return {{"conditioned", c.conditioned},
            {"reason", c.reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.reason)},
            {"method", "resample-move: the plan's level draws weighted by a synthetic likelihood of the observed "
                       "months, systematic resampling, Metropolis-Hastings moves; see docs/tracking.md"},
            {"pilot_replications", c.pilot_replications},
            {"evidence", evidence},
            {"ess", round_figure(c.ess)},
            {"ess_share", round_figure(c.ess_share)},
            {"acceptance", round_figure(c.acceptance)},
            {"moves", c.moves},
            {"levels", levels},
            {"warnings", c.warnings}};
}

std::string conditioning_text(const Conditioning& c, std::uint64_t replications) {
    std::string out;
    if (c.conditioned) {
        out += fmt::format("levels learnt from the months observed (ESS {:.0f} of {} plan draws, {:.0f} %; moves "
                           "accepted {:.0f} %):\n",
                           c.ess, replications, 100 * c.ess_share, 100 * c.acceptance);
        for (const auto& l : c.levels)
            out += fmt::format("  {:<12} x{:.3f} ({:.3f} - {:.3f}) of the plan's level\n", l.name, l.tracked.p50,
                               l.tracked.p05, l.tracked.p95);
    }
    for (const auto& w : c.warnings) out += "warning: " + w + "\n";
    return out;
}

nlohmann::json history_to_json(const TrackHistory& h) {
    nlohmann::json months = nlohmann::json::array();
    for (const auto& e : h.months) {
        nlohmann::json p = nlohmann::json::object(), year = nlohmann::json::object();
        for (const auto& [name, value] : e.p_target_met) p[name] = round_figure(value);
        for (const auto& [name, y] : e.year)
            year[name] = {{"mean", round_figure(y.mean)}, {"p05", round_figure(y.p05)}, {"p95", round_figure(y.p95)}};
        months.push_back({{"month", e.month},
                          {"folder", e.folder},
                          {"replications", e.replications},
                          {"p_target_met", p},
                          {"year", year},
                          {"p_all_targets_met", optional_figure(e.p_all_targets_met)},
                          {"ess_share", optional_figure(e.ess_share)}});
    }
    nlohmann::json skipped = nlohmann::json::array();
    for (const auto& s : h.skipped) skipped.push_back({{"folder", s.folder}, {"reason", s.reason}});
    return {{"months", months}, {"skipped", skipped}};
}

std::string percent_or_dash(const std::optional<double>& p) {
    return p ? fmt::format("{:.0f}%", *p * 100) : std::string("-");
}

// Months as columns, the plan first: P(target met), then the year's mean, per target.
std::string history_text(const TrackResult& t, const TrackHistory& h) {
    if (t.targets.empty()) return "";
    std::string out = "history, the plan and each month tracked so far:\n";
    const auto row = [&](const std::string& label, const std::string& plan, const auto& cell) {
        std::string line = fmt::format("{:<40} {:>8}", label, plan);
        for (const auto& e : h.months) line += fmt::format(" {:>8}", cell(e));
        return line + "\n";
    };
    std::string header = fmt::format("{:<40} {:>8}", "", "plan");
    for (const auto& e : h.months) header += fmt::format(" {:>8}", e.month);
    out += header + "\n";
    for (const auto& target : t.targets) {
        const auto found = [&](const TrackHistoryEntry& e) { return e.p_target_met.find(target.indicator); };
        out += row("P(met) " + target.indicator, percent_or_dash(target.plan_p_target_met), [&](const TrackHistoryEntry& e) {
            const auto it = found(e);
            return it == e.p_target_met.end() ? std::string("-") : fmt::format("{:.0f}%", it->second * 100);
        });
    }
    out += row("P(all targets met together)", percent_or_dash(t.plan_p_all_targets_met),
               [](const TrackHistoryEntry& e) { return percent_or_dash(e.p_all_targets_met); });
    for (const auto& target : t.targets) {
        const bool fractional = is_percent_indicator(target.indicator);
        out += row("year " + target.indicator, table_figure(target.plan_year.mean, fractional), [&](const TrackHistoryEntry& e) {
            const auto it = e.year.find(target.indicator);
            return it == e.year.end() ? std::string("-") : table_figure(it->second.mean, fractional);
        });
    }
    for (const auto& s : h.skipped) out += fmt::format("history: skipped {}: {}\n", s.folder, s.reason);
    return out;
}

}  // namespace

nlohmann::json track_to_json(const TrackResult& t, const TrackHistory& history, const ScenarioIdentity& scenario,
                             const ActualsIdentity& actuals, const RunFacts& facts, const std::string& version) {
    nlohmann::json doc;
    doc["intsim_version"] = version;
    doc["scenario"] = identity_to_json(scenario);
    doc["actuals"] = {{"file", actuals.file},
                      {"sha256", actuals.sha256},
                      {"months", t.observed_months},
                      {"last_month", t.last_observed},
                      {"columns", t.actual_columns},
                      {"notes", t.actual_notes}};
    doc["run"] = {{"replications", t.replications},
                  {"seed", t.seed},
                  {"threads", facts.threads},
                  {"wall_seconds", std::round(facts.wall_seconds * 1000.0) / 1000.0},
                  {"plan_replications", t.conditioning.pilot_replications},
                  {"person_months", t.person_months}};
    doc["restart"] = {{"month", t.restart_month.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.restart_month)},
                      {"months_left", t.remaining_months},
                      {"stock_month", t.stock_month.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.stock_month)},
                      {"elb", optional_count(t.restart_elb)},
                      {"ltr", optional_count(t.restart_ltr)}};
    doc["year_to_date"] = year_to_date_to_json(t.year_to_date);
    nlohmann::json targets = nlohmann::json::object();
    for (const auto& target : t.targets)
        targets[target.indicator] = {{"target", round_figure(target.target.value)},
                                     {"direction", direction_name(target.target.direction)},
                                     {"year_to_date", optional_figure(target.year_to_date)},
                                     {"year", spread_to_json(target.year)},
                                     {"p_target_met", round_figure(target.p_target_met)},
                                     {"plan_p_target_met", optional_figure(target.plan_p_target_met)},
                                     {"plan_year", spread_to_json(target.plan_year)},
                                     {"needed_per_month", optional_figure(target.needed_per_month)},
                                     {"projected_per_month", optional_figure(target.projected_per_month)},
                                     {"unit", target.unit.empty() ? nlohmann::json(nullptr) : nlohmann::json(target.unit)},
                                     {"open_months", target.open_months}};
    doc["targets"] = targets;
    doc["untracked_targets"] = t.untracked_targets;
    doc["p_all_targets_met"] = optional_figure(t.p_all_targets_met);
    doc["plan_p_all_targets_met"] = optional_figure(t.plan_p_all_targets_met);
    nlohmann::json indicators = nlohmann::json::object();
    for (std::size_t i = 0; i < t.indicator_names.size(); ++i) {
        nlohmann::json entry = spread_to_json(t.indicators[i]);
        entry["direction"] = direction_name(t.directions[i]);
        indicators[t.indicator_names[i]] = entry;
    }
    doc["indicators"] = indicators;
    nlohmann::json months = nlohmann::json::array();
    for (const auto& m : t.early_warning)
        months.push_back({{"month", m.month},
                          {"elb", band_to_json(m.elb)},
                          {"ltr", band_to_json(m.ltr)},
                          {"integrations", band_to_json(m.integrations)},
                          {"integrations_cum", band_to_json(m.integrations_cum)}});
    doc["early_warning"] = {{"checks_outside", months_outside(t)}, {"months", months}};
    doc["conditioning"] = conditioning_to_json(t.conditioning);
    doc["history"] = history_to_json(history);
    nlohmann::json projection = nlohmann::json::array();
    for (const auto& m : t.projection)
        projection.push_back({{"month", m.month},
                              {"elb", quantiles_to_json(m.elb)},
                              {"ltr", quantiles_to_json(m.ltr)},
                              {"integrations", quantiles_to_json(m.integrations)},
                              {"integrations_cum", quantiles_to_json(m.integrations_cum)}});
    doc["projection"] = projection;
    return doc;
}

std::string track_table(const TrackResult& t, const TrackHistory& history, const RunFacts& facts) {
    std::string out = fmt::format(
        "{}: actuals to {} ({} month{} observed, {} left)  ({} replications, seed {}, {} thread{}, {:.2f} s)\n",
        t.scenario_name, t.last_observed, t.observed_months, t.observed_months == 1 ? "" : "s", t.remaining_months,
        t.replications, t.seed, facts.threads, facts.threads == 1 ? "" : "s", facts.wall_seconds);
    out += fmt::format("{:<28} {:>9} {:>9} {:>21} {:>7} {:>7} {:>9} {:>9}\n", "target", "target", "so far",
                       "year p05 - p95", "P(met)", "plan", "needed/m", "proj./m");
    for (const auto& target : t.targets) {
        const bool fractional = is_percent_indicator(target.indicator);
        const auto per_month = [](const std::optional<double>& x) {
            return x ? table_figure(*x, false) : std::string("-");
        };
        out += fmt::format("{:<28} {:>9} {:>9} {:>21} {:>6.0f}% {:>6.0f}% {:>9} {:>9}\n", target.indicator,
                           table_figure(target.target.value, fractional),
                           target.year_to_date ? table_figure(*target.year_to_date, fractional) : "-",
                           table_figure(target.year.p05, fractional) + " - " + table_figure(target.year.p95, fractional),
                           target.p_target_met * 100, target.plan_p_target_met.value_or(0) * 100,
                           per_month(target.needed_per_month), per_month(target.projected_per_month));
    }
    if (t.p_all_targets_met)
        out += fmt::format("P(all targets met together): {:.0f} % (plan: {:.0f} %)\n", *t.p_all_targets_met * 100,
                           t.plan_p_all_targets_met.value_or(0) * 100);
    for (const auto& name : t.untracked_targets)
        out += fmt::format("target {} is not tracked: the actuals have no column for it\n", name);
    out += fmt::format("early warning, observed month against the plan's p05-p95 ({} check{} outside):\n",
                       months_outside(t), months_outside(t) == 1 ? "" : "s");
    out += fmt::format("{:<8} {:>12} {:>12} {:>12} {:>12}\n", "month", "elb", "ltr", "integrations", "cumulative");
    for (const auto& m : t.early_warning)
        out += fmt::format("{:<8} {:>12} {:>12} {:>12} {:>12}\n", m.month, band_text(m.elb), band_text(m.ltr),
                           band_text(m.integrations), band_text(m.integrations_cum));
    for (const auto& note : t.actual_notes) out += "note: " + note + "\n";
    out += conditioning_text(t.conditioning, t.replications);
    out += history_text(t, history);
    return out;
}

}  // namespace intsim
