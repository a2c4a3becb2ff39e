#pragma once
// The documented defaults for what a jobcenter does not know about itself, each with its
// source in national figures (the evidence sheet, docs/own-jobcenter.md) or marked as an
// assumption. One place: parse_scenario() fills a missing `uncertainty` from here, the
// set-up of a new jobcenter (decisions/setup) writes these values with their texts into its
// scenarios, and calibration centres its prior on them.
#include <string>
#include <string_view>
#include <vector>

namespace intsim {

/// A default value and why it is what it is.
struct DocumentedValue {
    double value;
    std::string_view text;  ///< the citation, or the assumption in words
    bool assumption;        ///< true: no figure was found, `text` says what was assumed
};

/// Log-scale spreads of the per-replication factors (scenario `uncertainty`).
struct DefaultSpreads {
    DocumentedValue integration, exit, inflow, measure_effect;
};
const DefaultSpreads& default_spreads();

/// Flows every jobcenter has about alike.
struct DefaultFlows {
    DocumentedValue stays_in_benefit_share;  ///< integrations that stay in benefit (top-up earners)
    DocumentedValue reentry_within_months;
    DocumentedValue reentry_monthly_rate;
    DocumentedValue exit_base;               ///< monthly other-exit hazard of the reference person
    DocumentedValue exit_base_log_sd;        ///< its uncertainty (prior of the calibration)
    DocumentedValue exit_ltr;                ///< other-exit factor of LZB
    DocumentedValue national_k2_rate;        ///< integrations per year / average eLb, percent
    DocumentedValue national_ltr_integration_rate;  ///< K3E1: LZB integrations / LZB stock, percent
    DocumentedValue national_ltr_share;      ///< the LZB share that goes with those two rates
};
const DefaultFlows& default_flows();

/// Monthly probability that an LZB leaves benefit, from national figures: the K3E1 rate
/// spread over the months, times the share of integrations that end benefit, plus the
/// LZB's other exits (default exit base times default LZB factor).
double national_ltr_leaving_probability();

/// The default current-spell profile of the non-LZB at the start, shares of spells of
/// 1..20 months (sums to 1), for a stock whose LZB share is `ltr_share`: the stationary
/// profile of a constant inflow in which a non-LZB stays another month with probability
/// c and an LZB leaves with national_ltr_leaving_probability(); c is the value for which
/// that stock has the given LZB share. A share above what any c gives (a stock that grew
/// its LZB while its inflow fell) gets the flat profile c = 1.
struct SpellProfile {
    std::vector<double> shares;  ///< [months - 1]
    double continuation = 1.0;   ///< c
    bool flat_limit = false;     ///< the LZB share was beyond the stationary range
};
SpellProfile default_spell_profile(double ltr_share);

/// How `profile` was derived, in words, for the scenario's `assumption` strings.
std::string spell_profile_reason(const SpellProfile& profile);

}  // namespace intsim
