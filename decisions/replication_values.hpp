#pragma once
// Indicator values replication by replication. results.json only needs their
// summaries; the decisions built on the model need the values themselves: paired
// differences between scenarios (common random numbers line up replication r of one
// scenario with replication r of another), the share of replications that meet all
// targets at once, and yearly totals assembled from actuals plus a projection.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/model.hpp"

namespace intsim {

struct ReplicationValues {
    std::size_t replications = 0;
    /// The first calendar year: [indicator, in indicator_names() order][replication]
    std::vector<std::vector<double>> indicators;
    /// [replication]: 1 when every target of the first year is met; empty without targets
    std::vector<std::uint8_t> all_targets_met;
    /// Every calendar year (Model::years): [year][indicator][replication]; years[0] is `indicators`
    std::vector<std::vector<std::vector<double>>> years;
    /// [year][replication]: every target of that year met; empty for a year without targets
    std::vector<std::vector<std::uint8_t>> all_targets_met_by_year;
    /// [replication]: every target of every year met; empty when no year has targets
    std::vector<std::uint8_t> all_targets_met_every_year;
    /// The whole horizon as one period: [indicator][replication]
    std::vector<std::vector<double>> horizon;

    std::span<const double> of(const std::string& indicator) const;
    double mean(const std::string& indicator) const;
    /// Share of replications meeting every target of the first year; empty without targets.
    std::optional<double> p_all_targets_met() const;
    /// The same for year `year` (index into Model::years).
    std::optional<double> p_all_targets_met(std::size_t year) const;
    /// Share meeting every target of every year with targets; empty when no year has any.
    std::optional<double> p_all_targets_met_every_year() const;
};

/// Values of `replications` tallies stored back to back (tally_layout(model) wide).
ReplicationValues replication_values(const Model& model, std::span<const double> tallies,
                                     std::size_t replications);

/// Sets the targets-met flags of `values` from its yearly values and the model's targets
/// (for values changed after replication_values, e.g. shifted by an expected change).
void judge_targets(const Model& model, ReplicationValues& values);

/// Position of an indicator in indicator_names(). @throw std::out_of_range for others
std::size_t indicator_index(const std::string& indicator);

/// The direction an indicator is judged by in a scenario: its target's, else the default.
Direction indicator_direction(const Scenario& scenario, const std::string& indicator);
/// Whether the indicator has a direction in a scenario: a target, or one of its own.
bool indicator_directed(const Scenario& scenario, const std::string& indicator);
/// The same for a period with the given targets (a calendar year's, or none for the horizon).
Direction indicator_direction(const std::map<std::string, Target>& targets, const std::string& indicator);
bool indicator_directed(const std::map<std::string, Target>& targets, const std::string& indicator);

/// True when `value` meets `target` (>= when higher is better, <= when lower is).
inline bool meets(double value, double target, Direction direction) {
    return direction == Direction::Higher ? value >= target : value <= target;
}

/// Mean of a sample (compensated sum); 0 for an empty one.
double mean_of(std::span<const double> values);

}  // namespace intsim
