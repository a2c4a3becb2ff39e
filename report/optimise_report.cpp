#include "report/optimise_report.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/console_table.hpp"
#include "report/optimise_words.hpp"
#include "report/report_parts.hpp"
#include "report/results_json.hpp"

namespace intsim {

namespace {

nlohmann::json mix_to_json(const OptimiseSection& section, const Mix& mix) {
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t i = 0; i < section.ranges.size(); ++i) out[section.ranges[i].measure_id] = round_figure(mix[i]);
    return out;
}

nlohmann::json rounded(const std::vector<double>& values);

nlohmann::json interval_json(const PairedInterval& d) {
    return {{"mean", round_figure(d.mean)}, {"ci95", {{"low", round_figure(d.low)}, {"high", round_figure(d.high)}}}};
}

nlohmann::json optional_list(const std::vector<std::optional<double>>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& x : values) out.push_back(optional_figure(x));
    return out;
}

nlohmann::json confirmed_to_json(const OptimiseSection& section, const ConfirmedMix& c, std::size_t position) {
    const MixEstimate& e = c.evaluated.estimate;
    return {{"rank", c.rank},
            {"position", position},
            {"distinguishable_from_best", c.distinguishable_from_best},
            {"difference_to_best",
             {{"objective", interval_json(c.to_best_objective)},
              {"integrations", interval_json(c.to_best_integrations)},
              {"spend", interval_json(c.to_best_spend)}}},
            {"integrations_by_year", rounded(e.integrations_by_year)},
            {"p_all_targets_met_by_year", optional_list(e.p_all_targets_met_by_year)},
            {"is_plan", c.is_plan},
            {"search_rank", c.search_rank ? nlohmann::json(*c.search_rank) : nlohmann::json(nullptr)},
            {"mix", mix_to_json(section, c.evaluated.mix)},
            {"feasible", c.evaluated.feasible},
            {"spend", spread_to_json(e.spend_summary)},
            {"p_over_budget", round_figure(e.p_over_budget)},
            {"integrations", spread_to_json(e.integrations_summary)},
            {"p_all_targets_met", optional_figure(e.p_all_targets_met)},
            {"women_share_entries", round_figure(e.women_share_entries)},
            {"integrations_difference_to_plan",
             {{"mean", round_figure(c.difference_mean)},
              {"ci95", {{"low", round_figure(c.difference_low)}, {"high", round_figure(c.difference_high)}}}}},
            {"objective",
             {{"mean", round_figure(e.objective)},
              {"difference_to_plan",
               {{"mean", round_figure(c.objective_difference_mean)},
                {"ci95",
                 {{"low", round_figure(c.objective_difference_low)},
                  {"high", round_figure(c.objective_difference_high)}}}}}}},
            {"spend_by_year", rounded(e.spend_by_year)}};
}

nlohmann::json rounded(const std::vector<double>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (double x : values) out.push_back(round_figure(x));
    return out;
}

}  // namespace

std::optional<double> horizon_budget(const OptimiseReport& r) {
    double sum = 0;
    for (std::size_t y = 0; y < std::max<std::size_t>(1, r.years.size()); ++y) {
        const std::optional<double> limit = r.search_options->constraints.limit(y);
        if (!limit) return std::nullopt;
        sum += *limit;
    }
    return sum;
}

std::string ranked_period(const OptimiseReport& r, const Wording& say) { return horizon_label(r.years, say, false); }

std::string p_all_column(const OptimiseReport& r, const Wording& say) {
    return say(r.years.size() > 1 ? words::p_all_every_year_col : words::p_all_year_col, ranked_period(r, say));
}

std::string points_interval(const PairedInterval& d, const Wording& say) {
    return say(words::percentage_points_interval, say.signed_number(100 * d.mean, 1), say.signed_number(100 * d.low, 1),
               say.signed_number(100 * d.high, 1));
}

