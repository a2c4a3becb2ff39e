#include "model/column_glossary.hpp"

#include <stdexcept>

namespace intsim {

const std::vector<CsvColumnName>& column_glossary() {
    static const std::vector<CsvColumnName> glossary = {
        // Monthly actuals (intsim track): monthly figures, then the BA's key figures.
        {"month", "Monat"},
        {"elb", "eLb"},
        {"ltr", "LZB"},
        {"integrations", "Integrationen"},
        {"integrations_women", "Integrationen Frauen"},
        {"integrations_single_parents", "Integrationen Alleinerziehende"},
        {"integrations_ltr", "Integrationen LZB"},
        {"integrations_12m", "Integrationen 12 Monate"},
        {"integrations_women_12m", "Integrationen Frauen 12 Monate"},
        {"integrations_single_parents_12m", "Integrationen Alleinerziehende 12 Monate"},
        {"integrations_ltr_12m", "Integrationen LZB 12 Monate"},
        {"elb_avg_12m", "eLb Durchschnitt 12 Monate"},
        {"k2", "K2"},
        // Yearly actuals (intsim calibrate).
        {"indicator", "Indikator"},
        {"value", "Wert"},
        // The measure table of the key figures (intsim init).
        {"id", "ID"},
        {"name", "Name"},
        {"label_de", "Name deutsch"},
        {"type", "Typ"},
        {"capacity", "Kapazität"},
        {"unit", "Einheit"},
        {"duration_months", "Dauer Monate"},
        {"cost", "Kosten"},
        {"cost_unit", "Kostenbasis"},
        {"fixed_cost", "Fixkosten"},
        {"funded_by", "Finanzierung"},
        {"eligible", "Zielgruppe"},
        {"effect", "Wirkung"},
        {"lock_in", "Lock-in"},
        {"post", "Nachwirkung"},
        {"post_months", "Nachwirkung Monate"},
        {"end", "Ende"},
        {"source", "Quelle"},
        // Results (indicators.csv, years.csv, monthly.csv, measures.csv).
        {"mean", "Mittelwert"},
        {"sd", "Standardabweichung"},
        {"mc_se", "MC-Standardfehler"},
        {"p05", "p05"},
        {"p25", "p25"},
        {"p50", "p50"},
        {"p75", "p75"},
        {"p95", "p95"},
        {"min", "Minimum"},
        {"max", "Maximum"},
        {"target", "Ziel"},
        {"direction", "Richtung"},
        {"p_target_met", "P(Ziel erreicht)"},
        {"offer_p80", "Zielangebot p80"},
        {"offer_p90", "Zielangebot p90"},
        {"year", "Jahr"},
        {"partial", "Teiljahr"},
        {"first_month", "erster Monat"},
        {"last_month", "letzter Monat"},
        {"year_p_all_targets_met", "Jahr P(alle Ziele erreicht)"},
        {"year_operative_egt", "Jahr operativer EGT"},
        {"year_operative_egt_carried_forward", "Jahr operativer EGT fortgeschrieben"},
        {"year_p_over_budget", "Jahr P(Budget überschritten)"},
        {"integrations_cum", "Integrationen kumuliert"},
        {"inflow", "Zugänge"},
        {"spend_cum", "Ausgaben kumuliert"},
        {"women", "Frauen"},
        {"single_parents", "Alleinerziehende"},
        {"exits", "Abgänge"},
        {"k2_rate_12m", "K2-Quote 12 Monate"},
        {"k2_rate_12m_basis", "K2-Quote 12 Monate Grundlage"},
        {"capacity_kind", "Kapazitätsart"},
        {"entries", "Eintritte"},
        {"women_share_entries", "Frauenanteil Eintritte"},
        {"occupancy_avg", "Belegung Durchschnitt"},
        {"spend", "Ausgaben"},
        {"integrations_after", "Integrationen danach"},
        // Tracking (track-targets.csv, track-months.csv).
        {"year_to_date", "bisher im Jahr"},
        {"plan_p_target_met", "Plan P(Ziel erreicht)"},
        {"needed_per_month", "nötig je Monat"},
        {"projected_per_month", "erwartet je Monat"},
        {"open_months", "offene Monate"},
        {"figure", "Kennzahl"},
        {"observed", "beobachtet"},
        {"plan", "Plan"},
        {"position", "Lage"},
        {"light", "Ampel"},
        // Batch, compare, optimise.
        {"jobcenter", "Jobcenter"},
        {"operative_egt", "operativer EGT"},
        {"p_over_budget", "P(Budget überschritten)"},
        {"p_all_targets_met", "P(alle Ziele erreicht)"},
        {"variant", "Variante"},
        {"period", "Zeitraum"},
        {"observed_months", "beobachtete Monate"},
        {"basis", "Grundlage"},
        {"directed", "gerichtet"},
        {"base", "Basis"},
        {"difference", "Differenz"},
        {"mean_difference", "Differenz Mittelwert"},
        {"ci95_low", "KI95 unten"},
        {"ci95_high", "KI95 oben"},
        {"p_variant_better", "P(Variante besser)"},
        {"p_variant_worse", "P(Variante schlechter)"},
        {"p_equal", "P(gleich)"},
        {"sd_paired", "Standardabweichung gepaart"},
        {"sd_independent", "Standardabweichung unabhängig"},
        {"variance_reduction", "Varianzreduktion"},
        {"interval_ratio", "Intervallverhältnis"},
        {"file", "Datei"},
        {"sha256", "SHA-256"},
        {"base_p_all_targets_met", "Basis P(alle Ziele erreicht)"},
        {"cost_verdict", "Kostenurteil"},
        {"cost_per_extra_integration", "Kosten je zusätzliche Integration"},
        {"rank", "Rang"},
        {"is_plan", "ist der Plan"},
        {"search_rank", "Rang in der Suche"},
        {"feasible", "zulässig"},
        {"difference_to_plan", "Differenz zum Plan"},
        {"distinguishable_from_best", "unterscheidbar vom Besten"},
        {"objective_to_best", "Zielfunktion zum Besten"},
        {"integrations_to_best", "Integrationen zum Besten"},
        {"spend_to_best", "Ausgaben zum Besten"},
        {"evaluation", "Auswertung"},
        {"at", "bei"},
        {"lower", "untere Grenze"},
        {"upper", "obere Grenze"},
        {"integrations_difference", "Integrationen Differenz"},
        {"spend_difference", "Ausgaben Differenz"},
        {"integrations_per_100k_eur", "Integrationen je 100.000 EUR"},
    };
    return glossary;
}

std::vector<CsvColumnName> column_names(const std::vector<std::string>& keys) {
    std::vector<CsvColumnName> names;
    for (const auto& key : keys) {
        bool found = false;
        for (const CsvColumnName& entry : column_glossary())
            if (entry.key == key) {
                names.push_back(entry);
                found = true;
                break;
            }
        if (!found) throw std::out_of_range("column \"" + key + "\" is not in model/column_glossary.cpp");
    }
    return names;
}

std::optional<std::string_view> german_column(std::string_view key) {
    for (const CsvColumnName& entry : column_glossary())
        if (entry.key == key) return entry.german;
    return std::nullopt;
}

}  // namespace intsim
