#include "model/effects/effect_cohort.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "model/model.hpp"
#include "model/monthly_rules.hpp"

namespace intsim {

// From this many months in benefit on, further months no longer change a person's
// hazards (its months-in-benefit group stays that of 24 months): such persons share a
// state whatever their months.
int months_where_hazards_settle(const HazardLayout& layout) {
    int settled = kHistoryMonths;
    while (settled > 1 && layout.group_of_months[static_cast<std::size_t>(settled - 1)] ==
                              layout.group_of_months[kHistoryMonths])
        --settled;
    return settled;
}

namespace {

// Mass of the start stock by (hazard class, months in benefit), as the expected model
// starts it, restricted to the measure's eligible persons unless `everyone`.
std::map<std::pair<int, int>, double> start_mass(const Model& model, std::size_t measure, bool everyone) {
    const int settled = months_where_hazards_settle(model.hazards);
    std::map<std::pair<int, int>, double> mass;
    for (const Stratum& stratum : model.start_strata) {
        const int months = std::min(stratum.months_in_benefit + 1, kHistoryMonths);
        if (!everyone && !eligible_in_spell(model, measure, stratum.cell, months)) continue;
        const int hazard_class = model.hazards.class_of_cell[stratum.cell];
        mass[{hazard_class, std::min(months, settled)}] += stratum.expected;
    }
    return mass;
}

}  // namespace

std::map<std::pair<int, int>, double> cohort_start_mass(const Model& model, std::size_t measure, bool& whole_stock) {
    auto mass = start_mass(model, measure, false);
    double total = 0;
    for (const auto& [state, m] : mass) total += m;
    whole_stock = !(total > 0);
    if (whole_stock) mass = start_mass(model, measure, true);
    return mass;
}

}  // namespace intsim