std::string to_best_text(const OptimiseReport& r, const ConfirmedMix& c, const Wording& say) {
    if (&c == &r.confirmation->ranked.front()) return say(words::best_itself);
    const HorizonObjective& objective = r.search_options->objective;
    const auto interval = [&](const std::string& indicator, const PairedInterval& d) {
        const int decimals = difference_decimals(indicator, d.mean, d.low, d.high);
        return say.difference(indicator, d.mean, decimals) + " (" + say.difference(indicator, d.low, decimals) + " .. " +
               say.difference(indicator, d.high, decimals) + ")";
    };
    const std::string integrations = interval("integrations_total", c.to_best_integrations);
    const std::string spend = interval("budget_spend", c.to_best_spend);
    // An objective of integrations over the horizon is the integrations' difference: said once.
    std::string out =
        objective.is_probability() ? say(words::to_best_cell, points_interval(c.to_best_objective, say), integrations, spend)
        : objective.indicator == "integrations_total" && objective.period == ObjectivePeriod::All
            ? say(words::to_best_cell_integrations, integrations, spend)
            : say(words::to_best_cell, interval(objective.indicator, c.to_best_objective), integrations, spend);
    if (!c.distinguishable_from_best) out += "; " + say(words::not_distinguishable);
    return out;
}

std::string mix_text(const OptimiseSection& section, const Mix& mix, const Wording& say) {
    std::string out;
    for (std::size_t i = 0; i < section.ranges.size(); ++i)
        out += fmt::format("{}{}={}", i ? " " : "", section.ranges[i].measure_id, say.number(mix[i]));
    return out;
}

std::string budget_label(const MixConstraints& constraints, std::size_t calendar_years, const Wording& say) {
    if (!constraints.budget) return say(words::no_budget);
    if (!constraints.budget_by_year.empty() && calendar_years > 1) return say(words::budget_each_year);
    return calendar_years > 1 ? say(words::budget_in_each_year, say.euro(*constraints.budget))
                              : say.euro(*constraints.budget);
}

std::vector<std::string> warning_sentences(const OptimiseReport& r, const Wording& say) {
    std::vector<std::string> out;
    for (const auto& limit : r.warnings.at_limits)
        out.push_back(say(limit.at_ceiling ? words::warning_at_ceiling
                          : limit.at_max   ? words::warning_at_max
                                           : words::warning_at_min,
                          limit.measure_id,
                          say.number(limit.value)));
    for (const auto& year : r.warnings.unspent_years) {
        if (r.years.size() > 1 && year.year < r.years.size())
            out.push_back(say(words::warning_unspent_year, say.euro(year.unspent), say.percent(year.share),
                              say.euro(year.limit), r.years[year.year].year));
        else
            out.push_back(say(words::warning_unspent, say.euro(year.unspent), say.percent(year.share), say.euro(year.limit)));
    }
    return out;
}

