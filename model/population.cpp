#include "model/population.hpp"

#include <algorithm>
#include <cmath>

#include "engine/statistics.hpp"

#include "model/model.hpp"

namespace intsim {

std::vector<Stratum> start_strata(const Model& model) {
    const Scenario& s = model.scenario;
    const double stock = static_cast<double>(s.start_elb);
    std::vector<Stratum> strata;
    for (int c = 0; c < model.cell_count; ++c)
        strata.push_back({static_cast<std::uint16_t>(c), static_cast<std::uint8_t>(kHistoryMonths),
                          stock * model.stock_cell_share[static_cast<std::size_t>(c)] * s.start_ltr_share});
    for (std::size_t d = 0; d < s.non_ltr_spell_share.size(); ++d)
        for (int c = 0; c < model.cell_count; ++c)
            strata.push_back({static_cast<std::uint16_t>(c), static_cast<std::uint8_t>(d + 1),
                              stock * model.stock_cell_share[static_cast<std::size_t>(c)] *
                                  (1.0 - s.start_ltr_share) * s.non_ltr_spell_share[d]});
    // Rescale so that the expected counts add up to the stock exactly, whatever the
    // rounding of the input shares.
    CompensatedSum total;
    for (const auto& stratum : strata) total.add(stratum.expected);
    if (total.value() > 0)
        for (auto& stratum : strata) stratum.expected *= stock / total.value();
    std::vector<double> expected;
    for (const auto& stratum : strata) expected.push_back(stratum.expected);
    const std::vector<double> cumulative = cumulative_expected(expected);
    for (std::size_t k = 0; k < strata.size(); ++k) strata[k].cumulative = cumulative[k];
    return strata;
}

std::vector<double> cumulative_expected(const std::vector<double>& expected) {
    std::vector<double> cumulative(expected.size());
    CompensatedSum sum;
    double previous = 0.0;
    for (std::size_t k = 0; k < expected.size(); ++k) {
        sum.add(expected[k]);
        previous = cumulative[k] = std::max(previous, sum.value());
    }
    if (cumulative.empty()) return cumulative;
    const double whole = std::nearbyint(cumulative.back());
    if (std::fabs(cumulative.back() - whole) > 1e-6 * std::max(1.0, whole)) return cumulative;
    std::size_t last = expected.size();
    while (last > 0 && !(expected[last - 1] > 0.0)) --last;
    for (std::size_t k = 0; k < cumulative.size(); ++k)
        cumulative[k] = k + 1 >= last ? whole : std::min(cumulative[k], whole);
    return cumulative;
}

namespace {

// floor(C + u), computed as floor(C) + floor(frac(C) + u): C + u itself can round up
// to the next whole number when C is large (3.9 million + 0.99999999988 does), which
// would add a person; frac(C) is exact, and frac(C) + u rounds only within 1e-16 of 1.
std::int64_t persons_up_to(double cumulative, double offset) {
    const double whole = std::floor(cumulative);
    return static_cast<std::int64_t>(whole) + static_cast<std::int64_t>(std::floor((cumulative - whole) + offset));
}

}  // namespace

std::vector<std::int64_t> systematic_counts(const std::vector<double>& expected, double offset) {
    const std::vector<double> cumulative = cumulative_expected(expected);
    std::vector<std::int64_t> counts(expected.size());
    std::int64_t before = static_cast<std::int64_t>(std::floor(offset));
    for (std::size_t k = 0; k < expected.size(); ++k) {
        const std::int64_t upto = persons_up_to(cumulative[k], offset);
        counts[k] = upto - before;
        before = upto;
    }
    return counts;
}

void fill_start_population(const Model& model, double offset, PersonColumns& persons) {
    persons.clear();
    std::uint32_t uid = 0;
    std::int64_t before = static_cast<std::int64_t>(std::floor(offset));
    for (const Stratum& stratum : model.start_strata) {
        // The same arithmetic as systematic_counts(), without a vector per replication.
        const std::int64_t upto = persons_up_to(stratum.cumulative, offset);
        for (std::int64_t n = before; n < upto; ++n) {
            persons.uid.push_back(uid++);
            persons.history.push_back(spell_history(stratum.months_in_benefit));
            persons.cell.push_back(stratum.cell);
            persons.month_stamp.push_back(static_cast<std::int16_t>(-static_cast<int>(stratum.months_in_benefit)));
            persons.measure.push_back(0);
            persons.measure_left.push_back(0);
            persons.post_measure.push_back(0);
            persons.effect_month.push_back(0);
        }
        before = upto;
    }
}

}  // namespace intsim
