#include "decisions/track/tracked_horizon.hpp"

#include <algorithm>

#include "decisions/track/tracked_year.hpp"
#include "model/indicators.hpp"

namespace intsim {

namespace {

double share_of(const std::vector<std::uint8_t>& met) {
    return static_cast<double>(std::count(met.begin(), met.end(), 1)) / static_cast<double>(met.size());
}

// A period's indicators and its targets on tracked indicators; `met` and `plan_met` are
// and-ed with this period's targets (every year's in the end).
void describe(TrackedPeriod& p, const std::vector<std::vector<double>>& values,
              const std::vector<std::vector<double>>& plan, const std::map<std::string, Target>& targets,
              std::vector<std::uint8_t>& met, std::vector<std::uint8_t>& plan_met) {
    const auto& tracked = tracked_indicators();
    for (std::size_t i = 0; i < tracked.size(); ++i) {
        p.indicators.push_back(summarise(values[i]));
        p.plan_indicators.push_back(summarise(plan[indicator_index(tracked[i])]));
        p.directions.push_back(indicator_direction(targets, tracked[i]));
    }
    std::vector<std::uint8_t> year_met(met.size(), 1), plan_year_met(plan_met.size(), 1);
    for (const auto& name : indicator_names()) {
        const auto target = targets.find(name);
        if (target == targets.end()) continue;
        if (std::find(tracked.begin(), tracked.end(), name) == tracked.end()) {
            p.untracked_targets.push_back(name);
            continue;
        }
        const Target& goal = target->second;
        const auto& column = values[tracked_index(name)];
        const auto& plan_column = plan[indicator_index(name)];
        PeriodTarget t{name, goal, summarise(column), share_meeting(column, goal.value, goal.direction == Direction::Higher),
                       std::nullopt, summarise(plan_column)};
        if (!plan_column.empty())
            t.plan_p_target_met = share_meeting(plan_column, goal.value, goal.direction == Direction::Higher);
        for (std::size_t r = 0; r < year_met.size(); ++r) year_met[r] &= meets(column[r], goal.value, goal.direction);
        for (std::size_t r = 0; r < plan_year_met.size(); ++r)
            plan_year_met[r] &= meets(plan_column[r], goal.value, goal.direction);
        p.targets.push_back(std::move(t));
    }
    if (p.targets.empty()) return;
    for (std::size_t r = 0; r < met.size(); ++r) met[r] &= year_met[r];
    for (std::size_t r = 0; r < plan_met.size(); ++r) plan_met[r] &= plan_year_met[r];
    if (!year_met.empty()) p.p_all_targets_met = share_of(year_met);
    if (!plan_year_met.empty()) p.plan_p_all_targets_met = share_of(plan_year_met);
}

}  // namespace

std::vector<std::vector<double>> later_periods(const Model& plan, const TallyLayout& layout,
                                               std::span<const double> filled) {
    const auto& tracked = tracked_indicators();
    const auto pick = [&](const std::vector<double>& all) {
        std::vector<double> out;
        for (const auto& name : tracked) out.push_back(all[indicator_index(name)]);
        return out;
    };
    std::vector<std::vector<double>> out;
    const auto years = yearly_indicators(plan, layout, filled);
    for (std::size_t y = 1; y < years.size(); ++y) out.push_back(pick(years[y]));
    out.push_back(pick(horizon_indicators(plan, layout, filled)));
    return out;
}

std::vector<TrackedPeriod> tracked_periods(const Model& plan, const std::vector<std::vector<double>>& tracked,
                                           const PeriodValues& later, const ReplicationValues& plan_values,
                                           int observed_months) {
    const Scenario& s = plan.scenario;
    const std::size_t n = tracked.empty() ? 0 : tracked.front().size();
    std::vector<std::uint8_t> every(n, 1), plan_every(plan_values.replications, 1);
    bool any_targets = false;
    std::vector<TrackedPeriod> out;
    for (std::size_t y = 0; y < plan.years.size(); ++y) {
        const YearFrame& frame = plan.years[y];
        TrackedPeriod p;
        p.first_year = p.last_year = frame.span.year;
        p.first_month = s.start.plus(frame.span.first_month).text();
        p.last_month = s.start.plus(frame.span.first_month + frame.span.months - 1).text();
        p.partial = frame.span.partial();
        p.months = frame.span.months;
        p.observed_months = y == 0 ? observed_months : 0;
        describe(p, y == 0 ? tracked : later[y - 1], plan_values.years[y], frame.targets, every, plan_every);
        any_targets = any_targets || !p.targets.empty();
        out.push_back(std::move(p));
    }
    TrackedPeriod horizon;
    horizon.whole_horizon = true;
    horizon.first_year = out.front().first_year;
    horizon.last_year = out.back().last_year;
    horizon.first_month = s.start.text();
    horizon.last_month = s.start.plus(plan.months - 1).text();
    horizon.months = plan.months;
    horizon.observed_months = observed_months;
    std::vector<std::uint8_t> unused, plan_unused;
    describe(horizon, later.back(), plan_values.horizon, {}, unused, plan_unused);
    if (any_targets) {
        if (n > 0) horizon.p_all_targets_met = share_of(every);
        if (!plan_every.empty()) horizon.plan_p_all_targets_met = share_of(plan_every);
    }
    out.push_back(std::move(horizon));
    return out;
}

}  // namespace intsim
