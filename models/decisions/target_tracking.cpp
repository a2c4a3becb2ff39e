#include "models/decisions/target_tracking.hpp"

#include <algorithm>

#include "models/decisions/replication_values.hpp"
#include "models/decisions/run_phase.hpp"
#include "models/decisions/stock_rescaling.hpp"
#include "models/indicators.hpp"
#include "models/projection.hpp"
#include "models/simulate.hpp"

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

}  // namespace

TrackResult track_targets(const Model& plan, const MonthlyActuals& observed, const TrackOptions& options) {
    const Scenario& s = plan.scenario;
    const std::vector<MonthlyActual>& actuals = observed.months;
    const std::uint64_t n = options.replications;
    TrackResult result;
    result.scenario_name = s.name;
    result.replications = n;
    result.seed = options.seed;
    result.observed_months = static_cast<int>(actuals.size());
    result.remaining_months = s.months - result.observed_months;
    result.last_observed = actuals.back().month.text();
    result.year_to_date = year_to_date(actuals);
    result.actual_columns = observed.columns;
    result.actual_notes = observed.notes;
    const std::optional<ObservedStock> stock = latest_stock(actuals);
    if (stock) {
        result.stock_month = actuals[static_cast<std::size_t>(stock->month)].month.text();
        result.restart_elb = stock->elb;
        result.restart_ltr = stock->ltr;
    }

    // The plan, for the early warning and for what it promised.
    const std::vector<double> plan_tallies = simulate_tallies(plan, options.seed, 0, n, run_phase(options.control, 0));
    const Results plan_results = summarise_replications(plan, plan_tallies, n, 0.8);
    const ReplicationValues plan_values = replication_values(plan, plan_tallies, n);
    result.person_months = plan_results.run.person_months;
    result.early_warning = early_warning(actuals, plan_results);

    // The year: the plan run again, its stock moved to the latest observed counts
    // (stock_rescaling.hpp); each month's figure as observed where the actuals have it.
    const TallyLayout layout = tally_layout(plan);
    std::vector<std::vector<double>> year(tracked_indicators().size(), std::vector<double>(n));
    if (result.remaining_months > 0) result.restart_month = s.start.plus(result.observed_months).text();
    if (!year_fully_observed(s, actuals)) {
        std::vector<ReplicationFactors> levels;
        for (std::uint64_t r = 0; r < n; ++r)
            levels.push_back(draw_replication_factors(plan, {options.seed, static_cast<std::uint32_t>(r)}));
        const std::vector<double> tallies =
            simulate_rescaled_tallies(plan, options.seed, levels, stock, run_phase(options.control, n));
        std::vector<std::vector<double>> cumulative(static_cast<std::size_t>(s.months), std::vector<double>(n));
        for (std::size_t r = 0; r < n; ++r) {
            const auto tally = std::span<const double>(tallies).subspan(r * layout.size(), layout.size());
            const auto row = year_values(s, actuals, layout, tally);
            for (std::size_t i = 0; i < row.size(); ++i) year[i][r] = row[i];
            const auto cum = cumulative_integrations(s, actuals, layout, tally);
            for (std::size_t m = 0; m < cum.size(); ++m) cumulative[m][r] = cum[m];
        }
        const Results continued = summarise_replications(plan, tallies, n, 0.8);
        result.projection.assign(continued.monthly.begin() + result.observed_months, continued.monthly.end());
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
    std::vector<std::uint8_t> all_met(n, 1), plan_all_met(n, 1);
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
        for (std::size_t r = 0; r < n; ++r) {
            all_met[r] &= meets(values[r], t.target.value, t.target.direction);
            plan_all_met[r] &= meets(plan_column[r], t.target.value, t.target.direction);
        }
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
        const auto share = [n](const std::vector<std::uint8_t>& met) {
            return static_cast<double>(std::count(met.begin(), met.end(), 1)) / static_cast<double>(n);
        };
        result.p_all_targets_met = share(all_met);
        result.plan_p_all_targets_met = share(plan_all_met);
    }
    return result;
}

}  // namespace intsim
