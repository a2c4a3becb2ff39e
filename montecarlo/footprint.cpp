#include "montecarlo/footprint.hpp"

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "engine/machine.hpp"

namespace intsim {

std::uint64_t replication_bytes_upper_bound(const Model& model) {
    const Scenario& s = model.scenario;
    double persons = static_cast<double>(s.start_elb);
    for (int m = 0; m < model.months; ++m)
        persons += s.inflow_monthly_mean * s.inflow_season[static_cast<std::size_t>(model.calendar_month[static_cast<std::size_t>(m)])];
    return static_cast<std::uint64_t>(persons) * kWorkspaceBytesPerPerson;
}

void check_fits_in_memory(const std::string& file, const Model& model, std::uint64_t workers) {
    const auto memory = physical_memory_bytes();
    if (!memory) return;  // unknown: let it run
    const double machine = static_cast<double>(*memory);
    const double one = static_cast<double>(replication_bytes_upper_bound(model));
    if (one * static_cast<double>(workers) <= machine) return;
    constexpr double gib = 1024.0 * 1024.0 * 1024.0;
    throw InputError(file, "/population/elb",
                     fmt::format("a replication may need up to {:.1f} GiB ({:.0f} persons over the horizon), "
                                 "{:.1f} GiB for {} replications at a time, more than the {:.1f} GiB of this machine: {}",
                                 one / gib, one / static_cast<double>(kWorkspaceBytesPerPerson),
                                 one * static_cast<double>(workers) / gib, workers, machine / gib,
                                 workers > 1 && one <= machine ? "run fewer --threads"
                                                               : "lower the stock or the inflow"));
}

}  // namespace intsim
