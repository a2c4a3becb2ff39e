#pragma once
// The monthly target-tracking dialogue: "given January to May, will we make it?"
// The year is the plan's horizon. Observed months count as they were; the rest of the
// year is projected by the plan continued from the last observed month with its stock
// moved to the observed eLb and LZB counts (stock_rescaling.hpp). Each replication's
// year = actuals + its projection, so P(target met) carries the uncertainty of the
// months left only. Beside it, the plan itself runs with the same seed: each observed
// month is checked against the plan's p05-p95 band (early warning).
//
// The replications' parameter factors (uncertainty) are drawn as in the plan, not
// updated by what the observed months say about them: that is calibration's job.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/runner.hpp"
#include "engine/statistics.hpp"
#include "models/decisions/monthly_actuals.hpp"
#include "models/decisions/tracked_year.hpp"
#include "models/model.hpp"
#include "models/results.hpp"

namespace intsim {

enum class BandPosition { Below, Inside, Above };

struct BandCheck {
    double observed = 0;
    Quantiles plan;  ///< the plan's mean and p05 / p50 / p95 for that month
    BandPosition position = BandPosition::Inside;
};

/// An observed month against the plan; a figure the month does not have is not checked
/// (integrations_cum only when every month so far has its integrations).
struct MonthCheck {
    std::string month;
    std::optional<BandCheck> elb, ltr, integrations, integrations_cum;
};

struct TrackedTarget {
    std::string indicator;
    Target target;
    std::optional<double> year_to_date;  ///< sums and averages of the months observed (indicator_so_far)
    Summary year;                        ///< actuals + projection, over replications
    double p_target_met = 0;
    std::optional<double> plan_p_target_met;  ///< what the plan alone said
    /// What the open months (those without the observed figure) must bring on average to
    /// reach the target: at least (higher is better) or at most (lower is better). Empty
    /// for end-of-year stocks and when no month is open.
    std::optional<double> needed_per_month;
    std::optional<double> projected_per_month;  ///< the projection's mean per open month, same unit
    std::string unit;                           ///< of the two above
    int open_months = 0;
};

struct TrackResult {
    std::string scenario_name;
    std::uint64_t replications = 0;
    std::uint32_t seed = 1;
    int observed_months = 0, remaining_months = 0;
    std::string last_observed, restart_month;  ///< "YYYY-MM"; restart_month: the first projected one, empty when none is left
    /// The latest month with an observed stock, which the replications are moved to
    /// (stock_rescaling.hpp); empty when the actuals have no stock.
    std::string stock_month;
    std::optional<std::int64_t> restart_elb, restart_ltr;
    YearToDate year_to_date;
    std::vector<std::string> actual_columns;  ///< the figure columns the actuals file has
    std::vector<std::string> actual_notes;    ///< how figures were derived from key figures

    std::vector<std::string> indicator_names;  ///< tracked_indicators()
    std::vector<Summary> indicators;           ///< actuals + projection
    std::vector<Direction> directions;
    std::vector<TrackedTarget> targets;
    std::vector<std::string> untracked_targets;  ///< targets on indicators the actuals cannot give
    std::optional<double> p_all_targets_met;     ///< all tracked targets in the same replication
    std::optional<double> plan_p_all_targets_met;
    std::vector<MonthCheck> early_warning;   ///< one per observed month
    /// The months left; integrations_cum counts from the year's first month in each
    /// replication (actuals + projection), so December's is the year's total.
    std::vector<MonthlyResult> projection;
    double person_months = 0;
};

struct TrackOptions {
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    RunControl control;  ///< progress counts 2 x replications (plan, then continuation)
};

/// @param plan    the plan's model (the unmodified scenario)
/// @param actuals checked by monthly_actuals_from_table (1 .. plan.months months)
TrackResult track_targets(const Model& plan, const MonthlyActuals& actuals, const TrackOptions& options);

}  // namespace intsim
