#pragma once
// Indicator values replication by replication. results.json only needs their
// summaries; the decisions built on the model need the values themselves: paired
// differences between scenarios (common random numbers line up replication r of one
// scenario with replication r of another), the share of replications that meet all
// targets at once, and yearly totals assembled from actuals plus a projection.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "models/model.hpp"

namespace intsim {

struct ReplicationValues {
    std::size_t replications = 0;
    /// [indicator, in indicator_names() order][replication]
    std::vector<std::vector<double>> indicators;
    /// [replication]: 1 when every target of the scenario is met; empty without targets
    std::vector<std::uint8_t> all_targets_met;

    std::span<const double> of(const std::string& indicator) const;
    double mean(const std::string& indicator) const;
    /// Share of replications meeting every target; empty without targets.
    std::optional<double> p_all_targets_met() const;
};

/// Values of `replications` tallies stored back to back (tally_layout(model) wide).
ReplicationValues replication_values(const Model& model, std::span<const double> tallies,
                                     std::size_t replications);

/// Position of an indicator in indicator_names(). @throw std::out_of_range for others
std::size_t indicator_index(const std::string& indicator);

/// The direction an indicator is judged by in a scenario: its target's, else the default.
Direction indicator_direction(const Scenario& scenario, const std::string& indicator);
/// Whether the indicator has a direction in a scenario: a target, or one of its own.
bool indicator_directed(const Scenario& scenario, const std::string& indicator);

/// True when `value` meets `target` (>= when higher is better, <= when lower is).
inline bool meets(double value, double target, Direction direction) {
    return direction == Direction::Higher ? value >= target : value <= target;
}

/// Mean of a sample (compensated sum); 0 for an empty one.
double mean_of(std::span<const double> values);

}  // namespace intsim
