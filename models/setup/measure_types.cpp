#include "models/setup/measure_types.hpp"

#include <stdexcept>

namespace intsim {

namespace {

// Effects as hazard factors: the studies report percentage points of employment months
// or years after entry; how much of that a one-year horizon sees depends on the lock-in
// and on when the effect arrives, so the factors are assumptions of the reported order
// and sign, and say so. Sources: the evidence sheet (docs/own-jobcenter.md).
const std::vector<MeasureType>& types() {
    static const std::vector<MeasureType> table = {
        {"activation", "activation and placement (§ 45 SGB III: activation centres, classroom training, coaching "
                       "providers)",
         6, true, 0.85, 1.15, 12, 1.0, false, true, false, "", "egt",
         "IAB 2009 (second-hand): classroom training up to +4 pp, in-company training up to +21 pp at 28 months for "
         "benefit recipients, application training none; lock-in 0.85 and after-effect 1.15 for 12 months are an "
         "assumption of that order",
         true},
        {"in_company", "in-company training (betriebliche Trainingsmaßnahme)", 3, false, 0.9, 1.5, 12, 1.0, false, true,
         false, "", "egt",
         "IAB 2009 (second-hand): in-company training up to +21 pp at 28 months; the factors are an assumption of that "
         "order",
         true},
        {"training", "further vocational training (FbW)", 8, false, 0.5, 1.5, 24, 1.0, false, true, false, "", "egt",
         "IAB (second-hand): +19 pp for women, +12 pp for men at 4 years; after the lock-in +3 to +14 pp (Bernhard, "
         "second-hand); lock-in 0.5 and after-effect 1.5 for 24 months are an assumption of that order",
         true},
        {"wage_subsidy", "wage subsidies (EGZ, § 16 SGB II with § 88 SGB III)", 6, false, 1.0, 1.0, 0, 1.0, true, true,
         true, "", "egt",
         "IAB-Kurzbericht 12/2008 (second-hand): about 70 % against under 30 % in regular jobs at 20 months (+40 pp); "
         "a subsidised hire counts as an integration at entry and ends the benefit",
         false},
        {"employment_16e", "§ 16e SGB II (integration of the long-term unemployed)", 24, false, 1.0, 1.0, 0, 1.0, true,
         true, true, "ltr", "egt",
         "IAB press release June 2024 (second-hand): 53 % in regular jobs 14 months after the subsidy, about +33 pp; "
         "an entry counts as an integration and ends the benefit",
         false},
        {"employment_16i", "§ 16i SGB II (participation in the labour market)", 24, false, 0.3, 1.0, 0, 0.5, true, false,
         false, "months:24", "egt",
         "IAB-Forum March 2023: positive short-run effect on employment, no pp figure; since 2019 an entry is not a K2 "
         "integration; lock-in 0.3 and other-exit factor 0.5 while in it are assumptions",
         true},
        {"work_opportunity", "work opportunities (AGH, § 16d SGB II)", 6, true, 0.85, 1.0, 0, 1.0, false, true, false, "",
         "egt",
         "Harrer, Stockinger, Journal of Social Policy 2021: -0.5 to -2.5 pp at 3 years after the 2012 reform, so no "
         "after-effect; the lock-in 0.85 is an assumption",
         true},
        {"individual_support", "individual support (placement budget, § 16f, Einstiegsgeld)", 1, false, 1.0, 1.2, 3, 1.0,
         false, true, false, "", "egt",
         "Wolff, Nivorozhkin, IAB-DP 20/2008: Einstiegsgeld reduces benefit receipt considerably, no pp figure; "
         "after-effect 1.2 for 3 months is an assumption",
         true},
        {"youth", "training and preparation for under 25 (BaE, EQ, production schools)", 12, true, 0.5, 1.4, 12, 1.0,
         false, true, false, "u25", "egt",
         "Card, Kluve, Weber, JEEA 2018: programmes that build human capital pay off 2-3 years after; lock-in 0.5 and "
         "after-effect 1.4 for 12 months are an assumption",
         true},
        {"language_course", "integration and job-related German courses (BAMF)", 6, true, 0.6, 1.2, 6, 1.0, false, true,
         false, "", "third_party", "no effect size found; lock-in 0.6 and after-effect 1.2 for 6 months are an assumption",
         true},
        {"coaching", "coaching", 6, true, 0.95, 1.1, 6, 1.0, false, true, false, "", "egt",
         "no effect size found (evidence sheet); a small after-effect 1.1 for 6 months is an assumption", true},
        {"other", "other measure", 6, true, 1.0, 1.0, 0, 1.0, false, true, false, "", "egt",
         "no effect assumed: give lock_in, post and post_months when you know them", true},
    };
    return table;
}

}  // namespace

const std::vector<std::string>& measure_type_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& t : types()) out.emplace_back(t.name);
        return out;
    }();
    return names;
}

const MeasureType& measure_type(const std::string& name) {
    for (const auto& t : types())
        if (t.name == name) return t;
    throw std::out_of_range("no measure type " + name);
}

}  // namespace intsim
