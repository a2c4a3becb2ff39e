#include "report/optimise_report.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/results_json.hpp"

namespace intsim {

namespace {

const char* kind_name(CapacityKind kind) {
    switch (kind) {
        case CapacityKind::Slots: return "slots";
        case CapacityKind::Entries: return "entries";
        case CapacityKind::Budget: return "budget";
    }
    return "slots";
}

nlohmann::json mix_to_json(const OptimiseSection& section, const Mix& mix) {
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t i = 0; i < section.ranges.size(); ++i) out[section.ranges[i].measure_id] = round_figure(mix[i]);
    return out;
}

nlohmann::json rounded(const std::vector<double>& values);

nlohmann::json confirmed_to_json(const OptimiseSection& section, const ConfirmedMix& c, std::size_t rank) {
    const MixEstimate& e = c.evaluated.estimate;
    return {{"rank", rank},
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

std::string mix_text(const OptimiseSection& section, const Mix& mix) {
    std::string out;
    for (std::size_t i = 0; i < section.ranges.size(); ++i)
        out += fmt::format("{}{}={}", i ? " " : "", section.ranges[i].measure_id, table_figure(mix[i], false));
    return out;
}

}  // namespace

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
                     {"limits_by_year", limits}};
    const double required = r.confirmation->ranked.front().evaluated.estimate.women_share_required;
    doc["women_share_rule"] = {{"applies", r.plan->women_share_rule},
                               {"required", round_figure(required)},
                               {"tolerance", options.constraints.women_share_tolerance}};
    nlohmann::json measures = nlohmann::json::array();
    for (const auto& range : section.ranges) {
        const MeasureSpec& spec = r.plan->measures[range.measure];
        measures.push_back({{"id", range.measure_id},
                            {"kind", kind_name(spec.capacity_kind)},
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
                            {"spend_difference", round_figure(m.spend_difference)},
                            {"integrations_per_100k_eur", optional_figure(m.integrations_per_100k_eur)}});
    doc["marginal"] = marginal;
    return doc;
}

std::string optimise_table(const OptimiseReport& r, const RunFacts& facts) {
    const OptimiseSection& section = *r.section;
    const MixSearchOptions& options = *r.search_options;
    std::string out = fmt::format(
        "{}: optimise {} (budget {}), {} mixes searched ({}), best confirmed with {} replications ({} thread{}, "
        "{:.2f} s)\n",
        r.plan->name, options.objective.text(),
        options.constraints.budget ? table_figure(*options.constraints.budget, false) + " EUR" : std::string("none"),
        r.search->visited.size(),
        r.evaluator == "expected_model"
            ? fmt::format("expected-value model, spread of {} replications of the plan", r.search_replications)
            : fmt::format("Monte Carlo, {} replications each", r.search_replications),
        r.replications, facts.threads, facts.threads == 1 ? "" : "s", facts.wall_seconds);
    if (r.years.size() > 1)
        out += fmt::format("integrations, spend and P(all) over the horizon {} to {} ({} calendar years); the budget "
                           "holds in each year\n",
                           r.years.front().year, r.years.back().year, r.years.size());
    out += fmt::format("{:>4} {:>12} {:>14} {:>8} {:>16} {:>8}  {}\n", "rank", "integrations", "spend EUR", "P(all)",
                       "vs plan", "women", "mix");
    for (std::size_t i = 0; i < r.confirmation->ranked.size(); ++i) {
        const ConfirmedMix& c = r.confirmation->ranked[i];
        const MixEstimate& e = c.evaluated.estimate;
        const std::string versus = c.is_plan ? "plan" : table_signed_figure(c.difference_mean, false) + " (" +
                                                            table_signed_figure(c.difference_low, false) + ".." +
                                                            table_signed_figure(c.difference_high, false) + ")";
        out += fmt::format("{:>4} {:>12} {:>14} {:>7.0f}% {:>16} {:>7.1f}%  {}{}\n", i + 1, table_figure(e.integrations, false),
                           table_figure(e.spend, false), e.p_all_targets_met.value_or(0) * 100, versus,
                           e.women_share_entries * 100, mix_text(section, c.evaluated.mix),
                           c.evaluated.feasible ? "" : "  (infeasible)");
    }
    out += "marginal effect at the best mix (one step down vs one step up):\n";
    for (const auto& m : r.confirmation->marginal)
        out += fmt::format("  {:<28} at {:>9}: {:>+8.1f} integrations for {:>12} EUR = {} per 100,000 EUR\n", m.measure_id,
                           table_figure(m.at, false), m.integrations_difference, table_signed_figure(m.spend_difference, false),
                           m.integrations_per_100k_eur ? fmt::format("{:.1f}", *m.integrations_per_100k_eur) : "-");
    return out;
}

}  // namespace intsim
