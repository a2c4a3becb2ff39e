#include "models/carried_start.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "models/model.hpp"
#include "models/warm_up.hpp"

namespace intsim {

namespace {

void check_same_attributes(const Model& plan, const CarriedStart& carried) {
    const Scenario& s = plan.scenario;
    bool same = s.attributes.size() == carried.attribute_names.size();
    for (std::size_t a = 0; same && a < s.attributes.size(); ++a)
        same = s.attributes[a].name == carried.attribute_names[a] && s.attributes[a].levels == carried.attribute_levels[a];
    if (!same)
        throw InputError(s.origin, "/continues",
                         fmt::format("expected a base year with this scenario's attributes and levels, in the same "
                                     "order: {} has other ones, so its persons cannot be carried over",
                                     carried.base_file));
}

}  // namespace

StartStrata carried_strata(const Model& plan, const CarriedStart& carried) {
    check_same_attributes(plan, carried);
    const Scenario& s = plan.scenario;
    const PersonColumns& persons = carried.stock;
    const double weight = carried.runs > 0 ? 1.0 / carried.runs : 0.0;

    // The plan's measure for each of the base year's (-1: the plan has none of that id).
    std::vector<int> measure_of(carried.measure_ids.size(), -1);
    for (std::size_t k = 0; k < carried.measure_ids.size(); ++k)
        for (std::size_t j = 0; j < plan.measures.size(); ++j)
            if (plan.measures[j].spec.id == carried.measure_ids[k]) measure_of[k] = static_cast<int>(j);

    // Fit to the stated start: eLb and LZB; the cell shares where the plan states its own.
    const auto cells = static_cast<std::size_t>(plan.cell_count);
    const auto is_ltr = [&](std::size_t i) { return months_in(persons.history[i]) >= kLtrMinMonths; };
    std::vector<double> ltr(cells, 0.0), others(cells, 0.0), cell_total(cells, 0.0);
    double carried_total = 0;
    for (std::size_t i = 0; i < persons.size(); ++i) {
        (is_ltr(i) ? ltr : others)[persons.cell[i]] += weight;
        carried_total += weight;
    }
    const double stock = static_cast<double>(s.start_elb);
    const bool own_shares = plan.stock_cell_share != carried.stock_cell_share;
    for (std::size_t c = 0; c < cells; ++c)
        cell_total[c] = own_shares ? stock * plan.stock_cell_share[c]
                                   : carried_total > 0 ? stock * (ltr[c] + others[c]) / carried_total : 0.0;
    const CellFactors factor = fit_to_stated(ltr, others, cell_total, stock * s.start_ltr_share);

    StartStrata strata;
    for (const bool ltr_pass : {true, false})
        for (std::size_t i = 0; i < persons.size(); ++i) {
            if (is_ltr(i) != ltr_pass) continue;
            const std::uint16_t cell = persons.cell[i];
            const double expected = weight * (ltr_pass ? factor.ltr : factor.others)[cell];
            if (!(expected > 0)) continue;
            const std::uint32_t history = persons.history[i];
            Stratum st{cell, static_cast<std::uint8_t>(months_in(history)), expected};
            st.flat_months = static_cast<std::uint8_t>(flat_months_of(history));
            st.history = history;
            st.month_stamp = persons.month_stamp[i];
            if (persons.measure[i] != 0 && measure_of[persons.measure[i] - 1u] >= 0) {
                st.measure = static_cast<std::uint8_t>(measure_of[persons.measure[i] - 1u] + 1);
                st.measure_left = persons.measure_left[i];
                st.effect_month = persons.effect_month[i];
            } else if (persons.post_measure[i] != 0 && measure_of[persons.post_measure[i] - 1u] >= 0) {
                st.post_measure = static_cast<std::uint8_t>(measure_of[persons.post_measure[i] - 1u] + 1);
                st.effect_month = persons.effect_month[i];
            }
            strata.stock.push_back(st);
        }
    // Leavers who come back: as many more or fewer as the stock (exits grow with it).
    const double returner_weight = carried_total > 0 ? weight * stock / carried_total : 0.0;
    const PersonColumns& back = carried.returners;
    if (returner_weight > 0)
        for (std::size_t i = 0; i < back.size(); ++i)
            strata.pool.push_back({back.cell[i], back.history[i], 0, returner_weight, 0.0, back.month_stamp[i]});
    return strata;
}

}  // namespace intsim
