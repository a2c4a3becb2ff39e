#pragma once
// Kinds of measures a controller names in the programme table, each with the defaults
// intsim uses for what the table leaves out: duration, lock-in and after-effect, whether
// an entry is an integration, who may enter, who pays — each with its source in the
// evidence on SGB II measures (docs/own-jobcenter.md) or marked as an assumption.
#include <string>
#include <string_view>
#include <vector>

namespace intsim {

struct MeasureType {
    std::string_view name;
    std::string_view description;
    double duration_months;
    bool geometric;                 ///< duration geometric (courses people leave early) or fixed
    double lock_in, post;           ///< integration-hazard factors while in it and after it
    int post_months;
    double exit_factor;             ///< other-exit factor while in it
    bool integration_on_entry, counts_as_integration, leaves_benefit;
    std::string_view eligible;      ///< default eligibility expression ("" = anyone)
    std::string_view funded_by;     ///< "egt" or "third_party"
    std::string_view effect_text;   ///< source or assumption of the effect
    bool effect_assumption;
};

const std::vector<std::string>& measure_type_names();

/// @throw std::out_of_range for an unknown name (the key-figure reader checks names first)
const MeasureType& measure_type(const std::string& name);

}  // namespace intsim
