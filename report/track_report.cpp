#include "report/track_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "decisions/track/tracked_year.hpp"
#include "report/compare_words.hpp"
#include "report/console_table.hpp"
#include "report/optimise_words.hpp"
#include "report/results_json.hpp"
#include "report/track_words.hpp"

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
    nlohmann::json notices = nlohmann::json::array();
    for (const auto& n : c.notices)
        notices.push_back({{"code", notice_code(n.kind)}, {"value", round_figure(n.value)}, {"of", round_figure(n.of)}});
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
            {"distinct_draws", c.distinct_draws},
            {"warnings", c.warnings},
            {"notices", notices}};
}

// A calendar year of a plan of several years, or its whole horizon.
nlohmann::json period_to_json(const TrackedPeriod& p) {
    nlohmann::json doc;
    if (p.whole_horizon) {
        doc["first_year"] = p.first_year;
        doc["last_year"] = p.last_year;
    } else {
        doc["year"] = p.first_year;
        doc["partial"] = p.partial;
    }
    doc["first_month"] = p.first_month;
    doc["last_month"] = p.last_month;
    doc["months"] = p.months;
    doc["observed_months"] = p.observed_months;
    doc["basis"] = p.observed_months > 0 ? "actuals and projection" : "projection";
    nlohmann::json indicators = nlohmann::json::object();
    const auto& names = tracked_indicators();
    for (std::size_t i = 0; i < names.size(); ++i) {
        nlohmann::json entry = spread_to_json(p.indicators[i]);
        entry["direction"] = direction_name(p.directions[i]);
        entry["plan"] = spread_to_json(p.plan_indicators[i]);
        indicators[names[i]] = entry;
    }
    doc["indicators"] = indicators;
    if (p.whole_horizon) {
        doc["p_all_targets_met_every_year"] = optional_figure(p.p_all_targets_met);
        doc["plan_p_all_targets_met_every_year"] = optional_figure(p.plan_p_all_targets_met);
        return doc;
    }
    nlohmann::json targets = nlohmann::json::object();
    for (const auto& t : p.targets)
        targets[t.indicator] = {{"target", round_figure(t.target.value)},
                                {"direction", direction_name(t.target.direction)},
                                {"value", spread_to_json(t.value)},
                                {"p_target_met", round_figure(t.p_target_met)},
                                {"plan_p_target_met", optional_figure(t.plan_p_target_met)},
                                {"plan_value", spread_to_json(t.plan_value)}};
    doc["targets"] = targets;
    doc["untracked_targets"] = p.untracked_targets;
    doc["p_all_targets_met"] = optional_figure(p.p_all_targets_met);
    doc["plan_p_all_targets_met"] = optional_figure(p.plan_p_all_targets_met);
    return doc;
}

}  // namespace

std::string level_name(const std::string& level, const Wording& say) {
    if (level == "integration") return say(words::level_integration);
    if (level == "exit") return say(words::level_exit);
    if (level == "inflow") return say(words::level_inflow);
    return level;
}

std::vector<std::string> notice_sentences(const Conditioning& c, const Wording& say) {
    // The integration level's 90 % range, the figure the projection rests on most.
    std::string levels;
    for (const auto& l : c.levels)
        levels += (levels.empty() ? "" : ", ") + level_name(l.name, say) + " x" + say.number(l.tracked.p05, 2) + " \u2013 x" +
                  say.number(l.tracked.p95, 2);
    std::vector<std::string> out;
    using Kind = TrackingNotice::Kind;
    for (const auto& n : c.notices) {
        switch (n.kind) {
            case Kind::Unexplained:
                out.push_back(say(words::notice_unexplained, say.number(n.value), say.number(n.of), levels));
                break;
            case Kind::AtEdge: out.push_back(say(words::notice_at_edge, say.number(n.value), say.number(n.of))); break;
            case Kind::FewDraws: out.push_back(say(words::notice_few_draws, say.number(n.value))); break;
            case Kind::LowAcceptance: out.push_back(say(words::notice_low_acceptance, say.percent(n.value))); break;
            case Kind::NotLearnt: {
                const Term& why = c.not_learnt == NotLearnt::NoLevels   ? words::not_learnt_no_levels
                                  : c.not_learnt == NotLearnt::NoFigure ? words::not_learnt_no_figure
                                                                        : words::not_learnt_few;
                out.push_back(say(words::notice_not_learnt, say(why)));
                break;
            }
        }
    }
    return out;
}

