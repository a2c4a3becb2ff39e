#include "model/job_lasting.hpp"

#include <cmath>
#include <cstddef>

namespace intsim {

std::vector<double> job_lasting_curve(const std::vector<JobPoint>& points, double monthly_loss_after, int months) {
    std::vector<double> lasting(static_cast<std::size_t>(months) + 1, 1.0);
    JobPoint from{0, 1.0};
    std::size_t next = 0;
    for (int k = 1; k <= months; ++k) {
        double monthly = 1.0 - monthly_loss_after;  // the share of jobs that go on from one month to the next
        if (next < points.size()) {
            const JobPoint& to = points[next];
            monthly = std::pow(to.share / from.share, 1.0 / (to.months - from.months));
        }
        lasting[static_cast<std::size_t>(k)] = lasting[static_cast<std::size_t>(k - 1)] * monthly;
        if (next < points.size() && k == points[next].months) {
            lasting[static_cast<std::size_t>(k)] = points[next].share;  // exact at the points
            from = points[next++];
        }
    }
    return lasting;
}

}  // namespace intsim
