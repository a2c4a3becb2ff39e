// report.html and the CSV tables of `intsim track`: where the year stands against its
// targets, month by month against the plan, and how the outlook moved.
#include <algorithm>
#include <cmath>
#include <map>

#include "decisions/track/tracked_year.hpp"
#include "report/batch_words.hpp"
#include "report/chart_axis.hpp"
#include "report/compare_words.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/optimise_words.hpp"
#include "report/report_parts.hpp"
#include "report/results_json.hpp"
#include "report/run_words.hpp"
#include "report/svg_intervals.hpp"
#include "report/svg_lines.hpp"
#include "report/track_report.hpp"
#include "report/track_words.hpp"

namespace intsim {

namespace {

namespace w = words;

// The offer probability of the plan's default: the colour rule's green.
constexpr double kGoodFrom = 0.8;

std::string key_figures(const TrackResult& t, const Wording& say) {
    std::string out = "<div class=\"cards\">\n";
    if (!t.periods.empty() && t.periods.back().p_all_targets_met) {
        // A plan of several years leads with its whole horizon.
        const TrackedPeriod& h = t.periods.back();
        out += key_figure_html(say(w::every_year_card, h.first_year, h.last_year), say.percent(*h.p_all_targets_met),
                               say(w::every_year_card_detail, t.periods.front().first_year,
                                   h.plan_p_all_targets_met ? say.percent(*h.plan_p_all_targets_met) : "\u2013"),
                               probability_status(*h.p_all_targets_met, kGoodFrom));
    }
    for (const auto& target : t.targets) {
        const auto value = [&](double x) { return say.value(target.indicator, x); };
        out += key_figure_html(
            say(w::target_card, say.indicator(target.indicator)), say.percent(target.p_target_met),
            say(w::target_card_detail, value(target.target.value), value(target.year.mean),
                say.range(value(target.year.p05), value(target.year.p95)),
                target.plan_p_target_met ? say.percent(*target.plan_p_target_met) : "\u2013"),
            probability_status(target.p_target_met, kGoodFrom));
    }
    if (t.p_all_targets_met)
        out += key_figure_html(say(w::all_targets_card), say.percent(*t.p_all_targets_met),
                               say(w::all_targets_tracked_detail,
                                   t.plan_p_all_targets_met ? say.percent(*t.plan_p_all_targets_met) : "\u2013"),
                               probability_status(*t.p_all_targets_met, kGoodFrom));
    return out + "</div>\n";
}

std::string learning_section(const TrackResult& t, const Wording& say) {
    const Conditioning& c = t.conditioning;
    std::string text = c.conditioned ? say(w::learned_text, t.observed_months, say.number(static_cast<double>(t.replications)),
                                           say.number(c.ess), say.percent(c.ess_share))
                                     : notice_sentences(c, say).back();
    std::string out = "<h2>" + escape_markup(say(w::learned_heading)) + "</h2>\n<p>" + escape_markup(text) + "</p>\n";
    std::vector<std::string> warnings;
    if (c.conditioned) warnings = notice_sentences(c, say);
    for (const auto& name : t.untracked_targets) warnings.push_back(say(w::untracked_target, say.indicator(name)));
    if (!warnings.empty()) {
        out += "<div class=\"warning\" id=\"warnings\"><strong>" + escape_markup(say(w::warnings_heading)) + "</strong><ul>";
        for (const auto& warning : warnings) out += "<li>" + escape_markup(warning) + "</li>";
        out += "</ul></div>\n";
    }
    return out;
}

// The gap that matters: each target's year in percent of the target.
std::string year_chart(const TrackResult& t, const Wording& say) {
    IntervalChart chart = percent_of_target_chart("track-targets", say(w::year_chart_title), say(w::year_chart_axis), say);
    for (const auto& target : t.targets) {
        const double goal = target.target.value;
        if (!(std::fabs(goal) > 0)) continue;
        const auto percent = [&](double x) { return percent_of_target(x, goal); };
        chart.rows.push_back({"", say.indicator(target.indicator), percent(target.year.mean), percent(target.year.p05),
                              percent(target.year.p95), probability_tone(target.p_target_met, kGoodFrom),
                              say(w::p_met_of, say.percent(target.p_target_met)), ""});
    }
    if (chart.rows.empty()) return "";
    return figure_html(say(w::year_chart_title), interval_chart_svg(chart), say(w::year_chart_note), "narrow");
}

HtmlCell light_cell(const std::optional<BandCheck>& b, Direction better, const Wording& say) {
    if (!b) return {"<span class=\"muted\">" + escape_markup(say(w::not_observed)) + "</span>", "num"};
    const std::string light = band_light(*b, better);
    std::string html = "<span class=\"light " + light + "\"></span>" + escape_markup(say.number(b->observed));
    if (b->position != BandPosition::Inside)
        html += " <span class=\"flag\">" +
                escape_markup(say(b->position == BandPosition::Above ? w::light_above : w::light_below)) + "</span>";
    html += "<span class=\"code\">" +
            escape_markup(say(w::light_plan, say.number(b->plan.p50),
                              say.range(say.number(b->plan.p05), say.number(b->plan.p95)))) +
            "</span>";
    return {html, "num " + light};
}

std::string lights_section(const TrackResult& t, const Wording& say) {
    HtmlTable table{"traffic-lights", "", {}, {}};
    table.header = {text_cell(say(w::month_col)), number_cell(say(w::integrations_month_col)),
                    number_cell(say(w::integrations_cum_col)), number_cell(say(w::elb_col)), number_cell(say(w::ltr_col))};
    for (const auto& m : t.early_warning)
        table.rows.push_back({text_cell(say.month_long(m.month)), light_cell(m.integrations, Direction::Higher, say),
                              light_cell(m.integrations_cum, Direction::Higher, say),
                              light_cell(m.elb, Direction::Lower, say), light_cell(m.ltr, Direction::Lower, say)});
    std::string derived;
    for (const auto& d : t.derived_figures) derived += "<li>" + escape_markup(derived_figures_text(d, say)) + "</li>";
    if (!derived.empty())
        derived = "<div class=\"note\" id=\"derived-figures\"><strong>" + escape_markup(say(w::derived_heading)) +
                  "</strong><ul>" + derived + "</ul></div>\n";
    return "<h2>" + escape_markup(say(w::lights_heading)) + "</h2>\n" + html_table(table) + "<p class=\"note\">" +
           escape_markup(say(w::lights_note)) + "</p>\n" + derived;
}

std::string targets_section(const TrackResult& t, const Wording& say) {
    HtmlTable table{"targets", "", {}, {}};
    table.header = {text_cell(say(w::Indicator)), number_cell(say(w::Target)),       number_cell(say(w::so_far_col)),
                    number_cell(say(w::year_mean_col)), number_cell(say(w::range90_p)), number_cell(say(w::p_target_met)),
                    number_cell(say(w::plan_p_met_col)), number_cell(say(w::needed_col)), number_cell(say(w::projected_col))};
    for (const auto& target : t.targets) {
        const auto value = [&](double x) { return say.value(target.indicator, x); };
        const bool higher = target.target.direction == Direction::Higher;
        table.rows.push_back(
            {indicator_cell(target.indicator, say), number_cell(value(target.target.value)),
             number_cell(target.year_to_date ? value(*target.year_to_date) : "\u2013"),
             number_cell(value(target.year.mean)), number_cell(say.range(value(target.year.p05), value(target.year.p95))),
             {probability_pill(target.p_target_met, kGoodFrom, say.percent(target.p_target_met)), "num"},
             number_cell(target.plan_p_target_met ? say.percent(*target.plan_p_target_met) : "\u2013"),
             number_cell(target.needed_per_month
                             ? say(higher ? w::at_least : w::at_most, say.number(*target.needed_per_month))
                             : "\u2013"),
             number_cell(target.projected_per_month ? say.number(*target.projected_per_month) : "\u2013")});
    }
    const std::string heading = t.periods.empty()
                                    ? say(w::targets_heading)
                                    : say(w::targets_of_tracked_year, t.periods.front().first_year);
    return "<h2>" + escape_markup(heading) + "</h2>\n" + year_chart(t, say) + html_table(table) +
           "<p class=\"note\">" + escape_markup(say(w::targets_note)) + " " + escape_markup(plan_figures_text(t, say)) +
           " " + escape_markup(colour_rule_note(kGoodFrom, say)) + "</p>\n";
}

// P(target met) of each target and P(all targets met) from the plan over the months.
std::string history_chart(const TrackResult& t, const TrackHistory& history, const Wording& say) {
    LineChart chart;
    chart.id = "track-history";
    chart.title = say(w::history_chart_title);
    chart.good_from = kGoodFrom;
    chart.y_title = say(w::p_target_met);
    chart.format = [say](double share) { return say.percent(share); };
    chart.x_labels.push_back(say(w::plan_row));
    for (const auto& entry : history.months) chart.x_labels.push_back(say.month(entry.month));
    const auto value = [](const std::map<std::string, double>& by_name, const std::string& name) {
        const auto it = by_name.find(name);
        return it == by_name.end() ? std::nan("") : it->second;
    };
    for (const auto& target : t.targets) {
        ChartLine line{say.indicator(target.indicator), {target.plan_p_target_met.value_or(std::nan(""))}, false};
        for (const auto& entry : history.months) line.values.push_back(value(entry.p_target_met, target.indicator));
        chart.lines.push_back(std::move(line));
    }
    if (t.p_all_targets_met) {
        ChartLine all{say(w::all_targets_card), {t.plan_p_all_targets_met.value_or(std::nan(""))}, true};
        for (const auto& entry : history.months) all.values.push_back(entry.p_all_targets_met.value_or(std::nan("")));
        chart.lines.push_back(std::move(all));
    }
    return figure_html(say(w::history_chart_title), line_chart_svg(chart), say(w::history_chart_note));
}

// How P(target met) and the projected year moved over the months tracked so far, from
// the plan's own; only when earlier months are known (the history ends with this run).
std::string history_section(const TrackResult& t, const TrackHistory& history, const Wording& say) {
    if (history.months.size() < 2 && history.skipped.empty()) return "";
    // The months as columns (the plan first), like the console: the table stays narrow
    // however many targets there are.
    HtmlTable table{"history", "compact", {text_cell("")}, {}};
    table.header.push_back(number_cell(say(w::plan_row)));
    for (const auto& entry : history.months) table.header.push_back(number_cell(say.month(entry.month)));
    const auto pill = [&](const std::optional<double>& p) -> HtmlCell {
        return {p ? probability_pill(*p, kGoodFrom, say.percent(*p)) : "\u2013", "num"};
    };
    const auto found = [](const auto& by_name, const std::string& name) {
        const auto it = by_name.find(name);
        return it == by_name.end() ? nullptr : &it->second;
    };
    for (const auto& target : t.targets) {
        std::vector<HtmlCell> row = {text_cell(say(w::target_card, say.indicator(target.indicator))),
                                     pill(target.plan_p_target_met)};
        for (const auto& entry : history.months) {
            const double* p = found(entry.p_target_met, target.indicator);
            row.push_back(pill(p ? std::optional<double>(*p) : std::nullopt));
        }
        table.rows.push_back(row);
    }
    std::vector<HtmlCell> all = {text_cell(say(w::all_targets_card)), pill(t.plan_p_all_targets_met)};
    for (const auto& entry : history.months) all.push_back(pill(entry.p_all_targets_met));
    table.rows.push_back(all);
    for (const auto& target : t.targets) {
        std::vector<HtmlCell> row = {text_cell(say(w::year_mean_of, say.indicator(target.indicator))),
                                     number_cell(say.value(target.indicator, target.plan_year.mean))};
        for (const auto& entry : history.months) {
            const YearSpread* year = found(entry.year, target.indicator);
            row.push_back(number_cell(year ? say.value(target.indicator, year->mean) : "\u2013"));
        }
        table.rows.push_back(row);
    }
    std::string out = "<h2>" + escape_markup(say(w::history_heading)) + "</h2>\n" + history_chart(t, history, say) +
                      html_table(table) +
                      "<p class=\"note\">" + escape_markup(say(w::history_note)) + "</p>\n";
    if (!history.skipped.empty()) {
        out += "<div class=\"warning\" id=\"history-skipped\"><strong>" + escape_markup(say(w::history_skipped)) +
               "</strong><ul>";
        for (const auto& s : history.skipped) out += "<li>" + escape_markup(s.folder + ": " + s.reason) + "</li>";
        out += "</ul></div>\n";
    }
    return out;
}

const PeriodTarget* target_of_period(const TrackedPeriod& p, const std::string& name) {
    for (const auto& x : p.targets)
        if (x.indicator == name) return &x;
    return nullptr;
}

// Every calendar year of a plan of several years and its whole horizon, in columns.
std::string years_section(const TrackResult& t, const Wording& say) {
    if (t.periods.empty()) return "";
    HtmlTable table{"track-years", "compact", {text_cell("")}, {}};
    std::vector<HtmlCell> basis = {text_cell(say(w::basis_row))};
    for (const auto& p : t.periods) {
        table.header.push_back(number_cell(p.whole_horizon ? say(w::period_horizon, p.first_year, p.last_year)
                                                           : std::to_string(p.first_year)));
        basis.push_back(number_cell(p.observed_months > 0 ? say(w::basis_actuals, say.month(t.last_observed))
                                                          : say(w::basis_projection)));
    }
    table.rows.push_back(basis);
    const auto dash = [] { return number_cell("\u2013"); };
    std::vector<std::string> names;
    for (const auto& name : tracked_indicators())
        for (const auto& p : t.periods)
            if (target_of_period(p, name)) {
                names.push_back(name);
                break;
            }
    if (names.empty()) names = {"integrations_total", "ltr_avg"};
    for (const auto& name : names) {
        const std::size_t i = tracked_index(name);
        const std::string label = say.indicator(name);
        // Rates and changes in per cent are yearly figures: not for the horizon.
        const auto shown = [&](const TrackedPeriod& p) { return !(p.whole_horizon && is_percent_indicator(name)); };
        std::vector<HtmlCell> target = {text_cell(say(w::target_row_of, label))};
        std::vector<HtmlCell> mean = {text_cell(say(w::mean_row_of, label))};
        std::vector<HtmlCell> range = {text_cell(say(w::range_of, label))};
        std::vector<HtmlCell> met = {text_cell(say(w::p_met_of_row, label))};
        for (const auto& p : t.periods) {
            const PeriodTarget* x = target_of_period(p, name);
            target.push_back(x ? number_cell(say.value(name, x->target.value)) : dash());
            mean.push_back(shown(p) ? number_cell(say.value(name, p.indicators[i].mean)) : dash());
            range.push_back(shown(p) ? number_cell(say.range(say.value(name, p.indicators[i].p05),
                                                             say.value(name, p.indicators[i].p95)))
                                     : dash());
            met.push_back(x ? HtmlCell{probability_pill(x->p_target_met, kGoodFrom, say.percent(x->p_target_met)), "num"}
                            : dash());
        }
        for (auto* row : {&target, &mean, &range, &met}) table.rows.push_back(std::move(*row));
    }
    std::vector<HtmlCell> all = {text_cell(say(w::p_all_of_period))}, plan = {text_cell(say(w::plan_p_all_of_period))};
    for (const auto& p : t.periods) {
        all.push_back(p.p_all_targets_met ? HtmlCell{probability_pill(*p.p_all_targets_met, kGoodFrom,
                                                                      say.percent(*p.p_all_targets_met)),
                                                     "num"}
                                          : dash());
        plan.push_back(p.plan_p_all_targets_met ? number_cell(say.percent(*p.plan_p_all_targets_met)) : dash());
    }
    table.rows.push_back(all);
    table.rows.push_back(plan);
    return "<h2>" + escape_markup(say(w::track_years_heading)) + "</h2>\n" + html_table(table) + "<p class=\"note\">" +
           escape_markup(say(w::track_years_note)) + " " + escape_markup(plan_figures_text(t, say)) + "</p>\n";
}

CsvOutputCell number(double x) { return round_figure(x); }
CsvOutputCell optional_number(const std::optional<double>& x) { return x ? number(*x) : CsvOutputCell{}; }
CsvOutputCell text(const std::string& t) { return t; }

const char* position_name(BandPosition p) {
    return p == BandPosition::Below ? "below" : p == BandPosition::Above ? "above" : "inside";
}

}  // namespace

std::string band_light(const BandCheck& b, Direction better) {
    const bool higher = better == Direction::Higher;
    const bool worse_than_band = higher ? b.position == BandPosition::Below : b.position == BandPosition::Above;
    if (worse_than_band) return "poor";
    const bool at_or_better_than_median = higher ? b.observed >= b.plan.p50 : b.observed <= b.plan.p50;
    return at_or_better_than_median || b.position != BandPosition::Inside ? "good" : "fair";
}

CsvOutputTable track_targets_table(const TrackResult& t) {
    CsvOutputTable table;
    table.header = {"indicator", "target", "direction", "year_to_date", "year_mean", "year_p05", "year_p50", "year_p95",
                    "p_target_met", "plan_p_target_met", "needed_per_month", "projected_per_month", "open_months"};
    for (const auto& target : t.targets) {
        std::vector<CsvOutputCell> row;
        row.push_back(text(target.indicator));
        row.push_back(number(target.target.value));
        row.push_back(text(std::string(direction_name(target.target.direction))));
        row.push_back(optional_number(target.year_to_date));
        for (double x : {target.year.mean, target.year.p05, target.year.p50, target.year.p95, target.p_target_met})
            row.push_back(number(x));
        row.push_back(optional_number(target.plan_p_target_met));
        row.push_back(optional_number(target.needed_per_month));
        row.push_back(optional_number(target.projected_per_month));
        row.push_back(number(target.open_months));
        table.rows.push_back(row);
    }
    return table;
}

CsvOutputTable track_years_table(const TrackResult& t) {
    CsvOutputTable table;
    table.header = {"period",      "first_month", "last_month", "observed_months", "basis",       "indicator",
                    "target",      "direction",   "mean",       "p05",             "p50",         "p95",
                    "p_target_met", "plan_mean",  "plan_p_target_met"};
    const auto& names = tracked_indicators();
    for (const auto& p : t.periods) {
        const std::string period = p.whole_horizon ? std::to_string(p.first_year) + "-" + std::to_string(p.last_year)
                                                   : std::to_string(p.first_year);
        const auto start = [&] {
            return std::vector<CsvOutputCell>{text(period), text(p.first_month), text(p.last_month),
                                              number(p.observed_months),
                                              text(p.observed_months > 0 ? "actuals and projection" : "projection")};
        };
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::vector<CsvOutputCell> row = start();
            row.push_back(text(names[i]));
            const PeriodTarget* x = target_of_period(p, names[i]);
            row.push_back(x ? number(x->target.value) : CsvOutputCell{});
            row.push_back(text(std::string(direction_name(p.directions[i]))));
            for (double v : {p.indicators[i].mean, p.indicators[i].p05, p.indicators[i].p50, p.indicators[i].p95})
                row.push_back(number(v));
            row.push_back(x ? number(x->p_target_met) : CsvOutputCell{});
            row.push_back(number(p.plan_indicators[i].mean));
            row.push_back(x ? optional_number(x->plan_p_target_met) : CsvOutputCell{});
            table.rows.push_back(row);
        }
        // Every target of the year (the horizon: of every year) met in the same replication.
        std::vector<CsvOutputCell> row = start();
        row.push_back(text(p.whole_horizon ? "all_targets_every_year" : "all_targets"));
        for (int k = 0; k < 6; ++k) row.push_back(CsvOutputCell{});
        row.push_back(optional_number(p.p_all_targets_met));
        row.push_back(CsvOutputCell{});
        row.push_back(optional_number(p.plan_p_all_targets_met));
        table.rows.push_back(row);
    }
    return table;
}