nlohmann::json optimise_to_json(const OptimiseReport& r, const ScenarioIdentity& scenario, const RunFacts& facts,
                                const std::string& version) {
    const OptimiseSection& section = *r.section;
    const MixSearchOptions& options = *r.search_options;
    nlohmann::json doc;
    doc["intsim_version"] = version;
    doc["scenario"] = identity_to_json(scenario);
    doc["run"] = {{"replications", r.replications},
                  {"search_replications", r.search_replications},
                  {"seed", r.seed},
                  {"threads", facts.threads},
                  {"wall_seconds", std::round(facts.wall_seconds * 1000.0) / 1000.0}};
    doc["objective"] = options.objective.text();
    doc["objective_detail"] = objective_to_json(options.objective);
    nlohmann::json limits = nlohmann::json::array();
    for (std::size_t y = 0; y < r.years.size(); ++y)
        limits.push_back({{"year", r.years[y].year}, {"limit", optional_figure(options.constraints.limit(y))}});
    doc["budget"] = {{"limit", optional_figure(options.constraints.budget)},
                     {"source", r.budget_source},
                     {"limits_by_year", limits},
                     {"limit_over_horizon", optional_figure(horizon_budget(r))}};
    const double required = r.confirmation->ranked.front().evaluated.estimate.women_share_required;
    doc["women_share_rule"] = {{"applies", r.plan->women_share_rule},
                               {"required", round_figure(required)},
                               {"tolerance", options.constraints.women_share_tolerance}};
    nlohmann::json measures = nlohmann::json::array();
    for (const auto& range : section.ranges) {
        const MeasureSpec& spec = r.plan->measures[range.measure];
        measures.push_back({{"id", range.measure_id},
                            {"kind", capacity_kind_name(spec.capacity_kind)},
                            {"min", round_figure(range.min)},
                            {"max", round_figure(range.max)},
                            {"step", round_figure(range.step)},
                            {"plan", round_figure(spec.capacity)}});
    }
    doc["measures"] = measures;
    doc["search"] = {{"evaluator", r.evaluator},
                     {"start", mix_to_json(section, r.search->start)},
                     {"evaluations", r.search->visited.size()},
                     {"moves", r.search->moves},
                     {"stopped_by_limit", r.search->stopped_by_limit}};
    nlohmann::json ranked = nlohmann::json::array();
    for (std::size_t i = 0; i < r.confirmation->ranked.size(); ++i)
        ranked.push_back(confirmed_to_json(section, r.confirmation->ranked[i], i + 1));
    doc["ranked"] = ranked;
    nlohmann::json marginal = nlohmann::json::array();
    for (const auto& m : r.confirmation->marginal)
        marginal.push_back({{"id", m.measure_id},
                            {"at", round_figure(m.at)},
                            {"lower", round_figure(m.lower)},
                            {"upper", round_figure(m.upper)},
                            {"integrations_difference", round_figure(m.integrations_difference)},
                            {"integrations_difference_ci95",
                             {{"low", round_figure(m.integrations_difference_low)},
                              {"high", round_figure(m.integrations_difference_high)}}},
                            {"spend_difference", round_figure(m.spend_difference)},
                            {"integrations_per_100k_eur", optional_figure(m.integrations_per_100k_eur)}});
    doc["marginal"] = marginal;
    nlohmann::json at_limits = nlohmann::json::array();
    for (const auto& limit : r.warnings.at_limits)
        at_limits.push_back({{"id", limit.measure_id}, {"value", round_figure(limit.value)},
                             {"limit", limit.at_ceiling ? "employer_ceiling" : limit.at_max ? "max" : "min"}});
    nlohmann::json unspent_years = nlohmann::json::array();
    for (const auto& year : r.warnings.unspent_years)
        unspent_years.push_back({{"year", year.year < r.years.size() ? nlohmann::json(r.years[year.year].year) : nlohmann::json(nullptr)},
                                 {"limit", round_figure(year.limit)},
                                 {"unspent", round_figure(year.unspent)},
                                 {"share", round_figure(year.share)}});
    nlohmann::json messages = nlohmann::json::array();
    for (const auto& sentence : warning_sentences(r, Wording{})) messages.push_back(plain_spaces(sentence));
    doc["warnings"] = {{"at_range_limits", at_limits},
                       {"unspent", optional_figure(r.warnings.unspent)},
                       {"unspent_share", r.warnings.unspent ? nlohmann::json(round_figure(r.warnings.unspent_share))
                                                            : nlohmann::json(nullptr)},
                       {"unspent_by_year", unspent_years},
                       {"unspent_threshold", kUnspentWarningShare},
                       {"messages", messages}};
    return doc;
}

