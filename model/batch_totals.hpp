#pragma once
// Sums over the jobcenters of a batch, replication by replication. Every scenario of a
// batch runs replications 0..n-1 with the same seed, so replication r of each jobcenter
// is drawn from the same random streams (seed, r): the r-th values of all jobcenters
// form one simulated year of the whole set, and their sum is one draw of the total.
// The total's mean and quantiles are taken over those n sums. Adding the jobcenters'
// quantiles instead would be wrong: the 5 % quantile of a sum is not the sum of 5 %
// quantiles (it is only when all jobcenters move in perfect lockstep).
#include <cstddef>
#include <optional>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "model/results.hpp"

namespace intsim {

/// The indicators a batch adds up: integrations, average LZB stock, EGT spend.
const std::vector<std::string>& batch_indicator_names();

/// A batch indicator judged against its target: the jobcenter's own, or for the total
/// the sum of the jobcenters' targets (when every jobcenter has one, with one direction).
struct BatchTarget {
    Direction direction = Direction::Higher;
    bool directed = true;  ///< a direction of the target's or the catalogue's own
    std::optional<double> target, p_target_met;
    std::optional<double> offer_p80;  ///< reached with 80 % probability (directed only)
};

/// One jobcenter's batch indicators, in batch_indicator_names() order.
struct BatchLine {
    std::string name;
    std::vector<Quantiles> indicators;
    std::vector<BatchTarget> targets;  ///< parallel to indicators
    /// The jobcenter's own targets all met in the same replication; for the total: every
    /// jobcenter with targets meets all of its own in the same replication.
    std::optional<double> p_all_targets_met;
    double operative_egt = 0;
    double p_over_budget = 0;
    double person_months = 0;
};

class BatchTotals {
public:
    explicit BatchTotals(std::size_t replications);

    /// Adds one jobcenter: `tallies` holds its replications 0..n-1 back to back.
    /// @return the jobcenter's own line
    BatchLine add(const Model& model, std::span<const double> tallies);

    /// The sum over the jobcenters added so far ("total" as its name).
    BatchLine total() const;
    std::size_t jobcenters() const { return jobcenters_; }

private:
    std::size_t replications_;
    std::size_t jobcenters_ = 0;
    std::vector<std::vector<double>> sums_;  ///< [indicator][replication]
    /// Sum of the jobcenters' targets per indicator; empty once a jobcenter has none.
    std::vector<std::optional<Target>> target_sums_;
    std::vector<std::uint8_t> all_met_;  ///< [replication]: every jobcenter with targets met all of them
    bool any_targets_ = false;
    double operative_egt_ = 0;
    double person_months_ = 0;
};

}  // namespace intsim
