#pragma once
// The monthly target-tracking dialogue: "given January to May, will we make it?"
// The year is the plan's first calendar year (a plan of several years: its later years and
// the whole horizon follow, tracked_horizon.hpp). Observed figures count as they were; everything else
// (the months to come, and figures of past months not published yet) is projected by
// replications whose uncertain levels (integration, other exits, inflow) are drawn from
// what the months observed say about them, not from the plan's prior:
//   1. a pilot: the plan's own first replications (pilot_replications(n), draw for draw
//      the plan's run with the same seed) give the early warning (each observed month
//      against the plan's p05-p95 band), what the plan promised (P(target met)), and the
//      pairs of levels and observed-month summaries the likelihood is fitted on;
//   2. the posterior of the levels (level_posterior.hpp, tracking_evidence.hpp): the
//      plan's n level draws weighted by that likelihood, resampled, moved;
//   3. n replications with those levels run from the start, their stock moved to the
//      latest observed eLb and LZB counts (stock_rescaling.hpp), to the horizon's end.
// Each replication's year = the actuals + its own figures where the actuals have none.
// A weak spring lowers the levels and so the months left; a strong one raises them.
// What stays the plan's: the measure effects (the months say next to nothing about them)
// and everything the scenario fixes. The method, its assumptions and its measured
// calibration: docs/tracking.md.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "decisions/track/level_posterior.hpp"
#include "decisions/track/monthly_actuals.hpp"
#include "decisions/track/tracked_horizon.hpp"
#include "decisions/track/tracked_year.hpp"
#include "engine/runner.hpp"
#include "engine/statistics.hpp"
#include "model/model.hpp"
#include "model/results.hpp"

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
    Summary plan_year;                        ///< the plan's year, over its pilot replications
    /// What the open months (those without the observed figure) must bring on average to
    /// reach the target: at least (higher is better) or at most (lower is better). Empty
    /// for end-of-year stocks and when no month is open.
    std::optional<double> needed_per_month;
    std::optional<double> projected_per_month;  ///< the projection's mean per open month, same unit
    std::string unit;                           ///< of the two above
    int open_months = 0;
};

/// One uncertain level as the plan draws it and as the months observed leave it (factor
/// scale, median 1 in the plan).
struct LevelEstimate {
    std::string name;  ///< "integration", "exit", "inflow"
    double plan_sd = 0;  ///< the scenario's spread of the log factor
    Quantiles tracked;   ///< over the replications' posterior draws
};

/// A summary of the observed months the levels were learnt from, against the plan.
struct EvidenceCheck {
    std::string name;
    double observed = 0;
    Quantiles plan;  ///< the pilot's figures of the same summary
};

/// What a report must tell about how the levels were learnt; the report words it.
struct TrackingNotice {
    enum class Kind {
        /// The months lie outside what the plan can explain: almost none of its draws come
        /// near them (value: ESS, of: replications). Check the actuals and the plan, not --reps.
        Unexplained,
        /// At the edge of the plan's uncertainty (value: ESS, of: replications).
        AtEdge,
        /// Few effective draws although the months agree with the plan: too few replications (value: ESS).
        FewDraws,
        LowAcceptance,  ///< value: the share of accepted moves
        NotLearnt,      ///< Conditioning::not_learnt says why
    };
    Kind kind;
    double value = 0, of = 0;
};

std::string_view notice_code(TrackingNotice::Kind kind);  ///< "unexplained", "at_edge", ... (track.json)

/// How the levels were learnt (level_posterior.hpp).
struct Conditioning {
    bool conditioned = false;
    NotLearnt not_learnt = NotLearnt::No;
    std::string reason;  ///< why not, when not (English)
    std::uint64_t pilot_replications = 0;
    std::vector<EvidenceCheck> evidence;  ///< the summaries used
    double ess = 0;                       ///< effective sample size of the plan's draws
    double ess_share = 0;                 ///< ess / replications
    double acceptance = 0;
    int moves = 0;
    std::size_t distinct_draws = 0;  ///< distinct posterior draws of the levels after the moves
    std::vector<LevelEstimate> levels;
    std::vector<std::string> warnings;  ///< the notices in English (track.json's warnings)
    std::vector<TrackingNotice> notices;
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
    std::vector<DerivedFigures> derived_figures;  ///< how figures were derived from key figures

    std::vector<std::string> indicator_names;  ///< tracked_indicators()
    std::vector<Summary> indicators;           ///< actuals + projection
    std::vector<Direction> directions;
    std::vector<TrackedTarget> targets;
    std::vector<std::string> untracked_targets;  ///< targets on indicators the actuals cannot give
    std::optional<double> p_all_targets_met;     ///< all tracked targets in the same replication
    std::optional<double> plan_p_all_targets_met;
    Conditioning conditioning;
    std::vector<MonthCheck> early_warning;   ///< one per observed month
    /// The months left; integrations_cum counts from the year's first month in each
    /// replication (actuals + projection), so December's is the year's total.
    std::vector<MonthlyResult> projection;
    /// A plan of several calendar years: each of them (the first is the tracked year,
    /// actuals + projection, the same figures as above), then the whole horizon, all from
    /// the same replications; empty for a plan of one calendar year.
    std::vector<TrackedPeriod> periods;
    double person_months = 0;
};

/// The plan's replications 0 .. tallies' count - 1 with `seed`, simulated over the horizon.
struct PlanPilot {
    std::uint32_t seed = 1;
    std::uint64_t replications = 0;
    std::vector<double> tallies;  ///< tally_layout wide, back to back
};

PlanPilot run_plan_pilot(const Model& plan, std::uint32_t seed, std::uint64_t replications, const RunControl& control);

struct TrackOptions {
    std::uint64_t replications = 1000;
    std::uint32_t seed = 1;
    RunControl control;  ///< progress counts pilot_replications + replications
    /// A pilot run beforehand (a backtest shares one across many tracked years); empty:
    /// the plan's first pilot_replications(replications) with `seed`.
    const PlanPilot* pilot = nullptr;
};

/// The plan's replications tracking runs first (a third, at least 50 or all): the price
/// of learning is kept at a third of a run, which bounds track at 1.33 x a run plus the
/// moves. The early warning and the plan's P(target met) come from them.
std::uint64_t pilot_replications(std::uint64_t replications);

/// @param plan    the plan's model (the unmodified scenario, over its whole horizon)
/// @param actuals checked by monthly_actuals_from_table (1 .. plan.months months)
TrackResult track_targets(const Model& plan, const MonthlyActuals& actuals, const TrackOptions& options);

}  // namespace intsim
