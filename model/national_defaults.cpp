#include "model/national_defaults.hpp"

#include <cmath>

#include <fmt/format.h>

namespace intsim {

const DefaultSpreads& default_spreads() {
    static const DefaultSpreads spreads{
        {0.067,
         "sd of the year-on-year change of log K2, Germany 2011-2016 and 2020-2025 (27.4, 25.4, 24.3, 24.6, 25.5, "
         "24.6 %; 20.6, 23.6 %; 19.8, 21.0, 21.6 %): 0.067 (BIAJ; Bundestag document 21/3728, second-hand)",
         false},
        {0.05, "no national series of other exits was found: the integration level's spread, rounded down", true},
        {0.08, "no national series of SGB II inflows was found: a little more than the integration level's spread", true},
        {0.24,
         "the wage subsidy's reported effect, +22 to +48 percentage points (IAB/ZEW/IAT Hartz evaluation, "
         "second-hand), read as a 90 % range: ln(48 / 22) / (2 x 1.645) = 0.24",
         false},
    };
    return spreads;
}

const DefaultFlows& default_flows() {
    static const DefaultFlows flows{
        {0.563, "BA, January 2019: 43.7 % of integrations had ended benefit receipt three months later", false},
        {3, "federal government answer (second-hand): 25.4 % of the 2.47 million exits of 2018 were back within 3 "
            "months; no 12-month figure was found, so later returns are not modelled",
         false},
        {0.093, "1 - (1 - 0.093)^3 = 25.4 % of leavers back within 3 months (federal government answer on 2018, "
                "second-hand)",
         false},
        {0.0275,
         "monthly exit rates (all reasons) of 1.4 % to 5.4 % by district (Lower Saxony social reporting): their "
         "geometric middle, taken for the other exits of the reference person",
         false},
        {0.41, "the district range 1.4 % to 5.4 % (Lower Saxony social reporting) read as a 90 % range: "
               "ln(5.4 / 1.4) / (2 x 1.645)",
         false},
        {0.3, "LZB leave for reasons other than work at about a third of the others' rate (no national figure found)",
         true},
        {24.6, "K2 integration rate, Germany 2014: 24.6 % (BIAJ)", false},
        {16.4, "integration rate of LZB (K3E1), Germany 2014: 16.4 % (BIAJ)", false},
        {0.6, "an LZB share of 60 % beside the 2014 rates (no national figure in the evidence sheet)", true},
    };
    return flows;
}

double national_ltr_leaving_probability() {
    const DefaultFlows& f = default_flows();
    const double integration = f.national_ltr_integration_rate.value / 100.0 / 12.0 * (1.0 - f.stays_in_benefit_share.value);
    const double other = f.exit_base.value * f.exit_ltr.value;
    return -std::expm1(-(integration + other));
}

namespace {

constexpr int kNonLtrMonths = 20;

// The LZB share of the stationary stock for continuation c (increasing in c).
double stationary_ltr_share(double c, double ltr_leaving) {
    double non_ltr = 0, weight = 1;
    for (int d = 1; d <= kNonLtrMonths; ++d, weight *= c) non_ltr += weight;
    const double ltr = weight / ltr_leaving;  // weight is c^20 here
    return ltr / (ltr + non_ltr);
}

}  // namespace

SpellProfile default_spell_profile(double ltr_share) {
    const double leaving = national_ltr_leaving_probability();
    SpellProfile profile;
    if (ltr_share >= stationary_ltr_share(1.0, leaving)) {
        profile.flat_limit = true;
        profile.continuation = 1.0;
    } else if (ltr_share <= 0.0) {
        profile.continuation = 0.0;
    } else {
        double lo = 0.0, hi = 1.0;
        for (int i = 0; i < 100; ++i) {
            const double mid = 0.5 * (lo + hi);
            (stationary_ltr_share(mid, leaving) < ltr_share ? lo : hi) = mid;
        }
        profile.continuation = 0.5 * (lo + hi);
    }
    double total = 0, weight = 1;
    for (int d = 1; d <= kNonLtrMonths; ++d, weight *= profile.continuation) {
        profile.shares.push_back(weight);
        total += weight;
    }
    for (double& share : profile.shares) share /= total;
    return profile;
}

std::string spell_profile_reason(const SpellProfile& profile) {
    const DefaultFlows& f = default_flows();
    std::string text = fmt::format(
        "derived from the LZB share: the stationary spell profile of a constant inflow in which a non-LZB stays "
        "another month with probability {:.3f} (c^(d-1) for a spell of d months), where c is what makes the LZB "
        "share of that stock the scenario's, with LZB leaving at {:.2f} % a month (K3E1 {} % a year x {} % of "
        "integrations ending benefit, plus other exits {} x {}; national figures, docs/own-jobcenter.md)",
        profile.continuation, 100 * national_ltr_leaving_probability(), f.national_ltr_integration_rate.value,
        100 * (1 - f.stays_in_benefit_share.value), f.exit_base.value, f.exit_ltr.value);
    if (profile.flat_limit)
        text += "; the LZB share is above what a stationary stock holds, so the profile is flat (c = 1)";
    return text;
}

}  // namespace intsim
