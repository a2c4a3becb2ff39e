#pragma once
// How long jobs taken up from benefit last, for effects stated on the share employed
// (docs/effects.md section 2): the monthly step has no jobs, but a study's "share in
// regular employment at month t" counts only jobs still held then.
#include <vector>

namespace intsim {

/// A stated point: `share` of jobs are still held `months` after the month they began.
struct JobPoint {
    int months = 0;
    double share = 1;
};

/// IAB-Kurzbericht 2/2018 (Bruckmeier, Hohmeyer), as summarised by the IAB: of the jobs
/// unemployed ALG II recipients took up, almost half lasted less than six months and two
/// fifths at least twelve (docs/evidence/measure-effects.md).
inline constexpr JobPoint kDefaultJobLasting[] = {{6, 0.52}, {12, 0.40}};
/// After the last point: an assumption (separations fall with tenure; no figure was found
/// for jobs of former ALG II recipients held more than a year).
inline constexpr double kDefaultMonthlyLossAfter = 0.01;
inline constexpr const char* kDefaultJobLastingWhy =
    "source: IAB-Kurzbericht 2/2018 (Bruckmeier, Hohmeyer; second-hand): almost half of the jobs taken up by "
    "unemployed ALG II recipients lasted less than six months, two fifths at least twelve; assumption: \"almost "
    "half\" read as 48 %, and a job held a year then ends at 1 % a month (separations fall with tenure; no figure "
    "was found for such jobs beyond a year)";

/// [k] the share of jobs still held k months after the month they began, k = 0..months
/// ([0] = 1): exact at the points, a constant monthly chance of losing the job between
/// them (from 1 at month 0), and `monthly_loss_after` a month after the last one.
std::vector<double> job_lasting_curve(const std::vector<JobPoint>& points, double monthly_loss_after, int months);

}  // namespace intsim
