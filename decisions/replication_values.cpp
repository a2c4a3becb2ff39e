#include "decisions/replication_values.hpp"

#include <algorithm>
#include <stdexcept>

#include "engine/statistics.hpp"
#include "model/indicators.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

std::size_t indicator_index(const std::string& indicator) {
    const auto& names = indicator_names();
    const auto it = std::find(names.begin(), names.end(), indicator);
    if (it == names.end()) throw std::out_of_range("no indicator " + indicator);
    return static_cast<std::size_t>(it - names.begin());
}

Direction indicator_direction(const std::map<std::string, Target>& targets, const std::string& indicator) {
    const auto target = targets.find(indicator);
    return target != targets.end() ? target->second.direction : default_direction(indicator);
}

bool indicator_directed(const std::map<std::string, Target>& targets, const std::string& indicator) {
    return targets.count(indicator) > 0 || has_default_direction(indicator);
}

Direction indicator_direction(const Scenario& scenario, const std::string& indicator) {
    return indicator_direction(scenario.targets, indicator);
}

bool indicator_directed(const Scenario& scenario, const std::string& indicator) {
    return indicator_directed(scenario.targets, indicator);
}

double mean_of(std::span<const double> values) {
    if (values.empty()) return 0.0;
    CompensatedSum sum;
    for (double x : values) sum.add(x);
    return sum.value() / static_cast<double>(values.size());
}

std::span<const double> ReplicationValues::of(const std::string& indicator) const {
    return indicators[indicator_index(indicator)];
}

double ReplicationValues::mean(const std::string& indicator) const { return mean_of(of(indicator)); }

namespace {

std::optional<double> share_met(const std::vector<std::uint8_t>& met) {
    if (met.empty()) return std::nullopt;
    return static_cast<double>(std::count(met.begin(), met.end(), 1)) / static_cast<double>(met.size());
}

}  // namespace

std::optional<double> ReplicationValues::p_all_targets_met() const { return share_met(all_targets_met); }

std::optional<double> ReplicationValues::p_all_targets_met(std::size_t year) const {
    return share_met(all_targets_met_by_year.at(year));
}

std::optional<double> ReplicationValues::p_all_targets_met_every_year() const {
    return share_met(all_targets_met_every_year);
}

ReplicationValues replication_values(const Model& model, std::span<const double> tallies,
                                     std::size_t replications) {
    const TallyLayout layout = tally_layout(model);
    const std::size_t width = layout.size();
    const auto& names = indicator_names();
    ReplicationValues values;
    values.replications = replications;
    values.years.assign(model.years.size(),
                        std::vector<std::vector<double>>(names.size(), std::vector<double>(replications)));
    values.horizon.assign(names.size(), std::vector<double>(replications));
    for (std::size_t r = 0; r < replications; ++r) {
        const auto tally = tallies.subspan(r * width, width);
        const auto rows = yearly_indicators(model, layout, tally);
        for (std::size_t y = 0; y < rows.size(); ++y)
            for (std::size_t i = 0; i < names.size(); ++i) values.years[y][i][r] = rows[y][i];
        const auto horizon = horizon_indicators(model, layout, tally);
        for (std::size_t i = 0; i < names.size(); ++i) values.horizon[i][r] = horizon[i];
    }
    values.indicators = values.years.front();
    judge_targets(model, values);
    return values;
}

void judge_targets(const Model& model, ReplicationValues& values) {
    const std::size_t n = values.replications;
    values.all_targets_met_by_year.assign(model.years.size(), {});
    values.all_targets_met_every_year.clear();
    for (std::size_t y = 0; y < model.years.size(); ++y) {
        const auto& targets = model.years[y].targets;
        if (targets.empty()) continue;
        auto& met = values.all_targets_met_by_year[y];
        met.assign(n, 1);
        for (const auto& [name, target] : targets) {
            const auto& column = values.years[y][indicator_index(name)];
            for (std::size_t r = 0; r < n; ++r) met[r] &= meets(column[r], target.value, target.direction);
        }
        if (values.all_targets_met_every_year.empty()) values.all_targets_met_every_year.assign(n, 1);
        for (std::size_t r = 0; r < n; ++r) values.all_targets_met_every_year[r] &= met[r];
    }
    values.all_targets_met = values.all_targets_met_by_year.front();
}

}  // namespace intsim
