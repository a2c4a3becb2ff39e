#pragma once
// Tracking a plan of several calendar years. The months observed belong to its first
// calendar year (tracked_year.hpp); the replications that project that year run on with
// the same posterior levels to the end of the horizon (a later year's level walks on from
// the first's, docs/years.md section 5), so every later year, and the whole horizon as one
// period, comes out of the same simulated futures: P(all targets met in every year) counts
// the replications that meet the tracked year's targets (actuals + projection) and every
// later year's (projection). The plan's own figures for each period come from the pilot,
// the plan's first replications (target_tracking.hpp).
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "decisions/replication_values.hpp"
#include "decisions/track/monthly_actuals.hpp"
#include "engine/statistics.hpp"
#include "model/calendar_years.hpp"
#include "model/model.hpp"
#include "model/tally.hpp"

namespace intsim {

/// A target of one calendar year as tracking judges it.
struct PeriodTarget {
    std::string indicator;
    Target target;
    Summary value;  ///< the year's figure over the replications
    double p_target_met = 0;
    std::optional<double> plan_p_target_met;  ///< over the pilot's replications
    Summary plan_value;
};

/// A calendar year of the plan, or the whole horizon as one period.
struct TrackedPeriod {
    bool whole_horizon = false;
    int first_year = 0, last_year = 0;  ///< equal for a calendar year
    std::string first_month, last_month;  ///< "YYYY-MM" inside the horizon
    bool partial = false;                 ///< a calendar year with fewer than 12 months in the horizon
    int months = 0;                       ///< inside the horizon
    int observed_months = 0;              ///< of them with actuals (only the tracked year has any)
    std::vector<Summary> indicators;      ///< tracked_indicators() order
    std::vector<Summary> plan_indicators;  ///< the same from the pilot
    std::vector<Direction> directions;
    std::vector<PeriodTarget> targets;          ///< a year's targets on tracked indicators; none for the horizon
    std::vector<std::string> untracked_targets;  ///< a year's targets on indicators tracking does not give
    /// A year: its tracked targets met in the same replication. The whole horizon: every
    /// tracked target of every year met in the same replication. Empty without targets.
    std::optional<double> p_all_targets_met, plan_p_all_targets_met;
};

/// Values of the tracked indicators, replication by replication: [period][indicator][replication].
using PeriodValues = std::vector<std::vector<std::vector<double>>>;

/// One replication's later calendar years (Model::years[1 ..]) and the whole horizon, in
/// tracked_indicators() order, from its observed_tally: [later year ..., horizon][indicator].
std::vector<std::vector<double>> later_periods(const Model& plan, const TallyLayout& layout,
                                               std::span<const double> filled);

/// Every calendar year of the plan, then the whole horizon.
/// @param tracked    the tracked year's values (actuals + projection), [indicator][replication]
/// @param later      later_periods of each replication, [period][indicator][replication]
/// @param plan_values the pilot's replication values over the whole horizon
/// @param observed_months the months observed (all of the first year)
std::vector<TrackedPeriod> tracked_periods(const Model& plan, const std::vector<std::vector<double>>& tracked,
                                           const PeriodValues& later, const ReplicationValues& plan_values,
                                           int observed_months);

}  // namespace intsim