CsvOutputTable track_months_table(const TrackResult& t) {
    CsvOutputTable table;
    table.header = {"month", "figure", "observed", "plan_mean", "plan_p05", "plan_p50", "plan_p95", "position", "light"};
    for (const auto& m : t.early_warning) {
        const std::pair<const char*, const std::optional<BandCheck>*> figures[] = {
            {"integrations", &m.integrations}, {"integrations_cum", &m.integrations_cum}, {"elb", &m.elb}, {"ltr", &m.ltr}};
        for (const auto& [name, check] : figures) {
            if (!*check) continue;
            const BandCheck& b = **check;
            const Direction better = std::string(name).starts_with("integrations") ? Direction::Higher : Direction::Lower;
            std::vector<CsvOutputCell> row;
            row.push_back(text(m.month));
            row.push_back(text(name));
            for (double x : {b.observed, b.plan.mean, b.plan.p05, b.plan.p50, b.plan.p95}) row.push_back(number(x));
            row.push_back(text(position_name(b.position)));
            const std::string light = band_light(b, better);
            row.push_back(text(light == "good" ? "green" : light == "fair" ? "amber" : "red"));
            table.rows.push_back(row);
        }
    }
    return table;
}

std::string track_html(const TrackResult& t, const TrackHistory& history, const ScenarioIdentity& scenario,
                       const ActualsIdentity& actuals, const std::string& version, const Wording& say) {
    const std::string meta = say(w::track_meta, t.observed_months, t.remaining_months,
                                 say.number(static_cast<double>(t.replications))) +
                             " \u00b7 " + say(w::seed_n, t.seed) + " \u00b7 " + say(w::intsim_version, version);
    std::string body = report_header(say(w::track_title, t.scenario_name, say.month_long(t.last_observed)), meta,
                                     {{say(w::scenario_sha), scenario.sha256},
                                      {say(w::actuals_sha, actuals.file), actuals.sha256}});
    body += key_figures(t, say) + years_section(t, say) + learning_section(t, say) + targets_section(t, say) +
            lights_section(t, say) +
            history_section(t, history, say);
    body += "<footer>" + escape_markup(say(w::track_footer)) + "</footer>\n";
    return html_page(say(w::track_page_title, t.scenario_name, t.last_observed), std::string(language_code(say.language)),
                     body);
}

void stage_track_outputs(OutputSet& outputs, const TrackResult& track, const TrackHistory& history,
                         const ScenarioIdentity& scenario, const ActualsIdentity& actuals, const RunFacts& facts,
                         const std::string& version, const ReportOptions& options) {
    if (options.json)
        outputs.add("track.json", track_to_json(track, history, scenario, actuals, facts, version).dump(1) + "\n");
    if (options.csv) {
        outputs.add("track-targets.csv", to_csv(track_targets_table(track), options.csv_dialect));
        outputs.add("track-months.csv", to_csv(track_months_table(track), options.csv_dialect));
        if (!track.periods.empty()) outputs.add("track-years.csv", to_csv(track_years_table(track), options.csv_dialect));
    }
    if (options.html) outputs.add("report.html", track_html(track, history, scenario, actuals, version, options.wording()));
    outputs.retire({"track.json", "track-targets.csv", "track-months.csv", "track-years.csv", "report.html"});
}

}  // namespace intsim
