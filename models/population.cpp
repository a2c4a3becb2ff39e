#include "models/population.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "models/model.hpp"

namespace intsim {

std::vector<std::int64_t> apportion(std::int64_t total, const std::vector<double>& weights) {
    std::vector<std::int64_t> counts(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (total <= 0 || sum <= 0.0) return counts;
    std::vector<std::pair<double, std::size_t>> remainders;
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = static_cast<double>(total) * weights[i] / sum;
        counts[i] = static_cast<std::int64_t>(std::floor(exact));
        assigned += counts[i];
        remainders.push_back({exact - static_cast<double>(counts[i]), i});
    }
    // Largest remainders first; ties go to the earlier stratum, so the result is exact
    // and deterministic.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; assigned < total && k < remainders.size(); ++k, ++assigned)
        ++counts[remainders[k].second];
    return counts;
}

PersonColumns build_start_population(const Model& model) {
    const Scenario& s = model.scenario;
    // Strata: for each cell, one LZB stratum (24 months in benefit) and one stratum per
    // spell length 1..20 of the non-LZB.
    const std::size_t spells = s.non_ltr_spell_share.size();
    std::vector<double> weights;
    for (int c = 0; c < model.cell_count; ++c) {
        const double cell_share = model.stock_cell_share[static_cast<std::size_t>(c)];
        weights.push_back(cell_share * s.start_ltr_share);
        for (std::size_t d = 0; d < spells; ++d)
            weights.push_back(cell_share * (1.0 - s.start_ltr_share) * s.non_ltr_spell_share[d]);
    }
    const std::vector<std::int64_t> counts = apportion(s.start_elb, weights);

    PersonColumns persons;
    persons.reserve(static_cast<std::size_t>(s.start_elb));
    std::uint32_t uid = 0;
    std::size_t stratum = 0;
    for (int c = 0; c < model.cell_count; ++c) {
        for (std::size_t k = 0; k <= spells; ++k, ++stratum) {
            const int months = k == 0 ? kHistoryMonths : static_cast<int>(k);
            for (std::int64_t n = 0; n < counts[stratum]; ++n) {
                persons.uid.push_back(uid++);
                persons.history.push_back(spell_history(months));
                persons.cell.push_back(static_cast<std::uint16_t>(c));
                persons.month_stamp.push_back(static_cast<std::int16_t>(-months));
                persons.measure.push_back(0);
                persons.measure_left.push_back(0);
                persons.post_measure.push_back(0);
                persons.post_left.push_back(0);
            }
        }
    }
    return persons;
}

}  // namespace intsim
