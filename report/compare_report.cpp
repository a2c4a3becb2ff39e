#include "report/compare_report.hpp"

#include <cmath>

#include "model/indicator_catalogue.hpp"
#include "report/compare_parts.hpp"
#include "report/compare_words.hpp"
#include "report/console_table.hpp"
#include "report/results_json.hpp"
#include "report/run_words.hpp"
#include "report/workbench_words.hpp"

namespace intsim {

namespace {

namespace w = words;

nlohmann::json difference_to_json(const PairedDifference& d) {
    std::optional<double> interval_ratio;
    if (d.variance_reduction) interval_ratio = std::sqrt(*d.variance_reduction);
    return {{"direction", direction_name(d.direction)},
            {"base_mean", round_figure(d.base_mean)},
            {"variant_mean", round_figure(d.variant_mean)},
            {"mean_difference", round_figure(d.mean_difference)},
            {"ci95", {{"low", round_figure(d.ci95_low)}, {"high", round_figure(d.ci95_high)}}},
            {"directed", d.directed},
            {"p_variant_better", optional_figure(d.p_variant_better)},
            {"p_variant_worse", optional_figure(d.p_variant_worse)},
            {"p_equal", round_figure(d.p_equal)},
            {"sd_paired", round_figure(d.sd_paired)},
            {"sd_independent", round_figure(d.sd_independent)},
            {"variance_reduction", optional_figure(d.variance_reduction)},
            {"interval_ratio", optional_figure(interval_ratio)}};
}

nlohmann::json differences_to_json(const std::vector<PairedDifference>& differences) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& d : differences) out[d.indicator] = difference_to_json(d);
    return out;
}

// The lines of the printed table: what leadership asks about first.
const std::vector<std::string>& table_indicators() { return indicators_shown_in(kShownInCompareTable); }

// The leading period's table: base, variant, difference and how sure.
std::string period_table(const ComparedPeriod& period, const Wording& say) {
    ConsoleTable table;
    table.header = {say(w::console_indicator), say(w::base_col),      say(w::variant_col), say(w::difference_short),
                    say(w::interval95_short),  say(w::p_better),      say(w::p_worse),     say(w::narrower_short_col)};
    for (const auto& name : table_indicators()) {
        const PairedDifference* d = period_difference(period, name);
        if (!d || !period_shows(period, name)) continue;
        const int decimals = difference_decimals(name, d->mean_difference, d->ci95_low, d->ci95_high);
        const auto probability = [&](const std::optional<double>& p) { return p ? say.percent(*p) : "\u2013"; };
        table.rows.push_back({console_indicator_name(name, say), say.value(name, d->base_mean),
                              say.value(name, d->variant_mean), say.difference(name, d->mean_difference, decimals),
                              say.difference(name, d->ci95_low, decimals) + " .. " +
                                  say.difference(name, d->ci95_high, decimals),
                              probability(d->p_variant_better), probability(d->p_variant_worse),
                              narrower_text(*d, say, true)});
    }
    return console_table(table);
}

// Each calendar year side by side: the variant's difference and P(better) per indicator,
// then P(all targets met) and the extra spend per extra integration of the year.
std::string years_table(const Comparison& c, const VariantComparison& variant, const Wording& say) {
    ConsoleTable table;
    table.header = {say(w::console_indicator)};
    for (const auto& year : c.years) table.header.push_back(year_label(year, say));
    for (const auto& name : table_indicators()) {
        std::vector<std::string> row = {console_indicator_name(name, say)};
        for (const auto& year : variant.years)
            for (const auto& d : year.indicators) {
                if (d.indicator != name) continue;
                const int decimals = difference_decimals(name, d.mean_difference, d.ci95_low, d.ci95_high);
                row.push_back(say.difference(name, d.mean_difference, decimals) + " " +
                              (d.p_variant_better ? say.percent(*d.p_variant_better) : "\u2013"));
            }
        if (row.size() > 1) table.rows.push_back(row);
    }
    std::vector<std::string> p_all = {say(w::p_all_row)}, cost = {say(w::cost_row)};
    bool any_targets = false;
    for (std::size_t y = 0; y < variant.years.size(); ++y) {
        const std::optional<double> base =
            y < c.base_p_all_targets_met_by_year.size() ? c.base_p_all_targets_met_by_year[y] : std::nullopt;
        const std::optional<double>& own = variant.years[y].p_all_targets_met;
        any_targets = any_targets || (base && own);
        p_all.push_back(base && own ? say.percent(*base) + " \u2192 " + say.percent(*own) : "\u2013");
        const ExtraIntegrationCost& k = variant.years[y].cost;
        cost.push_back(k.per_integration ? say.euro(*k.per_integration) : "\u2013");
    }
    if (any_targets) table.rows.push_back(p_all);
    table.rows.push_back(cost);
    return say(w::by_year_console) + "\n" + console_table(table);
}

