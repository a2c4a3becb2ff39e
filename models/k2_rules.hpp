#pragma once
// The BA's counting rules for integrations (key figure K2, § 5 of the regulation on key
// figures under § 48a SGB II) as the monthly model applies them. An integration is the
// taking-up of employment subject to social insurance, of fully qualifying vocational
// training or of self-employment in a month, also when a wage subsidy, § 16e or
// Einstiegsgeld supports it; publicly subsidised employment (§ 16i) is none; at most one
// integration is counted per person and month. The Monte Carlo step and the
// expected-value model both take the rules from here.
#include "models/scenario.hpp"

namespace intsim {

/// Whether the participants of a measure hold employment that K2 has already counted:
/// entering it was their integration (wage subsidies, § 16e, Einstiegsgeld).
inline bool holds_counted_employment(const MeasureSpec& measure) {
    return measure.integration_on_entry && measure.counts_as_integration;
}

/// Factor on the integration hazard while a person takes part in `measure`. A person in
/// counted employment is integrated already: a further integration by hazard would count
/// the same job twice (twice in the month of entry, against the one-per-month rule) and
/// would end a subsidised job of up to 24 months as if it were a placement. So while the
/// subsidy lasts the person does not integrate again; other exits go on (the exit
/// factor), and integrations after it ends count as usual (the after-effect). In § 16i
/// employment, which K2 does not count, taking up a regular job is an integration and
/// ends the participation, damped by the measure's lock-in.
inline double integration_factor_while_participating(const MeasureSpec& measure) {
    return holds_counted_employment(measure) ? 0.0 : measure.lock_in;
}

}  // namespace intsim
