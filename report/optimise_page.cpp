// report.html and the CSV tables of `intsim optimise`: the ranked mixes, integrations
// against money as a frontier, and the marginal effect of each measure.
#include <algorithm>
#include <cmath>

#include "report/chart_axis.hpp"
#include "report/html_report.hpp"
#include "report/markup.hpp"
#include "report/optimise_report.hpp"
#include "report/optimise_words.hpp"
#include "report/report_parts.hpp"
#include "report/results_json.hpp"
#include "report/run_words.hpp"
#include "report/svg_intervals.hpp"
#include "report/svg_scatter.hpp"

namespace intsim {

namespace {

namespace w = words;

// The scenario's index of an optimised measure.
std::size_t section_measure(const OptimiseReport& r, const std::string& id) {
    for (const auto& range : r.section->ranges)
        if (range.measure_id == id) return range.measure;
    return 0;
}

const ConfirmedMix* plan_entry(const OptimiseReport& r) {
    for (const auto& c : r.confirmation->ranked)
        if (c.is_plan) return &c;
    return nullptr;
}

std::string signed_interval(double mean, double low, double high, const Wording& say) {
    const int decimals = difference_decimals("integrations_total", mean, low, high);
    return say.signed_number(mean, decimals) + " (" + say.signed_number(low, decimals) + " .. " +
           say.signed_number(high, decimals) + ")";
}

std::string key_figures(const OptimiseReport& r, const Wording& say) {
    const ConfirmedMix& best = r.confirmation->ranked.front();
    const MixEstimate& e = best.evaluated.estimate;
    const ConfirmedMix* plan = plan_entry(r);
    const double good_from = 0.8;
    std::string out = "<div class=\"cards\">\n";
    const bool several_years = r.years.size() > 1;
    const std::string period = ranked_period(r, say);
    out += key_figure_html(several_years ? say(w::best_integrations_card_period, period) : say(w::best_integrations_card),
                           say.number(e.integrations),
                           best.is_plan ? say(w::plan_mix_label)
                                        : say(w::vs_plan_of, signed_interval(best.difference_mean, best.difference_low,
                                                                             best.difference_high, say)));
    if (e.p_all_targets_met)
        out += key_figure_html(several_years ? say(w::objective_p_all_every_year) : say(w::best_p_all_card),
                               say.percent(*e.p_all_targets_met),
                               plan && plan->evaluated.estimate.p_all_targets_met
                                   ? say(w::plan_p_all_of, say.percent(*plan->evaluated.estimate.p_all_targets_met))
                                   : "",
                               probability_status(*e.p_all_targets_met, good_from));
    // The spend of the horizon against the budget of the same months: every year's limit.
    const std::optional<double> budget = horizon_budget(r);
    out += key_figure_html(several_years ? say(w::best_spend_card_period, period) : say(w::best_spend_card),
                           say.euro_millions(e.spend, 2),
                           budget ? (several_years ? say(w::share_of_operative_period, say.percent(e.spend / *budget, 1),
                                                         period, say.euro_millions(*budget, 2))
                                                   : say(w::share_of_operative, say.percent(e.spend / *budget, 1),
                                                         say.euro_millions(*budget, 2))) +
                                        (r.warnings.unspent ? " \u00b7 " + say(w::unspent_of, say.euro(*r.warnings.unspent))
                                                            : "")
                                  : "",
                           r.warnings.unspent ? "fair" : "");
    return out + "</div>\n";
}

std::string warnings_section(const OptimiseReport& r, const Wording& say) {
    const auto sentences = warning_sentences(r, say);
    if (sentences.empty()) return "";
    std::string out = "<div class=\"warning\" id=\"warnings\"><strong>" + escape_markup(say(w::warnings_heading)) +
                      "</strong><ul>";
    for (const auto& sentence : sentences) out += "<li>" + escape_markup(sentence) + "</li>";
    return out + "</ul></div>\n";
}

std::string ranked_section(const OptimiseReport& r, const Wording& say) {
    const OptimiseSection& section = *r.section;
    HtmlTable table{"ranked", "compact", {}, {}};
    table.header = {number_cell(say(w::rank))};
    // Ids, not names: a column per measure keeps the table to the page only with short heads.
    for (const auto& range : section.ranges) table.header.push_back(number_cell(range.measure_id));
    for (const Term* t : {&w::integrations_mean_col, &w::range90_p}) table.header.push_back(number_cell(say(*t)));
    table.header.push_back(number_cell(p_all_column(r, say)));
    for (const Term* t : {&w::spend_mean, &w::p_over_budget, &w::vs_plan_col, &w::women_share_col})
        table.header.push_back(number_cell(say(*t)));
    for (std::size_t i = 0; i < r.confirmation->ranked.size(); ++i) {
        const ConfirmedMix& c = r.confirmation->ranked[i];
        const MixEstimate& e = c.evaluated.estimate;
        std::vector<HtmlCell> row = {number_cell(std::to_string(c.rank) + (c.is_plan ? " (" + say(w::plan_mix_label) + ")" : ""))};
        for (std::size_t k = 0; k < section.ranges.size(); ++k) {
            const bool budget_kind = r.plan->measures[section.ranges[k].measure].capacity_kind == CapacityKind::Budget;
            row.push_back(number_cell(budget_kind ? say.euro(c.evaluated.mix[k]) : say.number(c.evaluated.mix[k])));
        }
        row.push_back(number_cell(say.number(e.integrations)));
        row.push_back(number_cell(say.range(say.number(e.integrations_summary.p05), say.number(e.integrations_summary.p95))));
        row.push_back({e.p_all_targets_met ? probability_pill(*e.p_all_targets_met, 0.8, say.percent(*e.p_all_targets_met, 1))
                                           : "\u2013",
                       "num"});
        row.push_back(number_cell(say.euro(e.spend)));
        row.push_back(number_cell(say.percent(e.p_over_budget)));
        row.push_back(number_cell(c.is_plan ? say(w::plan_mix_label)
                                            : signed_interval(c.difference_mean, c.difference_low, c.difference_high, say)));
        row.push_back(number_cell(say.percent(e.women_share_entries, 1) +
                                  (c.evaluated.feasible ? "" : " (" + say(w::infeasible) + ")")));
        table.rows.push_back(row);
    }
    std::string heading = say(w::ranked_heading);
    if (r.years.size() > 1) heading += ", " + horizon_label(r.years, say);
    return "<h2>" + escape_markup(heading) + "</h2>\n" + html_table(table) + "<p class=\"note\">" +
           escape_markup(say(w::ranked_note, say.number(static_cast<double>(r.replications)))) + " " +
           escape_markup(say(w::shared_rank_note)) + " " + escape_markup(colour_rule_note(0.8, say)) + "</p>\n";
}

// What separates each confirmed mix from the best, beside the ranked table (which would
// not keep to the page with it): objective, integrations and spend as paired differences.
std::string to_best_section(const OptimiseReport& r, const Wording& say) {
    HtmlTable table{"to-best", "compact", {}, {}};
    table.header = {number_cell(say(w::rank)), text_cell(say(w::mix)), number_cell(say(w::to_best_col))};
    for (const auto& c : r.confirmation->ranked) {
        // One part a line (objective; integrations; spend).
        std::string to_best = escape_markup(to_best_text(r, c, say));
        for (std::size_t at = to_best.find("; "); at != std::string::npos; at = to_best.find("; ", at))
            to_best.replace(at, 2, "<br>");
        table.rows.push_back({number_cell(std::to_string(c.rank) + (c.is_plan ? " (" + say(w::plan_mix_label) + ")" : "")),
                              text_cell(mix_text(*r.section, c.evaluated.mix, say)), {to_best, "num-wrap"}});
    }
    return html_table(table);
}

// Several calendar years: each year's spend against its own operative EGT (the budget
// holds in each year), the best mix's integrations and P(all targets met) of the year.
std::string budget_years_section(const OptimiseReport& r, const Wording& say) {
    if (r.years.size() < 2) return "";
    const MixEstimate& b = r.confirmation->ranked.front().evaluated.estimate;
    const ConfirmedMix* plan = plan_entry(r);
    HtmlTable table{"budget-years", "compact", {}, {}};
    table.header = {text_cell(say(w::year_col)),          number_cell(say(w::operative_egt_col)),
                    number_cell(say(w::best_spend_col)),   number_cell(say(w::share_col)),
                    number_cell(say(w::plan_spend_col)),   number_cell(say(w::best_integrations_col)),
                    number_cell(say(w::best_p_all_col))};
    for (std::size_t y = 0; y < r.years.size() && y < b.spend_by_year.size(); ++y) {
        const std::optional<double> limit = r.search_options->constraints.limit(y);
        const auto& p_all = b.p_all_targets_met_by_year;
        table.rows.push_back(
            {text_cell(year_label(r.years[y], say)), number_cell(limit ? say.euro(*limit) : "\u2013"),
             number_cell(say.euro(b.spend_by_year[y])),
             number_cell(limit && *limit > 0 ? say.percent(b.spend_by_year[y] / *limit, 1) : "\u2013"),
             number_cell(plan && y < plan->evaluated.estimate.spend_by_year.size()
                             ? say.euro(plan->evaluated.estimate.spend_by_year[y])
                             : "\u2013"),
             number_cell(y < b.integrations_by_year.size() ? say.number(b.integrations_by_year[y], 1) : "\u2013"),
             number_cell(y < p_all.size() && p_all[y] ? say.percent(*p_all[y], 1) : "\u2013")});
    }
    return "<h2>" + escape_markup(say(w::budget_years_heading)) + "</h2>\n" + html_table(table);
}

std::string frontier_section(const OptimiseReport& r, const Wording& say) {
    ScatterChart chart;
    chart.id = "frontier";
    chart.title = say(w::frontier_title);
    std::vector<std::pair<double, double>> feasible;
    for (const auto& v : r.search->visited) {
        chart.points.push_back({v.estimate.spend, v.estimate.integrations, ScatterStyle::Background, "",
                                mix_text(*r.section, v.mix, say) + ": " + say.number(v.estimate.integrations) + ", " +
                                    say.euro(v.estimate.spend)});
        if (v.feasible) feasible.push_back({v.estimate.spend, v.estimate.integrations});
    }
    chart.line = frontier_of(feasible);
    for (std::size_t i = 0; i < r.confirmation->ranked.size(); ++i) {
        const ConfirmedMix& c = r.confirmation->ranked[i];
        chart.points.push_back({c.evaluated.estimate.spend, c.evaluated.estimate.integrations,
                                c.is_plan ? ScatterStyle::Marked : ScatterStyle::Highlight,
                                c.is_plan ? std::to_string(c.rank) + " " + say(w::plan_mix_label) : std::to_string(c.rank),
                                std::to_string(c.rank) + ". " + mix_text(*r.section, c.evaluated.mix, say) + ": " +
                                    say.number(c.evaluated.estimate.integrations) + ", " +
                                    say.euro(c.evaluated.estimate.spend)});
    }
    // The spend on the axis is the horizon's: so is the budget drawn against it.
    if (const std::optional<double> budget = horizon_budget(r)) {
        chart.x_reference = *budget;
        chart.x_reference_label = r.years.size() > 1
                                      ? say(w::budget_of_period, ranked_period(r, say), say.euro_millions(*budget, 2))
                                      : say(w::budget_of, say.euro_millions(*budget, 2));
    }
    chart.x_title = say(w::spend_axis);
    chart.y_title = say(w::integrations_expected_axis);
    chart.background_label = say(w::searched);
    chart.line_label = say(w::frontier);
    chart.highlight_label = say(w::confirmed);
    chart.marked_label = say(w::plan_mix_label);
    chart.x_format = millions_format(say);
    chart.y_format = count_format(say);
    return "<h2>" + escape_markup(say(w::frontier_heading)) + "</h2>\n" +
           figure_html(say(w::frontier_title), scatter_chart_svg(chart),
                       say(w::frontier_note, r.evaluator == "expected_model" ? say(w::frontier_expected_note) : ""));
}

std::string marginal_section(const OptimiseReport& r, const Wording& say) {
    IntervalChart chart;
    chart.id = "marginal";
    chart.title = say(w::marginal_chart_title);
    chart.bars = true;
    chart.axis_title = say(w::per_100k_axis);
    chart.format = [say](double v, double step) { return say.signed_number(v, step > 0 ? decimals_for_step(step) : 1); };
    HtmlTable table{"marginal", "", {}, {}};
    table.header = {text_cell(say(w::Measure)), number_cell(say(w::at_col)), number_cell(say(w::compared_col)),
                    number_cell(say(w::integrations_difference_col)), number_cell(say(w::spend_difference_col)),
                    number_cell(say(w::per_100k_col))};
    for (const auto& m : r.confirmation->marginal) {
        const std::string per = m.integrations_per_100k_eur ? say.signed_number(*m.integrations_per_100k_eur, 1)
                                                            : say(w::no_money_moves);
        if (m.integrations_per_100k_eur) {
            // The interval of the integrations difference, per 100,000 EUR of the same money.
            const double scale = 100000.0 / m.spend_difference;
            const double a = m.integrations_difference_low * scale, b = m.integrations_difference_high * scale;
            const IntervalTone tone = std::min(a, b) > 0 ? IntervalTone::Better
                                      : std::max(a, b) < 0 ? IntervalTone::Worse
                                                            : IntervalTone::Neutral;
            chart.rows.push_back({"", measure_label(r.plan->measures[section_measure(r, m.measure_id)], say),
                                  *m.integrations_per_100k_eur, std::min(a, b), std::max(a, b), tone,
                                  say.signed_number(*m.integrations_per_100k_eur, 1), ""});
        }
        const std::string label = measure_label(r.plan->measures[section_measure(r, m.measure_id)], say);
        table.rows.push_back({text_cell(label), number_cell(say.number(m.at)),
                              number_cell(say.number(m.lower) + " / " + say.number(m.upper)),
                              number_cell(signed_interval(m.integrations_difference, m.integrations_difference_low,
                                                          m.integrations_difference_high, say)),
                              number_cell(say.difference("budget_spend", m.spend_difference, 0)), number_cell(per)});
    }
    std::string out = "<h2>" + escape_markup(say(w::marginal_heading)) + "</h2>\n";
    if (!chart.rows.empty())
        out += figure_html(say(w::marginal_chart_title), interval_chart_svg(chart), "", "narrow");
    return out + html_table(table) + "<p class=\"note\">" + escape_markup(say(w::marginal_note)) + "</p>\n";
}

CsvOutputCell number(double x) { return round_figure(x); }
CsvOutputCell truth(bool b) { return CsvFlag{b}; }

CsvOutputCell optional_cell(const std::optional<double>& x) {
    return x ? CsvOutputCell(round_figure(*x)) : CsvOutputCell();
}

}  // namespace

std::string optimise_html(const OptimiseReport& r, const ScenarioIdentity& scenario, const std::string& version,
                          const Wording& say) {
    const MixSearchOptions& options = *r.search_options;
    const std::string meta =
        say(w::optimise_meta,
            objective_label(options.objective, r.years.size(), say), budget_label(options.constraints, r.years.size(), say),
            r.search->visited.size(),
            r.evaluator == "expected_model" ? say(w::search_expected, r.search_replications)
                                            : say(w::search_monte_carlo, r.search_replications),
            say.number(static_cast<double>(r.replications))) +
        " \u00b7 " + say(w::seed_n, r.seed) + " \u00b7 " + say(w::intsim_version, version);
    std::string body = report_header(say(w::optimise_title, r.plan->name), meta, {{say(w::scenario_sha), scenario.sha256}});
    body += key_figures(r, say) + warnings_section(r, say) + ranked_section(r, say) + to_best_section(r, say) +
            budget_years_section(r, say) +
            frontier_section(r, say) + marginal_section(r, say);
    body += "<footer>" + escape_markup(say(w::optimise_footer)) + "</footer>\n";
    return html_page(say(w::optimise_page_title, r.plan->name), std::string(language_code(say.language)), body);
}

CsvOutputTable ranked_table(const OptimiseReport& r) {
    CsvOutputTable table;
    table.header = {"rank", "is_plan", "search_rank", "feasible"};
    for (const auto& range : r.section->ranges) table.header.push_back(range.measure_id);
    for (const char* name : {"integrations_mean", "integrations_p05", "integrations_p50", "integrations_p95",
                             "spend_mean", "spend_p05", "spend_p95", "p_over_budget", "p_all_targets_met",
                             "women_share_entries", "difference_to_plan", "difference_to_plan_ci95_low",
                             "difference_to_plan_ci95_high", "position", "distinguishable_from_best",
                             "objective_to_best", "objective_to_best_ci95_low", "objective_to_best_ci95_high",
                             "integrations_to_best", "integrations_to_best_ci95_low", "integrations_to_best_ci95_high",
                             "spend_to_best", "spend_to_best_ci95_low", "spend_to_best_ci95_high"})
        table.header.emplace_back(name);
    for (const auto& year : r.years) {
        table.header.push_back("spend_" + std::to_string(year.year));
        table.header.push_back("integrations_" + std::to_string(year.year));
    }
    for (std::size_t i = 0; i < r.confirmation->ranked.size(); ++i) {
        const ConfirmedMix& c = r.confirmation->ranked[i];
        const MixEstimate& e = c.evaluated.estimate;
        std::vector<CsvOutputCell> row;
        row.push_back(number(static_cast<double>(c.rank)));
        row.push_back(truth(c.is_plan));
        row.push_back(c.search_rank ? number(static_cast<double>(*c.search_rank)) : CsvOutputCell());
        row.push_back(truth(c.evaluated.feasible));
        for (double capacity : c.evaluated.mix) row.push_back(number(capacity));
        for (double x : {e.integrations_summary.mean, e.integrations_summary.p05, e.integrations_summary.p50,
                         e.integrations_summary.p95, e.spend_summary.mean, e.spend_summary.p05, e.spend_summary.p95,
                         e.p_over_budget})
            row.push_back(number(x));
        row.push_back(optional_cell(e.p_all_targets_met));
        for (double x : {e.women_share_entries, c.difference_mean, c.difference_low, c.difference_high})
            row.push_back(number(x));
        row.push_back(number(static_cast<double>(i + 1)));
        row.push_back(truth(c.distinguishable_from_best));
        for (const PairedInterval* d : {&c.to_best_objective, &c.to_best_integrations, &c.to_best_spend})
            for (double x : {d->mean, d->low, d->high}) row.push_back(number(x));
        for (std::size_t y = 0; y < r.years.size(); ++y) {
            row.push_back(y < e.spend_by_year.size() ? number(e.spend_by_year[y]) : CsvOutputCell());
            row.push_back(y < e.integrations_by_year.size() ? number(e.integrations_by_year[y]) : CsvOutputCell());
        }
        table.rows.push_back(row);
    }
    return table;
}

CsvOutputTable searched_table(const OptimiseReport& r) {
    CsvOutputTable table;
    table.header = {"evaluation"};
    for (const auto& range : r.section->ranges) table.header.push_back(range.measure_id);
    for (const char* name : {"integrations", "spend", "p_all_targets_met", "women_share_entries", "feasible"})
        table.header.emplace_back(name);
    for (std::size_t i = 0; i < r.search->visited.size(); ++i) {
        const EvaluatedMix& v = r.search->visited[i];
        std::vector<CsvOutputCell> row;
        row.push_back(number(static_cast<double>(i + 1)));
        for (double capacity : v.mix) row.push_back(number(capacity));
        row.push_back(number(v.estimate.integrations));
        row.push_back(number(v.estimate.spend));
        row.push_back(optional_cell(v.estimate.p_all_targets_met));
        row.push_back(number(v.estimate.women_share_entries));
        row.push_back(truth(v.feasible));
        table.rows.push_back(row);
    }
    return table;
}

CsvOutputTable marginal_table(const OptimiseReport& r) {
    CsvOutputTable table;
    table.header = {"id", "at", "lower", "upper", "integrations_difference", "integrations_difference_ci95_low",
                    "integrations_difference_ci95_high", "spend_difference", "integrations_per_100k_eur"};
    for (const auto& m : r.confirmation->marginal)
        table.rows.push_back({m.measure_id, round_figure(m.at), round_figure(m.lower), round_figure(m.upper),
                              round_figure(m.integrations_difference), round_figure(m.integrations_difference_low),
                              round_figure(m.integrations_difference_high), round_figure(m.spend_difference),
                              optional_cell(m.integrations_per_100k_eur)});
    return table;
}

void stage_optimise_outputs(OutputSet& outputs, const OptimiseReport& report, const ScenarioIdentity& scenario,
                            const RunFacts& facts, const std::string& version, const ReportOptions& options) {
    if (options.json) outputs.add("optimise.json", optimise_to_json(report, scenario, facts, version).dump(1) + "\n");
    if (options.csv) {
        outputs.add("ranked.csv", to_csv(ranked_table(report), options.csv_dialect));
        outputs.add("searched.csv", to_csv(searched_table(report), options.csv_dialect));
        outputs.add("marginal.csv", to_csv(marginal_table(report), options.csv_dialect));
    }
    if (options.html) outputs.add("report.html", optimise_html(report, scenario, version, options.wording()));
    outputs.retire({"optimise.json", "ranked.csv", "searched.csv", "marginal.csv", "report.html"});
}

}  // namespace intsim
