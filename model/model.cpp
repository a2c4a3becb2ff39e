#include "model/model.hpp"

#include <algorithm>

#include "model/tally.hpp"

namespace intsim {

int Model::level_of(std::uint16_t cell, int attribute) const {
    const auto& a = scenario.attributes[static_cast<std::size_t>(attribute)];
    return (cell / cell_stride[static_cast<std::size_t>(attribute)]) % static_cast<int>(a.levels.size());
}

// Declared in model/tally.hpp, beside the layout; defined here, where the model is known,
// so that the tally (which the monthly rules write) reads nothing of the model.
TallyLayout tally_layout(const Model& model) {
    return {static_cast<std::size_t>(model.months), model.measures.size()};
}

bool eligible_in_spell(const Model& model, std::size_t measure, int cell, int months_in_benefit) {
    const EligibilityMasks& masks = model.eligibility;
    const auto since = static_cast<std::size_t>(std::min(months_in_benefit - 1, kNewCustomerMonthsCap));
    return (masks.by_cell[static_cast<std::size_t>(cell)] &
            masks.by_months_in_benefit[static_cast<std::size_t>(months_in_benefit)] &
            masks.by_months_since_entry[since] & (std::uint64_t{1} << measure)) != 0;
}

}  // namespace intsim
