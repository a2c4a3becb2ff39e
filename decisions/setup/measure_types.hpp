#pragma once
// Kinds of measures a controller names in the programme table, each with the defaults
// intsim uses for what the table leaves out: duration, whether an entry is an
// integration, who may enter, who pays. A type's name is the name of its entry in the
// effects catalogue (scenarios/effects/catalogue.json), which states the type's effect
// with its source; only "other" has no entry (no effect, an assumption).
#include <string>
#include <string_view>
#include <vector>

namespace intsim {

struct MeasureType {
    std::string_view name;          ///< also the effects catalogue's entry, except "other"
    std::string_view description;
    double duration_months;         ///< 0: none (an entry that is a hire needs none)
    bool geometric;                 ///< duration geometric (courses people leave early) or fixed
    bool integration_on_entry, counts_as_integration, leaves_benefit;
    std::string_view eligible;      ///< default eligibility expression ("" = anyone)
    std::string_view funded_by;     ///< "egt" or "third_party"
    std::string_view defaults_text; ///< why these defaults (duration, eligibility): an assumption
};

const std::vector<std::string>& measure_type_names();

/// @throw std::out_of_range for an unknown name (the key-figure reader checks names first)
const MeasureType& measure_type(const std::string& name);

/// The type without an entry in the effects catalogue: no effect unless the row gives one.
inline constexpr std::string_view kOtherMeasureType = "other";

}  // namespace intsim
