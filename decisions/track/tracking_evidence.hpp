#pragma once
// The figures tracking learns the levels from, as a few summaries that the actuals and a
// simulated replication give alike (level_posterior.hpp fits their mean and covariance
// given the levels on the plan's replications):
//   1. the integrations of the months that have them, summed: the integration level;
//   2. the latest observed eLb stock and 3. the latest LZB stock: where inflow and exits
//      have taken the stocks (for a drifting stock the endpoint carries most of what the
//      path says about the drift);
//   4. and 5. the average eLb and LZB stock of the other months that have them: the path.
// In that order of importance (the last are left out when the pilot is small). Each on a
// log(1 + count) scale, where the levels act nearly linearly (they multiply hazards).
// Only these five are used: the subgroup integrations (women, single parents, LZB) follow
// from the same integration level and add chance, not evidence, in this model.
#include <span>
#include <string>
#include <vector>

#include "decisions/track/monthly_actuals.hpp"
#include "model/tally.hpp"

namespace intsim {

enum class SummaryKind { Sum, Last, Mean };

struct EvidenceSummary {
    std::string name;  ///< e.g. "integrations 2022-01 to 2022-03 (sum)"
    ActualField field = ActualField::Integrations;
    SummaryKind kind = SummaryKind::Sum;
    std::vector<std::size_t> months;  ///< horizon months (0-based) it covers
};

struct Evidence {
    std::vector<EvidenceSummary> summaries;
    std::vector<double> observed;              ///< log(1 + figure)
    std::vector<double> observation_variance;  ///< on the same scale: approximated figures
    std::vector<double> observed_figures;      ///< the figures themselves (sum, stock, average)
};

/// The summaries the actuals allow, and their observed values.
Evidence evidence_of(const std::vector<MonthlyActual>& actuals);

/// A replication's figures of the same summaries (log(1 + figure)) from its tally.
std::vector<double> summaries_of(const Evidence& evidence, const TallyLayout& layout, std::span<const double> tally);

/// The inverse of the summaries' scale: the figure of a log(1 + figure) summary.
double summary_figure(double summary);

}  // namespace intsim
