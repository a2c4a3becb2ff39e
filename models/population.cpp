#include "models/population.hpp"

#include <cmath>

#include "models/model.hpp"

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
    double total = 0;
    for (const auto& stratum : strata) total += stratum.expected;
    if (total > 0)
        for (auto& stratum : strata) stratum.expected *= stock / total;
    return strata;
}

std::vector<std::int64_t> systematic_counts(const std::vector<double>& expected, double offset) {
    std::vector<std::int64_t> counts(expected.size());
    double cumulative = 0;
    std::int64_t before = 0;
    for (std::size_t k = 0; k < expected.size(); ++k) {
        cumulative += expected[k];
        // The guard keeps a total that should be whole from losing a person to rounding.
        const auto upto = static_cast<std::int64_t>(std::floor(cumulative + offset + 1e-9));
        counts[k] = upto - before;
        before = upto;
    }
    return counts;
}

void fill_start_population(const Model& model, double offset, PersonColumns& persons) {
    persons.clear();
    std::uint32_t uid = 0;
    double cumulative = 0;
    std::int64_t before = 0;
    for (const Stratum& stratum : model.start_strata) {
        // The same arithmetic as systematic_counts(), without a vector per replication.
        cumulative += stratum.expected;
        const auto upto = static_cast<std::int64_t>(std::floor(cumulative + offset + 1e-9));
        for (std::int64_t n = before; n < upto; ++n) {
            persons.uid.push_back(uid++);
            persons.history.push_back(spell_history(stratum.months_in_benefit));
            persons.cell.push_back(stratum.cell);
            persons.month_stamp.push_back(static_cast<std::int16_t>(-static_cast<int>(stratum.months_in_benefit)));
            persons.measure.push_back(0);
            persons.measure_left.push_back(0);
            persons.post_measure.push_back(0);
            persons.post_left.push_back(0);
        }
        before = upto;
    }
}

}  // namespace intsim