std::string derived_figures_text(const DerivedFigures& d, const Wording& say) {
    std::string months;
    for (const auto& [first, last] : d.months)
        months += (months.empty() ? "" : ", ") +
                  (first.text() == last.text() ? first.text() : say(words::period_to, first.text(), last.text()));
    const std::string figure = say(words::actual_figure.at(static_cast<std::size_t>(d.field)));
    const std::string change = say(d.rolling_sum ? words::rolling_sum_change : words::rolling_average_change);
    if (d.exact) return say(words::derived_exact, figure, months, d.column, change);
    return say(words::derived_estimated, figure, months, d.column, change, figure);
}

std::string plan_figures_text(const TrackResult& t, const Wording& say) {
    const std::uint64_t pilots = t.conditioning.pilot_replications;
    if (pilots == 0) return "";
    const double error = 100 * 1.96 * 0.5 / std::sqrt(static_cast<double>(pilots));
    return say(words::plan_figures_note, pilots, t.seed, pilots, say.number(error, 0), pilots);
}

namespace {

std::string conditioning_text(const Conditioning& c, std::uint64_t replications, const Wording& say) {
    std::string out;
    if (c.conditioned) {
        out += say(words::learnt_line, say.number(c.ess), say.number(static_cast<double>(replications)),
                   say.percent(c.ess_share), say.percent(c.acceptance)) +
               "\n";
        for (const auto& l : c.levels)
            out += say(words::level_line, level_name(l.name, say), say.number(l.tracked.p50, 3),
                       say.number(l.tracked.p05, 3), say.number(l.tracked.p95, 3)) +
                   "\n";
        out += "  " + say(words::distinct_draws_line, say.number(static_cast<double>(c.distinct_draws))) + "\n";
    }
    for (const auto& sentence : notice_sentences(c, say)) out += say(words::warning_prefix, sentence) + "\n";
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

// Months as columns, the plan first: P(target met), then the year's mean, per target.
std::string history_text(const TrackResult& t, const TrackHistory& h, const Wording& say) {
    if (t.targets.empty()) return "";
    const auto percent = [&](const std::optional<double>& p) { return p ? say.percent(*p) : std::string("\u2013"); };
    ConsoleTable table;
    table.header = {"", say(words::plan_short)};
    for (const auto& e : h.months) table.header.push_back(e.month);
    const auto row = [&](const std::string& label, const std::string& plan, const auto& cell) {
        std::vector<std::string> line = {label, plan};
        for (const auto& e : h.months) line.push_back(cell(e));
        table.rows.push_back(line);
    };
    for (const auto& target : t.targets)
        row(say(words::p_met) + " " + console_indicator_name(target.indicator, say), percent(target.plan_p_target_met),
            [&](const TrackHistoryEntry& e) {
                const auto it = e.p_target_met.find(target.indicator);
                return percent(it == e.p_target_met.end() ? std::nullopt : std::optional<double>(it->second));
            });
    row(say(words::p_all_targets_short), percent(t.plan_p_all_targets_met),
        [&](const TrackHistoryEntry& e) { return percent(e.p_all_targets_met); });
    for (const auto& target : t.targets)
        row(say(words::year_of, console_indicator_name(target.indicator, say)),
            say.value(target.indicator, target.plan_year.mean), [&](const TrackHistoryEntry& e) {
                const auto it = e.year.find(target.indicator);
                return it == e.year.end() ? std::string("\u2013") : say.value(target.indicator, it->second.mean);
            });
    std::string out = say(words::history_console) + "\n" + console_table(table);
    for (const auto& s : h.skipped) out += say(words::history_skipped_line, s.folder, s.reason) + "\n";
    return out;
}

// The indicators a plan of several years is read by: those with a target in some year,
// else the integrations and the LZB stock.
std::vector<std::string> period_rows(const TrackResult& t) {
    std::vector<std::string> rows;
    for (const auto& name : tracked_indicators())
        for (const auto& p : t.periods)
            if (std::any_of(p.targets.begin(), p.targets.end(), [&](const PeriodTarget& x) { return x.indicator == name; })) {
                rows.push_back(name);
                break;
            }
    if (rows.empty()) rows = {"integrations_total", "ltr_avg"};
    return rows;
}

const PeriodTarget* period_target(const TrackedPeriod& p, const std::string& name) {
    for (const auto& x : p.targets)
        if (x.indicator == name) return &x;
    return nullptr;
}

// Every calendar year and the whole horizon in columns (a plan of several years).
std::string years_text(const TrackResult& t, const Wording& say) {
    if (t.periods.empty()) return "";
    const TrackedPeriod& horizon = t.periods.back();
    const auto percent = [&](const std::optional<double>& p) { return p ? say.percent(*p) : std::string("\u2013"); };
    ConsoleTable table;
    table.header = {""};
    std::vector<std::string> basis = {say(words::basis_row)};
    for (const auto& p : t.periods) {
        table.header.push_back(p.whole_horizon ? say(words::period_horizon, p.first_year, p.last_year)
                                               : std::to_string(p.first_year));
        basis.push_back(p.observed_months > 0 ? say(words::basis_actuals_short) : say(words::basis_projection));
    }
    table.rows.push_back(basis);
    const auto row = [&](const std::string& label, const auto& cell) {
        std::vector<std::string> line = {label};
        for (const auto& p : t.periods) line.push_back(cell(p));
        table.rows.push_back(line);
    };
    for (const auto& name : period_rows(t)) {
        const std::string label = console_indicator_name(name, say);
        const std::size_t i = tracked_index(name);
        row(say(words::target_row_of, label), [&](const TrackedPeriod& p) {
            const PeriodTarget* x = period_target(p, name);
            return x ? say.value(name, x->target.value) : std::string("\u2013");
        });
        // Rates and changes in per cent are yearly figures: not for the horizon.
        const auto shown = [&](const TrackedPeriod& p) { return !(p.whole_horizon && is_percent_indicator(name)); };
        row(say(words::mean_row_of, label), [&](const TrackedPeriod& p) {
            return shown(p) ? say.value(name, p.indicators[i].mean) : std::string("\u2013");
        });
        row(say(words::range_of, label), [&](const TrackedPeriod& p) {
            return shown(p) ? say.range(say.value(name, p.indicators[i].p05), say.value(name, p.indicators[i].p95))
                            : std::string("\u2013");
        });
        row(say(words::p_met_of_row, label), [&](const TrackedPeriod& p) {
            const PeriodTarget* x = period_target(p, name);
            return x ? say.percent(x->p_target_met) : std::string("\u2013");
        });
    }
    row(say(words::p_all_of_period), [&](const TrackedPeriod& p) { return percent(p.p_all_targets_met); });
    row(say(words::plan_p_all_of_period), [&](const TrackedPeriod& p) { return percent(p.plan_p_all_targets_met); });
    std::string out = say(words::track_years_console) + "\n" + console_table(table);
    if (horizon.p_all_targets_met)
        out += say(words::p_all_tracked_every_year_line, horizon.first_year, horizon.last_year, percent(horizon.p_all_targets_met),
                   percent(horizon.plan_p_all_targets_met)) +
               "\n";
    return out;
}

}  // namespace

nlohmann::json track_to_json(const TrackResult& t, const TrackHistory& history, const ScenarioIdentity& scenario,
                             const ActualsIdentity& actuals, const RunFacts& facts, const std::string& version) {
    nlohmann::json doc;
    doc["intsim_version"] = version;
    doc["scenario"] = identity_to_json(scenario);
    std::vector<std::string> notes;  // in English, as every text of track.json
    for (const auto& d : t.derived_figures) notes.push_back(derived_figures_text(d, Wording{}));
    doc["actuals"] = {{"file", actuals.file},
                      {"sha256", actuals.sha256},
                      {"months", t.observed_months},
                      {"last_month", t.last_observed},
                      {"columns", t.actual_columns},
                      {"notes", notes}};
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
    // A plan of several calendar years: each year, then the whole horizon (a plan of one
    // year has neither: its year is the document's top level).
    if (!t.periods.empty()) {
        nlohmann::json years = nlohmann::json::array();
        for (const auto& p : t.periods)
            if (!p.whole_horizon) years.push_back(period_to_json(p));
        doc["years"] = years;
        doc["horizon"] = period_to_json(t.periods.back());
    }
    return doc;
}

std::string track_table(const TrackResult& t, const TrackHistory& history, const RunFacts& facts, const Wording& say) {
    namespace w = words;
    std::string out = say(w::track_head, t.scenario_name, t.last_observed, t.observed_months, t.remaining_months,
                          say.number(static_cast<double>(t.replications)), t.seed,
                          say(facts.threads == 1 ? w::threads_n : w::threads_n_plural, facts.threads),
                          say.number(facts.wall_seconds, 2)) +
                      "\n";
    if (!t.periods.empty()) {
        // A plan of several years leads with its years and the whole horizon.
        out += say(w::tracked_year_line, t.periods.front().first_year, t.periods.back().first_month,
                   t.periods.back().last_month) +
               "\n";
        out += years_text(t, say);
        out += say(w::tracked_year_targets, t.periods.front().first_year) + "\n";
    }
    ConsoleTable targets;
    targets.header = {say(w::target), say(w::target), say(w::so_far_short), say(w::year_range_short), say(w::p_met),
                      say(w::plan_short), say(w::needed_short), say(w::projected_short)};
    for (const auto& target : t.targets) {
        const auto value = [&](double x) { return say.value(target.indicator, x); };
        const auto per_month = [&](const std::optional<double>& x) { return x ? say.number(*x) : "\u2013"; };
        targets.rows.push_back({console_indicator_name(target.indicator, say), value(target.target.value),
                                target.year_to_date ? value(*target.year_to_date) : "\u2013",
                                say.range(value(target.year.p05), value(target.year.p95)), say.percent(target.p_target_met),
                                target.plan_p_target_met ? say.percent(*target.plan_p_target_met) : "\u2013",
                                per_month(target.needed_per_month), per_month(target.projected_per_month)});
    }
    out += console_table(targets);
    if (t.p_all_targets_met)
        out += say(w::p_all_tracked_line, say.percent(*t.p_all_targets_met),
                   t.plan_p_all_targets_met ? say.percent(*t.plan_p_all_targets_met) : "\u2013") +
               "\n";
    if (!t.targets.empty()) out += plan_figures_text(t, say) + "\n";
    for (const auto& name : t.untracked_targets) out += say(w::untracked_target, console_indicator_name(name, say)) + "\n";
    out += say(w::early_warning_line, months_outside(t)) + "\n";
    ConsoleTable months;
    months.header = {say(w::month_short_col), say.language == Language::En ? "elb" : say(w::elb_col),
                     say.language == Language::En ? "ltr" : say(w::ltr_col), say(w::console_integrations),
                     say(w::cumulative_short)};
    const auto band = [&](const std::optional<BandCheck>& b) -> std::string {
        if (!b) return "\u2013";
        const Term& mark = b->position == BandPosition::Inside ? w::band_ok
                           : b->position == BandPosition::Below ? w::band_low
                                                                : w::band_high;
        return say.number(b->observed) + " " + say(mark);
    };
    for (const auto& m : t.early_warning)
        months.rows.push_back({m.month, band(m.elb), band(m.ltr), band(m.integrations), band(m.integrations_cum)});
    out += console_table(months);
    for (const auto& d : t.derived_figures) out += say(w::note_line, derived_figures_text(d, say)) + "\n";
    out += conditioning_text(t.conditioning, t.replications, say);
    out += history_text(t, history, say);
    return plain_spaces(out + say(w::track_console_note) + "\n");
}

}  // namespace intsim
