#include "decisions/track/target_tracking.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "decisions/replication_values.hpp"
#include "decisions/run_phase.hpp"
#include "decisions/track/level_posterior.hpp"
#include "decisions/track/stock_rescaling.hpp"
#include "decisions/track/tracking_evidence.hpp"
#include "model/indicators.hpp"
#include "montecarlo/projection.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

namespace {

BandCheck band(double observed, const Quantiles& plan) {
    BandCheck b;
    b.observed = observed;
    b.plan = plan;
    b.position = observed < plan.p05 ? BandPosition::Below : observed > plan.p95 ? BandPosition::Above : BandPosition::Inside;
    return b;
}

std::optional<BandCheck> band_of(const std::optional<double>& observed, const Quantiles& plan) {
    if (!observed) return std::nullopt;
    return band(*observed, plan);
}

// The latest month with an observed eLb or LZB count: the replications' stock is moved
// to it (both counts when the month has both).
std::optional<ObservedStock> latest_stock(const std::vector<MonthlyActual>& actuals) {
    for (std::size_t m = actuals.size(); m-- > 0;) {
        const auto& elb = actuals[m][ActualField::Elb];
        const auto& ltr = actuals[m][ActualField::Ltr];
        if (!elb && !ltr) continue;
        ObservedStock stock;
        stock.month = static_cast<int>(m);
        if (elb) stock.elb = static_cast<std::int64_t>(*elb);
        if (ltr) stock.ltr = static_cast<std::int64_t>(*ltr);
        return stock;
    }
    return std::nullopt;
}

std::vector<MonthCheck> early_warning(const std::vector<MonthlyActual>& actuals, const Results& plan) {
    std::vector<MonthCheck> checks;
    std::optional<double> cumulative = 0.0;
    for (std::size_t m = 0; m < actuals.size(); ++m) {
        const MonthlyActual& a = actuals[m];
        const MonthlyResult& p = plan.monthly[m];
        const auto& integrations = a[ActualField::Integrations];
        cumulative = cumulative && integrations ? std::optional<double>(*cumulative + *integrations) : std::nullopt;
        checks.push_back({p.month, band_of(a[ActualField::Elb], p.elb), band_of(a[ActualField::Ltr], p.ltr),
                          band_of(integrations, p.integrations), band_of(cumulative, p.integrations_cum)});
    }
    return checks;
}

// The uncertain levels the scenario gives a spread (the measure effects stay the plan's).
// The months observed are of the first calendar year: what they say is about its levels.
struct UncertainLevel {
    const char* name;
    double sd;
    double LevelFactors::*factor;
};

std::vector<UncertainLevel> uncertain_levels(const Scenario& s) {
    std::vector<UncertainLevel> levels;
    for (const UncertainLevel& l : {UncertainLevel{"integration", s.integration_sd, &LevelFactors::integration},
                                    UncertainLevel{"exit", s.exit_sd, &LevelFactors::exit},
                                    UncertainLevel{"inflow", s.inflow_sd, &LevelFactors::inflow}})
        if (l.sd > 0) levels.push_back(l);
    return levels;
}

std::vector<double> standard_levels(const std::vector<UncertainLevel>& levels, const ReplicationFactors& f) {
    std::vector<double> z;
    for (const auto& l : levels) z.push_back(std::log(f.levels.front().*l.factor) / l.sd);
    return z;
}

// Sets the first year's level to `first`; later years keep their walk's steps from it
// (docs/years.md section 5).
void set_first_year_level(ReplicationFactors& f, double LevelFactors::*factor, double first) {
    const double drawn = f.levels.front().*factor;
    for (LevelFactors& year : f.levels) year.*factor = first * (year.*factor / drawn);
}

constexpr double kEssWarningShare = 0.05;
constexpr double kEssWarningCount = 30;
constexpr double kAcceptanceWarning = 0.2;

// Steps 1 and 2 of the header: the levels of each replication, and how they were learnt.
std::vector<ReplicationFactors> learn_levels(const Model& plan, const std::vector<MonthlyActual>& actuals,
                                             const PlanPilot& pilot, const TrackOptions& options, Conditioning& c) {
    const Scenario& s = plan.scenario;
    const std::uint64_t n = options.replications;
    const TallyLayout layout = tally_layout(plan);
    const std::vector<UncertainLevel> levels = uncertain_levels(s);
    const Evidence evidence = evidence_of(actuals);
    std::vector<ReplicationFactors> plan_draws;
    LevelPosteriorInput input;
    for (std::uint64_t r = 0; r < n; ++r) {
        plan_draws.push_back(draw_replication_factors(plan, {options.seed, static_cast<std::uint32_t>(r)}));
        input.particles.push_back(standard_levels(levels, plan_draws.back()));
    }
    std::vector<std::vector<double>> pilot_figures(evidence.summaries.size());
    const std::uint64_t pilots = pilot.replications;
    for (std::uint64_t r = 0; r < pilots; ++r) {
        input.pilot_levels.push_back(
            pilot.seed == options.seed && r < n
                ? input.particles[r]
                : standard_levels(levels, draw_replication_factors(plan, {pilot.seed, static_cast<std::uint32_t>(r)})));
        const auto tally = std::span<const double>(pilot.tallies).subspan(r * layout.size(), layout.size());
        input.pilot_summaries.push_back(summaries_of(evidence, layout, tally));
        for (std::size_t k = 0; k < evidence.summaries.size(); ++k)
            pilot_figures[k].push_back(summary_figure(input.pilot_summaries.back()[k]));
    }
    input.observed = evidence.observed;
    input.observation_variance = evidence.observation_variance;
    const LevelPosterior posterior = sample_level_posterior(input, options.seed);

    c.conditioned = posterior.conditioned;
    c.not_learnt = posterior.not_learnt;
    c.reason = posterior.reason;
    c.distinct_draws = posterior.distinct;
    c.pilot_replications = pilots;
    for (std::size_t k = 0; k < posterior.summaries_used; ++k)
        c.evidence.push_back({evidence.summaries[k].name, evidence.observed_figures[k], quantiles_of(pilot_figures[k])});
    c.ess = posterior.ess;
    c.ess_share = n > 0 ? posterior.ess / static_cast<double>(n) : 0;
    c.acceptance = posterior.acceptance;
    c.moves = posterior.moves;

    // Each replication keeps its own draw of everything the levels do not set (measure
    // effects, the later years' steps) and takes its posterior levels. The synthetic
    // likelihood is a function of the levels alone (the rest is its chance covariance), so
    // under it those draws are independent of the months observed: their posterior is
    // their prior. Taking the resampled ancestor's instead would copy one replication's
    // measure effects into all of them when the months lie far from the plan (ESS 1).
    std::vector<ReplicationFactors> factors;
    for (std::uint64_t j = 0; j < n; ++j) {
        ReplicationFactors f = plan_draws[j];
        for (std::size_t i = 0; i < levels.size(); ++i)
            set_first_year_level(f, levels[i].factor, std::exp(levels[i].sd * posterior.levels[j][i]));
        factors.push_back(std::move(f));
    }
    for (const auto& l : levels) {
        std::vector<double> values;
        for (const auto& f : factors) values.push_back(f.levels.front().*l.factor);
        c.levels.push_back({l.name, l.sd, quantiles_of(values)});
    }
    using Kind = TrackingNotice::Kind;
    const double count = static_cast<double>(n);
    if (c.conditioned && c.ess < kEssWarningCount && c.ess_share < kEssWarningShare) {
        // Not a matter of replications: the plan does not reach the months observed.
        c.notices.push_back({Kind::Unexplained, c.ess, count});
        c.warnings.push_back(fmt::format(
            "the months observed cannot be explained by the plan: only {:.0f} of its {} simulated years come near "
            "them (ESS); more replications will not change that. Check the actuals (the months, the columns, that "
            "they count what the plan counts: K2 integrations, the eLb and LZB stocks), the plan's start stock and "
            "hazards (intsim calibrate on last year's figures) and its uncertainty spreads. The projection moves the "
            "levels beyond the plan's draws, where it rests on a linear fit",
            c.ess, n));
    } else if (c.conditioned && c.ess_share < kEssWarningShare) {
        c.notices.push_back({Kind::AtEdge, c.ess, count});
        c.warnings.push_back(fmt::format(
            "the months observed lie at the edge of what the plan's uncertainty allows: {:.0f} of {} of the plan's "
            "level draws carry the weight (ESS); the levels were moved beyond them, where the likelihood rests on a "
            "linear fit; check the plan (intsim calibrate) or its uncertainty spreads",
            c.ess, n));
    } else if (c.conditioned && c.ess < kEssWarningCount) {
        c.notices.push_back({Kind::FewDraws, c.ess, count});
        c.warnings.push_back(fmt::format("only {:.0f} effective draws of the levels: raise --reps", c.ess));
    }
    if (c.conditioned && c.acceptance < kAcceptanceWarning) {
        c.notices.push_back({Kind::LowAcceptance, c.acceptance, 0});
        c.warnings.push_back(fmt::format("the moves of the levels accepted only {:.0f} % of their steps: the "
                                         "posterior is far from Gaussian; raise --reps",
                                         100 * c.acceptance));
    }
    if (!c.conditioned) {
        c.notices.push_back({Kind::NotLearnt, 0, 0});
        c.warnings.push_back("the levels were not learnt from the months observed: " + c.reason);
    }
    return factors;
}

}  // namespace