// The objective's line: a probability in percent and its difference in percentage points.
std::string objective_line(const Comparison& c, const VariantComparison& variant, const Wording& say) {
    const PairedDifference& o = variant.objective;
    const bool probability = c.objective.is_probability();
    const int decimals = probability ? 1 : difference_decimals(c.objective.indicator, o.mean_difference, o.ci95_low, o.ci95_high);
    const auto level = [&](double x) { return probability ? say.percent(x) : say.value(c.objective.indicator, x); };
    const auto change = [&](double x) {
        return probability ? say(w::percentage_points, say.signed_number(100 * x, decimals))
                           : say.difference(c.objective.indicator, x, decimals);
    };
    // English names the objective as --objective takes it; German in words.
    const std::string name =
        say.language == Language::En ? c.objective.text() : objective_label(c.objective, c.years.size(), say);
    return say(w::objective_console, name, level(o.base_mean), level(o.variant_mean),
               change(o.mean_difference), change(o.ci95_low), change(o.ci95_high),
               o.p_variant_better ? say.percent(*o.p_variant_better) : "\u2013");
}

nlohmann::json interval_to_json(double mean, double low, double high) {
    return {{"mean", round_figure(mean)}, {"ci95", {{"low", round_figure(low)}, {"high", round_figure(high)}}}};
}

nlohmann::json cost_to_json(const ExtraIntegrationCost& k) {
    nlohmann::json ci = nullptr;
    if (k.per_integration_low && k.per_integration_high)
        ci = {{"low", round_figure(*k.per_integration_low)}, {"high", round_figure(*k.per_integration_high)}};
    return {{"verdict", verdict_name(k.verdict)},
            {"extra_spend", interval_to_json(k.extra_spend, k.extra_spend_low, k.extra_spend_high)},
            {"extra_integrations",
             interval_to_json(k.extra_integrations, k.extra_integrations_low, k.extra_integrations_high)},
            {"per_extra_integration", optional_figure(k.per_integration)},
            {"ci95", ci}};
}

}  // namespace

std::vector<ComparedPeriod> compared_periods(const Comparison& c, const VariantComparison& variant) {
    std::vector<ComparedPeriod> out;
    if (c.years.size() > 1) out.push_back({nullptr, &variant.horizon});
    for (std::size_t y = 0; y < c.years.size() && y < variant.years.size(); ++y)
        out.push_back({&c.years[y], &variant.years[y]});
    return out;
}

std::string period_label(const Comparison& c, const ComparedPeriod& period, const Wording& say, bool long_form) {
    return period.horizon() ? horizon_label(c.years, say, long_form) : year_label(*period.year, say);
}

bool period_shows(const ComparedPeriod& period, const std::string& indicator) {
    return !period.horizon() || shown_over_horizon(indicator);
}

const PairedDifference* period_difference(const ComparedPeriod& period, const std::string& indicator) {
    for (const auto& d : period.differences->indicators)
        if (d.indicator == indicator) return &d;
    return nullptr;
}

std::string narrower_text(const PairedDifference& d, const Wording& say, bool short_form) {
    if (!d.variance_reduction) return d.sd_paired == 0 && d.sd_independent > 0 ? say(w::identical) : "\u2013";
    const double ratio = std::sqrt(*d.variance_reduction);
    return say(short_form ? w::narrower_short : w::narrower_times, say.number(ratio, ratio < 10 ? 1 : 0));
}