std::string optimise_table(const OptimiseReport& r, const RunFacts& facts, const Wording& say) {
    namespace w = words;
    const OptimiseSection& section = *r.section;
    const MixSearchOptions& options = *r.search_options;
    std::string out =
        say(w::optimise_head, r.plan->name, objective_label(options.objective, r.years.size(), say),
            budget_label(options.constraints, r.years.size(), say), r.search->visited.size(),
            r.evaluator == "expected_model" ? say(w::search_expected, r.search_replications)
                                            : say(w::search_monte_carlo, r.search_replications),
            say.number(static_cast<double>(r.replications)),
            say(facts.threads == 1 ? w::threads_n : w::threads_n_plural, facts.threads), say.number(facts.wall_seconds, 2)) +
        "\n";
    if (r.years.size() > 1)
        out += say(w::horizon_console, r.years.front().year, r.years.back().year, r.years.size()) + "\n";
    const std::string period = ranked_period(r, say);
    const bool several_years = r.years.size() > 1;
    ConsoleTable table;
    table.header = {say(w::console_rank),
                    several_years ? say(w::console_integrations_period, period) : say(w::console_integrations),
                    several_years ? say(w::console_spend_period, period) : say(w::console_spend),
                    p_all_column(r, say), say(w::console_to_best), say(w::console_vs_plan), say(w::console_women),
                    say(w::console_mix)};
    table.right_aligned = {true, true, true, true, false, true, true, false};
    for (std::size_t i = 0; i < r.confirmation->ranked.size(); ++i) {
        const ConfirmedMix& c = r.confirmation->ranked[i];
        const MixEstimate& e = c.evaluated.estimate;
        const int decimals = difference_decimals("integrations_total", c.difference_mean, c.difference_low,
                                                 c.difference_high);
        const std::string versus =
            c.is_plan ? say(w::plan_mix_label)
                      : say.signed_number(c.difference_mean, decimals) + " (" +
                            say.signed_number(c.difference_low, decimals) + " .. " +
                            say.signed_number(c.difference_high, decimals) + ")";
        table.rows.push_back({std::to_string(c.rank), say.number(e.integrations, 1), say.euro(e.spend),
                              e.p_all_targets_met ? say.percent(*e.p_all_targets_met, 1) : "\u2013",
                              to_best_text(r, c, say), versus, say.percent(e.women_share_entries, 1),
                              mix_text(section, c.evaluated.mix, say) +
                                  (c.evaluated.feasible ? "" : "  (" + say(w::infeasible) + ")")});
    }
    out += console_table(table);
    if (several_years) {
        // The budget holds in each year: each year's spend against its own operative EGT.
        const ConfirmedMix& best = r.confirmation->ranked.front();
        const ConfirmedMix* plan = nullptr;
        for (const auto& c : r.confirmation->ranked)
            if (c.is_plan) plan = &c;
        ConsoleTable years;
        years.header = {say(w::year_col),      say(w::operative_egt_col), say(w::best_spend_col), say(w::share_col),
                        say(w::plan_spend_col), say(w::best_integrations_col), say(w::best_p_all_col)};
        years.right_aligned = {false, true, true, true, true, true, true};
        const MixEstimate& b = best.evaluated.estimate;
        for (std::size_t y = 0; y < r.years.size() && y < b.spend_by_year.size(); ++y) {
            const std::optional<double> limit = options.constraints.limit(y);
            const auto& p_all = b.p_all_targets_met_by_year;
            years.rows.push_back(
                {year_label(r.years[y], say), limit ? say.euro(*limit) : "\u2013", say.euro(b.spend_by_year[y]),
                 limit && *limit > 0 ? say.percent(b.spend_by_year[y] / *limit, 1) : "\u2013",
                 plan && y < plan->evaluated.estimate.spend_by_year.size()
                     ? say.euro(plan->evaluated.estimate.spend_by_year[y])
                     : "\u2013",
                 y < b.integrations_by_year.size() ? say.number(b.integrations_by_year[y], 1) : "\u2013",
                 y < p_all.size() && p_all[y] ? say.percent(*p_all[y], 1) : "\u2013"});
        }
        out += say(w::budget_years_console) + "\n" + console_table(years);
    }
    out += say(w::marginal_console_head) + "\n";
    for (const auto& m : r.confirmation->marginal) {
        const int decimals = difference_decimals("integrations_total", m.integrations_difference,
                                                 m.integrations_difference_low, m.integrations_difference_high);
        std::string label = m.measure_id;
        for (const auto& range : section.ranges)
            if (range.measure_id == m.measure_id) label = measure_label(r.plan->measures[range.measure], say);
        out += say(w::marginal_console_line, label, say.number(m.at),
                   say.signed_number(m.integrations_difference, decimals),
                   say.difference("budget_spend", m.spend_difference, 0),
                   m.integrations_per_100k_eur ? say.signed_number(*m.integrations_per_100k_eur, 1)
                                               : say(w::no_money_moves)) +
               "\n";
    }
    for (const auto& sentence : warning_sentences(r, say)) out += say(w::warning_prefix, sentence) + "\n";
    return plain_spaces(out + say(w::optimise_console_note) + "\n" + say(w::shared_rank_note) + "\n");
}

}  // namespace intsim
