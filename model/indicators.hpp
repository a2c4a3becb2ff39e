#pragma once
// From per-replication tallies to indicators and summaries. Everything here runs after
// the parallel part, serially in replication order, so the bytes of the results depend
// only on (scenario, seed, replications).
#include <span>
#include <vector>

#include "model/model.hpp"
#include "model/results.hpp"
#include "model/tally.hpp"

namespace intsim {

/// Months [first, first + count) of the horizon.
struct MonthRange {
    std::size_t first = 0;
    std::size_t count = 0;
};

/// The indicator values of one replication over `months`, in indicator_names() order:
/// counts summed over those months, stocks averaged over their month ends or taken at the
/// last of them, rates of those sums and averages (docs/years.md). The LZB change is
/// against `ltr_reference`, the remaining money against `operative_egt`.
std::vector<double> period_indicators(const TallyLayout& layout, std::span<const double> tally, MonthRange months,
                                      double ltr_reference, double operative_egt);

/// The first calendar year's indicator values (results.json's top-level `indicators`).
std::vector<double> replication_indicators(const Model& model, const TallyLayout& layout,
                                           std::span<const double> tally);

/// Every calendar year's values, [year, as Model::years][indicator]. The first year's LZB
/// change is against the scenario's baseline ltr_avg (else the start stock), a later
/// year's against the year before.
std::vector<std::vector<double>> yearly_indicators(const Model& model, const TallyLayout& layout,
                                                   std::span<const double> tally);

/// The whole horizon as one period (objectives "@all"): counts over all months, averages
/// over all month ends; the EGT is the sum of the years' when every year has one, else 0.
std::vector<double> horizon_indicators(const Model& model, const TallyLayout& layout,
                                       std::span<const double> tally);

/// The operative EGT of the whole horizon: the sum of its years', or 0 when a year has none.
double horizon_egt(const Model& model);

/// The BA's K2 integration rate of the 12 months up to `month` (per cent): integrations
/// over them / their average eLb stock. Months before the horizon are the scenario's
/// baseline year in monthly averages (baseline integrations_total and elb_avg); without
/// those, the months simulated so far, annualised (docs/years.md).
struct RollingRate {
    double value = 0;
    const char* basis = "horizon";  ///< "horizon", "baseline" or "annualised"
};
RollingRate rolling_k2_rate(const Model& model, const TallyLayout& layout, std::span<const double> tally,
                            std::size_t month);

/// Summarises `replications` tallies stored back to back in `tallies`.
Results summarise_replications(const Model& model, std::span<const double> tallies,
                               std::size_t replications, double offer_probability);

}  // namespace intsim