std::string_view notice_code(TrackingNotice::Kind kind) {
    switch (kind) {
        case TrackingNotice::Kind::Unexplained: return "unexplained";
        case TrackingNotice::Kind::AtEdge: return "at_edge";
        case TrackingNotice::Kind::FewDraws: return "few_draws";
        case TrackingNotice::Kind::LowAcceptance: return "low_acceptance";
        case TrackingNotice::Kind::NotLearnt: break;
    }
    return "not_learnt";
}

std::uint64_t pilot_replications(std::uint64_t replications) {
    return std::min(replications, std::max<std::uint64_t>((replications + 2) / 3, 50));
}

PlanPilot run_plan_pilot(const Model& plan, std::uint32_t seed, std::uint64_t replications, const RunControl& control) {
    return {seed, replications, simulate_tallies(plan, seed, 0, replications, control)};
}

TrackResult track_targets(const Model& plan, const MonthlyActuals& observed, const TrackOptions& options) {
    const Scenario& s = plan.scenario;
    const std::vector<MonthlyActual>& actuals = observed.months;
    const std::uint64_t n = options.replications;
    TrackResult result;
    result.scenario_name = s.name;
    result.replications = n;
    result.seed = options.seed;
    result.observed_months = static_cast<int>(actuals.size());
    result.remaining_months = tracked_months(s) - result.observed_months;
    result.last_observed = actuals.back().month.text();
    result.year_to_date = year_to_date(actuals);
    result.actual_columns = observed.columns;
    result.derived_figures = observed.derived;
    const std::optional<ObservedStock> stock = latest_stock(actuals);
    if (stock) {
        result.stock_month = actuals[static_cast<std::size_t>(stock->month)].month.text();
        result.restart_elb = stock->elb;
        result.restart_ltr = stock->ltr;
    }

    // 1. The pilot: the plan's first replications.
    const PlanPilot pilot = options.pilot != nullptr ? PlanPilot{}
                                                     : run_plan_pilot(plan, options.seed, pilot_replications(n),
                                                                      run_phase(options.control, 0));
    const PlanPilot& plan_run = options.pilot != nullptr ? *options.pilot : pilot;
    const std::uint64_t pilots = plan_run.replications;
    const Results plan_results = summarise_replications(plan, plan_run.tallies, pilots, 0.8);
    const ReplicationValues plan_values = replication_values(plan, plan_run.tallies, pilots);
    result.person_months = plan_results.run.person_months;
    result.early_warning = early_warning(actuals, plan_results);

    // 2. The levels; 3. the year, from the latest observed stock on.
    const std::vector<ReplicationFactors> levels =
        learn_levels(plan, actuals, plan_run, options, result.conditioning);
    const TallyLayout layout = tally_layout(plan);
    std::vector<std::vector<double>> year(tracked_indicators().size(), std::vector<double>(n));
    // A plan of several years: its later years and the whole horizon, [period][indicator][replication].
    const bool several_years = plan.years.size() > 1;
    PeriodValues later(several_years ? plan.years.size() : 0,
                       std::vector<std::vector<double>>(tracked_indicators().size(), std::vector<double>(n)));
    if (result.remaining_months > 0) result.restart_month = s.start.plus(result.observed_months).text();
    if (!year_fully_observed(s, actuals) || several_years) {
        const std::vector<double> tallies =
            simulate_rescaled_tallies(plan, options.seed, levels, stock, run_phase(options.control, pilots));
        std::vector<std::vector<double>> cumulative(static_cast<std::size_t>(tracked_months(s)), std::vector<double>(n));
        for (std::size_t r = 0; r < n; ++r) {
            const auto tally = std::span<const double>(tallies).subspan(r * layout.size(), layout.size());
            const auto row = year_values(s, actuals, layout, tally);
            for (std::size_t i = 0; i < row.size(); ++i) year[i][r] = row[i];
            const auto cum = cumulative_integrations(s, actuals, layout, tally);
            for (std::size_t m = 0; m < cum.size(); ++m) cumulative[m][r] = cum[m];
            if (!several_years) continue;
            const auto periods = later_periods(plan, layout, observed_tally(actuals, layout, tally));
            for (std::size_t p = 0; p < periods.size(); ++p)
                for (std::size_t i = 0; i < periods[p].size(); ++i) later[p][i][r] = periods[p][i];
        }
        const Results continued = summarise_replications(plan, tallies, n, 0.8);
        result.projection.assign(continued.monthly.begin() + result.observed_months,
                                 continued.monthly.begin() + tracked_months(s));
        for (std::size_t i = 0; i < result.projection.size(); ++i)
            result.projection[i].integrations_cum = quantiles_of(cumulative[i + actuals.size()]);
        result.person_months += continued.run.person_months;
    } else {
        const auto row = year_values(s, actuals, layout, {});
        for (std::size_t i = 0; i < row.size(); ++i) std::fill(year[i].begin(), year[i].end(), row[i]);
    }

    std::vector<double> year_means;
    for (const auto& name : tracked_indicators()) {
        result.indicator_names.push_back(name);
        result.indicators.push_back(summarise(year[tracked_index(name)]));
        result.directions.push_back(indicator_direction(s, name));
        year_means.push_back(result.indicators.back().mean);
    }

    // Targets: probability, and what the open months must bring.
    std::vector<std::uint8_t> all_met(n, 1), plan_all_met(pilots, 1);
    bool any_tracked = false;
    for (const auto& name : indicator_names()) {
        const auto target = s.targets.find(name);
        if (target == s.targets.end()) continue;
        const auto& tracked = tracked_indicators();
        if (std::find(tracked.begin(), tracked.end(), name) == tracked.end()) {
            result.untracked_targets.push_back(name);
            continue;
        }
        any_tracked = true;
        TrackedTarget t;
        t.indicator = name;
        t.target = target->second;
        const auto& values = year[tracked_index(name)];
        t.year = summarise(values);
        t.p_target_met = share_meeting(values, t.target.value, t.target.direction == Direction::Higher);
        t.plan_p_target_met = plan_results.indicator(name).p_target_met;
        const auto& plan_column = plan_values.of(name);
        t.plan_year = summarise(plan_column);
        for (std::size_t r = 0; r < n; ++r) all_met[r] &= meets(values[r], t.target.value, t.target.direction);
        for (std::size_t r = 0; r < pilots; ++r)
            plan_all_met[r] &= meets(plan_column[r], t.target.value, t.target.direction);
        t.year_to_date = indicator_so_far(name, result.year_to_date);
        if (const auto need = monthly_need(s, name, t.target, result.year_to_date, year_means)) {
            t.needed_per_month = need->needed;
            t.projected_per_month = need->projected;
            t.unit = need->unit;
            t.open_months = need->open_months;
        }
        result.targets.push_back(t);
    }
    if (any_tracked && n > 0) {
        const auto share = [](const std::vector<std::uint8_t>& met) {
            return static_cast<double>(std::count(met.begin(), met.end(), 1)) / static_cast<double>(met.size());
        };
        result.p_all_targets_met = share(all_met);
        result.plan_p_all_targets_met = share(plan_all_met);
    }
    if (several_years) result.periods = tracked_periods(plan, year, later, plan_values, result.observed_months);
    return result;
}

}  // namespace intsim
