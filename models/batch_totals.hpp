#pragma once
// Sums over the jobcenters of a batch, replication by replication. Every scenario of a
// batch runs replications 0..n-1 with the same seed, so replication r of each jobcenter
// is drawn from the same random streams (seed, r): the r-th values of all jobcenters
// form one simulated year of the whole set, and their sum is one draw of the total.
// The total's mean and quantiles are taken over those n sums. Adding the jobcenters'
// quantiles instead would be wrong: the 5 % quantile of a sum is not the sum of 5 %
// quantiles (it is only when all jobcenters move in perfect lockstep).
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "models/model.hpp"
#include "models/results.hpp"

namespace intsim {

/// The indicators a batch adds up: integrations, average LZB stock, EGT spend.
const std::vector<std::string>& batch_indicator_names();

/// One jobcenter's batch indicators, in batch_indicator_names() order.
struct BatchLine {
    std::string name;
    std::vector<Quantiles> indicators;
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
    double operative_egt_ = 0;
    double person_months_ = 0;
};

}  // namespace intsim
