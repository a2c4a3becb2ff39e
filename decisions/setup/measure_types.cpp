#include "decisions/setup/measure_types.hpp"

#include <stdexcept>

namespace intsim {

namespace {

// The defaults of each type follow the Lahn-Dill programme (scenarios/lahn-dill-2021.json)
// and the usual design of the instrument; the effect is the catalogue's, not here.
const std::vector<MeasureType>& types() {
    static const std::vector<MeasureType> table = {
        {"activation_classroom",
         "activation and placement with a provider (§ 45 SGB III: activation centres, classroom courses)", 6, true,
         false, true, false, "", "egt", "6 months, left early at a constant rate: the usual length of a § 45 course"},
        {"activation_in_company", "in-company activation (betriebliche Trainingsmaßnahme, § 45 SGB III)", 3, false,
         false, true, false, "", "egt", "3 months: the usual length of an in-company trial placement"},
        {"application_training", "application training and entry measures at application", 3, true, false, true, false,
         "", "egt", "3 months, left early at a constant rate: a short course"},
        {"further_training", "further vocational training (FbW) under a year", 8, false, false, true, false, "25+", "egt",
         "8 months, for those 25 and over: the usual course of under a year"},
        {"retraining", "retraining to a vocational qualification (Umschulung)", 24, false, false, true, false, "25+",
         "egt", "24 months (a shortened apprenticeship), for those 25 and over"},
        {"wage_subsidy", "wage subsidies (EGZ, § 16 SGB II with § 88 SGB III)", 0, false, true, true, true, "", "egt",
         "the subsidised hire is an integration and ends the benefit"},
        {"integration_long_term_unemployed", "§ 16e SGB II (integration of the long-term unemployed)", 24, false, true,
         true, true, "ltr", "egt", "24 months of subsidy for LZB; the hire is an integration and ends the benefit"},
        {"participation_16i", "§ 16i SGB II (participation in the labour market)", 24, false, true, false, false,
         "months:24", "egt",
         "24 months for those in benefit 24 of the last 24 months (a simplification of the six of seven years the law "
         "asks); since 2019 a start is not a K2 integration"},
        {"work_opportunities", "work opportunities (AGH, § 16d SGB II)", 6, true, false, true, false, "", "egt",
         "6 months, left early at a constant rate"},
        {"individual_support", "individual support (placement budget, § 16f, Einstiegsgeld)", 1, false, false, true,
         false, "", "egt", "one month: a payment, not a course"},
        {"youth_preparation", "training and preparation for under 25 (BaE, EQ, production schools)", 12, true, false,
         true, false, "u25", "egt", "12 months, left early at a constant rate, for those under 25"},
        {"language_courses", "integration and job-related German courses (BAMF)", 6, true, false, true, false, "",
         "third_party", "6 months, left early at a constant rate; paid by the BAMF"},
        {"coaching_placement", "job-oriented coaching of groups with a labour-market prospect", 6, true, false, true,
         false, "", "egt", "6 months, left early at a constant rate"},
        {"coaching_stabilisation", "coaching that first stabilises (health, addiction, hard-to-reach young people)", 6,
         true, false, true, false, "", "egt", "6 months, left early at a constant rate"},
        {kOtherMeasureType, "other measure", 6, true, false, true, false, "", "egt",
         "6 months, left early at a constant rate"},
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
