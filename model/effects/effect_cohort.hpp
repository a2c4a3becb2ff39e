#pragma once
// The persons a measure's effect is measured on, the way evaluation studies measure it:
// the measure's eligible part of the start stock (the whole stock when nobody is eligible
// at the start), lumped into states of equal hazards (hazard class x months in benefit,
// where later months no longer change the hazards). outcome_chain.hpp follows them with
// and without the measure.
#include <cstddef>
#include <map>
#include <utility>

namespace intsim {

struct Model;
struct HazardLayout;

/// From this many months in benefit on (1..24), further months no longer change a
/// person's hazards.
int months_where_hazards_settle(const HazardLayout& layout);

/// The cohort of measure `measure` by (hazard class, months in benefit capped where the
/// hazards settle), as the expected model starts the stock; `whole_stock` is set when
/// nobody is eligible at the start and the whole stock stands in. Not normalised.
std::map<std::pair<int, int>, double> cohort_start_mass(const Model& model, std::size_t measure, bool& whole_stock);

}  // namespace intsim