std::string cost_text(const ExtraIntegrationCost& k, const Wording& say) {
    using Verdict = ExtraIntegrationCost::Verdict;
    switch (k.verdict) {
        case Verdict::Costs:
            return say(w::cost_per_value, say.euro(*k.per_integration), say.euro(*k.per_integration_low),
                       say.euro(*k.per_integration_high));
        case Verdict::SpendsNoMore: return say(w::cost_none_no_more_spend);
        case Verdict::FewerIntegrations: return say(w::cost_none_fewer);
        case Verdict::NoExtraIntegrations: break;
    }
    return say(w::cost_none_unclear);
}

std::string cost_sentence(const ExtraIntegrationCost& k, const Wording& say) {
    using Verdict = ExtraIntegrationCost::Verdict;
    const int decimals = difference_decimals("integrations_total", k.extra_integrations, k.extra_integrations_low,
                                             k.extra_integrations_high);
    const auto integrations = [&](double x) { return say.signed_number(x, decimals); };
    switch (k.verdict) {
        case Verdict::Costs:
            return say(w::cost_sentence_costs, say.difference("budget_spend", k.extra_spend, 0),
                       integrations(k.extra_integrations), say.euro(*k.per_integration),
                       say.euro(*k.per_integration_low), say.euro(*k.per_integration_high));
        case Verdict::SpendsNoMore:
            return say(w::cost_sentence_no_more_spend, integrations(k.extra_integrations),
                       say.difference("budget_spend", k.extra_spend, 0));
        case Verdict::FewerIntegrations: return say(w::cost_sentence_fewer, integrations(k.extra_integrations));
        case Verdict::NoExtraIntegrations: break;
    }
    return say(w::cost_sentence_unclear, integrations(k.extra_integrations_low), integrations(k.extra_integrations_high));
}

IntervalTone difference_tone(const PairedDifference& d) {
    if (!d.directed) return IntervalTone::Neutral;
    const bool higher = d.direction == Direction::Higher;
    if (d.ci95_low > 0) return higher ? IntervalTone::Better : IntervalTone::Worse;
    if (d.ci95_high < 0) return higher ? IntervalTone::Worse : IntervalTone::Better;
    return IntervalTone::Neutral;
}

std::string difference_with_interval90(const PairedDifference& d, const Wording& say) {
    const int decimals = difference_decimals(d.indicator, d.mean_difference, d.ci90_low, d.ci90_high);
    return say.difference(d.indicator, d.mean_difference, decimals) + " (" +
           say(words::interval90_of, say.difference(d.indicator, d.ci90_low, decimals) + " .. " +
                                         say.difference(d.indicator, d.ci90_high, decimals)) +
           ")";
}

std::string difference_with_interval(const PairedDifference& d, const Wording& say) {
    const int decimals = difference_decimals(d.indicator, d.mean_difference, d.ci95_low, d.ci95_high);
    return say.difference(d.indicator, d.mean_difference, decimals) + " (" +
           say.difference(d.indicator, d.ci95_low, decimals) + " .. " +
           say.difference(d.indicator, d.ci95_high, decimals) + ")";
}

