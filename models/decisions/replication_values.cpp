#include "models/decisions/replication_values.hpp"

#include <algorithm>
#include <stdexcept>

#include "engine/statistics.hpp"
#include "models/indicators.hpp"
#include "models/simulate.hpp"

namespace intsim {

std::size_t indicator_index(const std::string& indicator) {
    const auto& names = indicator_names();
    const auto it = std::find(names.begin(), names.end(), indicator);
    if (it == names.end()) throw std::out_of_range("no indicator " + indicator);
    return static_cast<std::size_t>(it - names.begin());
}

Direction indicator_direction(const Scenario& scenario, const std::string& indicator) {
    const auto target = scenario.targets.find(indicator);
    return target != scenario.targets.end() ? target->second.direction : default_direction(indicator);
}

bool indicator_directed(const Scenario& scenario, const std::string& indicator) {
    return scenario.targets.count(indicator) > 0 || has_default_direction(indicator);
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

std::optional<double> ReplicationValues::p_all_targets_met() const {
    if (all_targets_met.empty()) return std::nullopt;
    const auto met = std::count(all_targets_met.begin(), all_targets_met.end(), 1);
    return static_cast<double>(met) / static_cast<double>(all_targets_met.size());
}

ReplicationValues replication_values(const Model& model, std::span<const double> tallies,
                                     std::size_t replications) {
    const TallyLayout layout = tally_layout(model);
    const std::size_t width = layout.size();
    const auto& names = indicator_names();
    ReplicationValues values;
    values.replications = replications;
    values.indicators.assign(names.size(), std::vector<double>(replications));
    for (std::size_t r = 0; r < replications; ++r) {
        const auto row = replication_indicators(model, layout, tallies.subspan(r * width, width));
        for (std::size_t i = 0; i < names.size(); ++i) values.indicators[i][r] = row[i];
    }
    const auto& targets = model.scenario.targets;
    if (!targets.empty()) {
        values.all_targets_met.assign(replications, 1);
        for (const auto& [name, target] : targets) {
            const auto& column = values.indicators[indicator_index(name)];
            for (std::size_t r = 0; r < replications; ++r)
                values.all_targets_met[r] &= meets(column[r], target.value, target.direction);
        }
    }
    return values;
}

}  // namespace intsim
