#include "models/decisions/target_tracking.hpp"

#include <algorithm>

#include "models/decisions/replication_values.hpp"
#include "models/decisions/run_phase.hpp"
#include "models/decisions/stock_rescaling.hpp"
#include "models/indicators.hpp"
#include "models/projection.hpp"
#include "models/simulate.hpp"

namespace intsim {

const std::vector<std::string>& tracked_indicators() {
    static const std::vector<std::string> names = {
        "integrations_total", "integrations_women", "integrations_single_parents", "integrations_ltr",
        "integration_rate",   "ltr_integration_rate", "elb_avg",  "elb_end", "ltr_avg", "ltr_end",
        "ltr_change_pct"};
    return names;
}

namespace {

// The observed part of the year.
struct Observed {
    int months = 0;
    double integrations = 0, women = 0, single_parents = 0, ltr_integrations = 0;
    double elb_sum = 0, ltr_sum = 0;  ///< over the observed months
    double last_elb = 0, last_ltr = 0;
};

Observed observe(const std::vector<MonthlyActual>& actuals) {
    Observed o;
    o.months = static_cast<int>(actuals.size());
    for (const auto& a : actuals) {
        o.integrations += a.integrations;
        o.women += a.integrations_women;
        o.single_parents += a.integrations_single_parents;
        o.ltr_integrations += a.integrations_ltr;
        o.elb_sum += a.elb;
        o.ltr_sum += a.ltr;
    }
    o.last_elb = actuals.back().elb;
    o.last_ltr = actuals.back().ltr;
    return o;
}

// The reference of ltr_change_pct: last year's LZB average, else the plan's start stock.
double ltr_reference(const Scenario& plan) {
    const auto baseline = plan.baseline.find("ltr_avg");
    if (baseline != plan.baseline.end()) return baseline->second;
    return static_cast<double>(plan.start_elb) * plan.start_ltr_share;
}

double ratio(double numerator, double denominator) { return denominator > 0 ? numerator / denominator : 0.0; }

// One replication's year: the observed months, then the tally's months after them (none
// when the year is over), in tracked_indicators() order.
std::vector<double> year_values(const Scenario& plan, const Observed& o, const TallyLayout* layout,
                                std::span<const double> tally) {
    double integrations = o.integrations, women = o.women, single_parents = o.single_parents;
    double ltr_integrations = o.ltr_integrations, elb_sum = o.elb_sum, ltr_sum = o.ltr_sum;
    double elb_end = o.last_elb, ltr_end = o.last_ltr;
    if (layout != nullptr) {
        for (std::size_t m = static_cast<std::size_t>(o.months); m < layout->months; ++m) {
            integrations += tally[layout->monthly(MonthlyField::Integrations, m)];
            women += tally[layout->monthly(MonthlyField::IntegrationsWomen, m)];
            single_parents += tally[layout->monthly(MonthlyField::IntegrationsSingleParents, m)];
            ltr_integrations += tally[layout->monthly(MonthlyField::IntegrationsLtr, m)];
            elb_sum += tally[layout->monthly(MonthlyField::Elb, m)];
            ltr_sum += tally[layout->monthly(MonthlyField::Ltr, m)];
        }
        elb_end = tally[layout->monthly(MonthlyField::Elb, layout->months - 1)];
        ltr_end = tally[layout->monthly(MonthlyField::Ltr, layout->months - 1)];
    }
    const double months = static_cast<double>(plan.months);
    const double elb_avg = elb_sum / months, ltr_avg = ltr_sum / months;
    const double reference = ltr_reference(plan);
    return {integrations, women, single_parents, ltr_integrations,
            100.0 * ratio(integrations, elb_avg), 100.0 * ratio(ltr_integrations, ltr_avg),
            elb_avg, elb_end, ltr_avg, ltr_end,
            reference > 0 ? 100.0 * (ltr_avg / reference - 1.0) : 0.0};
}

std::size_t tracked_index(const std::string& name) {
    const auto& names = tracked_indicators();
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

// What the months left must bring per month (see TrackedTarget::needed_per_month).
void fill_need(TrackedTarget& t, const Scenario& plan, const Observed& o, const std::vector<Summary>& year) {
    const int left = plan.months - o.months;
    if (left <= 0) return;
    const double r = static_cast<double>(left), months = static_cast<double>(plan.months);
    const double goal = t.target.value;
    const auto mean = [&](const char* name) { return year[tracked_index(name)].mean; };
    const auto per_month = [&](double needed_total, double so_far, double projected_total, const char* unit) {
        double needed = (needed_total - so_far) / r;
        if (t.target.direction == Direction::Higher) needed = std::max(0.0, needed);  // already reached
        t.needed_per_month = needed;
        t.projected_per_month = (projected_total - so_far) / r;
        t.unit = unit;
    };
    const std::string& name = t.indicator;
    if (name == "integrations_total") per_month(goal, o.integrations, mean("integrations_total"), "integrations per month");
    else if (name == "integrations_women") per_month(goal, o.women, mean("integrations_women"), "integrations of women per month");
    else if (name == "integrations_single_parents")
        per_month(goal, o.single_parents, mean("integrations_single_parents"), "integrations of single parents per month");
    else if (name == "integrations_ltr") per_month(goal, o.ltr_integrations, mean("integrations_ltr"), "integrations of LZB per month");
    else if (name == "integration_rate")
        per_month(goal / 100.0 * mean("elb_avg"), o.integrations, mean("integrations_total"), "integrations per month");
    else if (name == "ltr_integration_rate")
        per_month(goal / 100.0 * mean("ltr_avg"), o.ltr_integrations, mean("integrations_ltr"), "integrations of LZB per month");
    else if (name == "elb_avg") per_month(goal * months, o.elb_sum, mean("elb_avg") * months, "average eLb stock of the months left");
    else if (name == "ltr_avg") per_month(goal * months, o.ltr_sum, mean("ltr_avg") * months, "average LZB stock of the months left");
    else if (name == "ltr_change_pct")
        per_month(ltr_reference(plan) * (1.0 + goal / 100.0) * months, o.ltr_sum, mean("ltr_avg") * months,
                  "average LZB stock of the months left");
}

BandCheck band(double observed, const Quantiles& plan) {
    BandCheck b;
    b.observed = observed;
    b.plan = plan;
    b.position = observed < plan.p05 ? BandPosition::Below : observed > plan.p95 ? BandPosition::Above : BandPosition::Inside;
    return b;
}

}  // namespace

TrackResult track_targets(const Model& plan, const std::vector<MonthlyActual>& actuals, const TrackOptions& options) {
    const Scenario& s = plan.scenario;
    const std::uint64_t n = options.replications;
    const Observed o = observe(actuals);
    TrackResult result;
    result.scenario_name = s.name;
    result.replications = n;
    result.seed = options.seed;
    result.observed_months = o.months;
    result.remaining_months = s.months - o.months;
    result.last_observed = actuals.back().month.text();
    result.restart_elb = static_cast<std::int64_t>(o.last_elb);
    result.restart_ltr = static_cast<std::int64_t>(o.last_ltr);
    result.year_to_date = actuals.back();
    result.year_to_date.integrations = o.integrations;
    result.year_to_date.integrations_women = o.women;
    result.year_to_date.integrations_single_parents = o.single_parents;
    result.year_to_date.integrations_ltr = o.ltr_integrations;

    // The plan, for the early warning and for what it promised.
    const std::vector<double> plan_tallies = simulate_tallies(plan, options.seed, 0, n, run_phase(options.control, 0));
    const Results plan_results = summarise_replications(plan, plan_tallies, n, 0.8);
    const ReplicationValues plan_values = replication_values(plan, plan_tallies, n);
    result.person_months = plan_results.run.person_months;
    double cumulative = 0;
    for (std::size_t m = 0; m < actuals.size(); ++m) {
        const MonthlyActual& a = actuals[m];
        const MonthlyResult& p = plan_results.monthly[m];
        cumulative += a.integrations;
        result.early_warning.push_back({p.month, band(a.elb, p.elb), band(a.ltr, p.ltr),
                                        band(a.integrations, p.integrations), band(cumulative, p.integrations_cum)});
    }

    // The rest of the year: the plan run again, its stock moved to the observed counts
    // at the end of the last observed month (stock_rescaling.hpp).
    std::vector<std::vector<double>> year(tracked_indicators().size(), std::vector<double>(n));
    if (result.remaining_months > 0) {
        result.restart_month = s.start.plus(o.months).text();
        const ObservedStock observed{o.months - 1, result.restart_elb, result.restart_ltr};
        const std::vector<double> tallies =
            simulate_rescaled_tallies(plan, options.seed, n, observed, run_phase(options.control, n));
        const TallyLayout layout = tally_layout(plan);
        for (std::size_t r = 0; r < n; ++r) {
            const auto row = year_values(s, o, &layout, std::span<const double>(tallies).subspan(r * layout.size(), layout.size()));
            for (std::size_t i = 0; i < row.size(); ++i) year[i][r] = row[i];
        }
        const Results rescaled = summarise_replications(plan, tallies, n, 0.8);
        result.projection.assign(rescaled.monthly.begin() + o.months, rescaled.monthly.end());
        // The year's integrations so far in each replication: the actuals, then its own
        // projected months (its simulated months before the restart are not the year's).
        std::vector<double> cumulative(n, o.integrations);
        for (std::size_t m = static_cast<std::size_t>(o.months); m < layout.months; ++m) {
            for (std::size_t r = 0; r < n; ++r)
                cumulative[r] += tallies[r * layout.size() + layout.monthly(MonthlyField::Integrations, m)];
            result.projection[m - static_cast<std::size_t>(o.months)].integrations_cum = quantiles_of(cumulative);
        }
        result.person_months += rescaled.run.person_months;
    } else {
        const auto row = year_values(s, o, nullptr, {});
        for (std::size_t i = 0; i < row.size(); ++i) std::fill(year[i].begin(), year[i].end(), row[i]);
    }

    for (const auto& name : tracked_indicators()) {
        result.indicator_names.push_back(name);
        result.indicators.push_back(summarise(year[tracked_index(name)]));
        result.directions.push_back(indicator_direction(s, name));
    }

    // Targets: probability, and what the months left must bring.
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
        if (name.starts_with("integrations_")) {
            const double sums[] = {o.integrations, o.women, o.single_parents, o.ltr_integrations};
            t.year_to_date = sums[tracked_index(name)];
        } else if (name == "elb_avg") {
            t.year_to_date = o.elb_sum / o.months;
        } else if (name == "ltr_avg") {
            t.year_to_date = o.ltr_sum / o.months;
        }
        fill_need(t, s, o, result.indicators);
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
