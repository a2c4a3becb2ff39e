#include "model/tally.hpp"

#include "model/model.hpp"

namespace intsim {

TallyLayout tally_layout(const Model& model) {
    return {static_cast<std::size_t>(model.months), model.measures.size()};
}

}  // namespace intsim
