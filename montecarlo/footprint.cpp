#include "montecarlo/footprint.hpp"

namespace intsim {

std::uint64_t replication_bytes_upper_bound(const Model& model) {
    const Scenario& s = model.scenario;
    double persons = static_cast<double>(s.start_elb);
    for (int m = 0; m < model.months; ++m)
        persons += s.inflow_monthly_mean * s.inflow_season[static_cast<std::size_t>(model.calendar_month[static_cast<std::size_t>(m)])];
    return static_cast<std::uint64_t>(persons) * kWorkspaceBytesPerPerson;
}

}  // namespace intsim