nlohmann::json comparison_to_json(const Comparison& c, const std::vector<ScenarioIdentity>& scenarios,
                                  const RunFacts& facts, const std::string& version) {
    nlohmann::json doc;
    doc["intsim_version"] = version;
    doc["method"] =
        "paired differences under common random numbers: replication r of every scenario uses the "
        "same seed and replication number; 95 % interval = mean difference +- 1.96 sd / sqrt(n) of the "
        "paired differences; variance_reduction = var(differences with the variant on independent "
        "replications) / var(paired differences), both measured in this run";
    doc["run"] = {{"replications", c.replications},
                  {"seed", c.seed},
                  {"independent_replications", {{"first", c.independent_first}, {"count", c.replications}}},
                  {"threads", facts.threads},
                  {"wall_seconds", std::round(facts.wall_seconds * 1000.0) / 1000.0},
                  {"person_months", c.person_months}};
    nlohmann::json base = identity_to_json(scenarios.at(0));
    base["p_all_targets_met"] = optional_figure(c.base_p_all_targets_met);
    base["p_all_targets_met_every_year"] = optional_figure(c.base_p_all_targets_met_every_year);
    nlohmann::json base_years = nlohmann::json::array();
    for (std::size_t y = 0; y < c.years.size(); ++y)
        base_years.push_back({{"year", c.years[y].year},
                              {"partial", c.years[y].partial()},
                              {"p_all_targets_met", optional_figure(c.base_p_all_targets_met_by_year[y])}});
    base["years"] = base_years;
    doc["base"] = base;
    doc["objective"] = objective_to_json(c.objective);
    nlohmann::json calendar_years = nlohmann::json::array();
    for (const auto& year : c.years) calendar_years.push_back(year.year);
    doc["horizon"] = {{"first_month", c.first_month}, {"last_month", c.last_month}, {"years", calendar_years}};
    nlohmann::json variants = nlohmann::json::array();
    for (std::size_t v = 0; v < c.variants.size(); ++v) {
        const VariantComparison& variant = c.variants[v];
        nlohmann::json entry = identity_to_json(scenarios.at(v + 1));
        entry["p_all_targets_met"] = optional_figure(variant.p_all_targets_met);
        entry["cost_per_extra_integration"] = optional_figure(cost_per_extra_integration(variant));
        entry["p_all_targets_met_every_year"] = optional_figure(variant.p_all_targets_met_every_year);
        entry["indicators"] = differences_to_json(variant.indicators);
        entry["objective"] = difference_to_json(variant.objective);
        nlohmann::json years = nlohmann::json::array();
        for (std::size_t y = 0; y < variant.years.size(); ++y)
            years.push_back({{"year", c.years[y].year},
                             {"partial", c.years[y].partial()},
                             {"p_all_targets_met", optional_figure(variant.years[y].p_all_targets_met)},
                             {"indicators", differences_to_json(variant.years[y].indicators)},
                             {"extra_integration_cost", cost_to_json(variant.years[y].cost)}});
        entry["years"] = years;
        entry["horizon"] = {{"p_all_targets_met_every_year", optional_figure(variant.p_all_targets_met_every_year)},
                            {"indicators", differences_to_json(variant.horizon.indicators)},
                            {"extra_integration_cost", cost_to_json(variant.horizon.cost)}};
        variants.push_back(entry);
    }
    doc["variants"] = variants;
    return doc;
}

std::string comparison_table(const Comparison& c, const RunFacts& facts, const Wording& say) {
    std::string out = say(w::compare_head, c.base_name, say.number(static_cast<double>(c.replications)), c.seed,
                          say(facts.threads == 1 ? w::threads_n : w::threads_n_plural, facts.threads),
                          say.number(facts.wall_seconds, 2)) +
                      "\n";
    for (const auto& variant : c.variants) {
        // The leading period first: the whole horizon when it spans several calendar years.
        const std::vector<ComparedPeriod> periods = compared_periods(c, variant);
        const ComparedPeriod& lead = periods.front();
        out += '\n';
        out += say(w::variant_period_heading, variant.name, c.base_name, period_label(c, lead, say)) + "\n";
        out += period_table(lead, say);
        if (lead.horizon()) {
            if (c.base_p_all_targets_met_every_year && variant.p_all_targets_met_every_year)
                out += say(w::p_all_every_year_console, say.percent(*c.base_p_all_targets_met_every_year),
                           say.percent(*variant.p_all_targets_met_every_year)) +
                       "\n";
        } else if (variant.p_all_targets_met && c.base_p_all_targets_met) {
            out += say(w::p_all_year_console, period_label(c, lead, say), say.percent(*c.base_p_all_targets_met),
                       say.percent(*variant.p_all_targets_met)) +
                   "\n";
        }
        out += say(w::cost_period_console, period_label(c, lead, say, false), cost_sentence(lead.differences->cost, say)) +
               "\n";
        if (c.years.size() > 1) out += years_table(c, variant, say);
        out += objective_line(c, variant, say) + "\n";
    }
    return plain_spaces(out + say(w::console_means_note) + "\n");
}

}  // namespace intsim
