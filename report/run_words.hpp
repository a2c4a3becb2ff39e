#pragma once
// The words of the run report and of run's console summary, English and German side by side
// (report/glossary.hpp says how a term is written and said).
#include "report/glossary.hpp"

namespace intsim::words {

// The run report.
inline constexpr Term run_title{"{} \u2013 intsim report", "{} \u2013 intsim-Bericht"};
inline constexpr Term projection_period{"Projection {}", "Prognose {}"};
inline constexpr Term integrations_card{"Integrations (K2), mean", "Integrationen (K2), Mittelwert"};
inline constexpr Term ltr_card{"LZB stock, yearly average, mean", "LZB-Bestand im Jahresdurchschnitt, Mittelwert"};
inline constexpr Term egt_card{"EGT spend, mean", "EGT-Ausgaben, Mittelwert"};
inline constexpr Term monthly_projection{"Monthly projection", "Monatliche Prognose"};
inline constexpr Term chart_gap_title{"Integrations against the target path, cumulative",
                                      "Integrationen gegenüber dem Zielpfad, kumuliert"};
inline constexpr Term chart_gap_axis{"ahead (+) or behind (\u2212) the target path",
                                     "vor (+) oder hinter (\u2212) dem Zielpfad"};
inline constexpr Term chart_gap_note{
    "Cumulative integrations minus the target path (the yearly target {} spread over the months like the expected "
    "integrations): above the line at 0 the year is ahead of its target, below it behind. The gap is drawn "
    "instead of the cumulative count, whose scale of thousands would hide it.",
    "Kumulierte Integrationen abzüglich des Zielpfads (das Jahresziel {} über die Monate verteilt wie die "
    "erwarteten Integrationen): über der Linie bei 0 liegt das Jahr vor seinem Ziel, darunter dahinter. Gezeigt "
    "wird der Abstand statt der kumulierten Zahl, deren Maßstab von Tausenden ihn verbergen würde."};
inline constexpr Term target_path{"target path", "Zielpfad"};
inline constexpr Term chart_gap_note_years{
    "Cumulative integrations minus the target path (each calendar year's target spread over its months like the "
    "expected integrations, added to the targets of the years before): above the line at 0 the horizon is ahead of "
    "its targets so far, below it behind.",
    "Kumulierte Integrationen abzüglich des Zielpfads (das Ziel jedes Kalenderjahres über seine Monate verteilt wie "
    "die erwarteten Integrationen, zu den Zielen der Jahre davor addiert): über der Linie bei 0 liegt der Zeitraum "
    "vor seinen bisherigen Zielen, darunter zurück."};
inline constexpr Term chart_path_note_years{
    "Target path: each calendar year's target spread over its months like the expected integrations; a year "
    "without an integrations target has none.",
    "Zielpfad: das Ziel jedes Kalenderjahres über seine Monate verteilt wie die erwarteten Integrationen; ein Jahr "
    "ohne Integrationsziel hat keinen."};
inline constexpr Term years_console{"Calendar years (mean; [P(target met)] where the year has a target):",
                                    "Kalenderjahre (Mittelwert; [P(Ziel erreicht)], wo das Jahr ein Ziel hat):"};
inline constexpr Term first_year_console{"First calendar year, {} to {}{}:", "Erstes Kalenderjahr, {} bis {}{}:"};
inline constexpr Term partial_suffix{" (partial)", " (unvollständig)"};
inline constexpr Term carried_short{"{} (carried)", "{} (fortgeschrieben)"};
inline constexpr Term target_bracket{"[target {}]", "[Ziel {}]"};
inline constexpr Term p_all_every_year_line{"P(all targets met in every year with targets): {}",
                                            "P(alle Ziele in jedem Jahr mit Zielen erreicht): {}"};
inline constexpr Term years_heading{"Calendar years", "Kalenderjahre"};
inline constexpr Term all_targets_of_year{"All targets of the year met at once", "Alle Ziele des Jahres zugleich erreicht"};
inline constexpr Term no_targets{"no targets", "keine Ziele"};
inline constexpr Term none_word{"none", "keines"};
inline constexpr Term egt_carried{"{} (first year's, carried forward)", "{} (aus dem ersten Jahr fortgeschrieben)"};
inline constexpr Term years_note{
    "Each year's indicators are formed over its months in the horizon (sums of counts, averages of month-end stocks, "
    "stocks at its last month); a partial year covers only the months shown in results.json. Each cell: the mean, "
    "below it the 90 % range (p05\u2013p95), then the year's target and P(target met). Targets and the operative EGT "
    "are the scenario's for that year; a year without targets has no P(target met). The levels of integration, "
    "exits and inflow walk on from year to year, so the ranges widen with the horizon (docs/years.md).",
    "Die Kennzahlen jedes Jahres werden über seine Monate im Zeitraum gebildet (Summen von Zahlen, Durchschnitte der "
    "Monatsendbestände, Bestände im letzten Monat); ein unvollständiges Jahr umfasst nur die Monate in results.json. "
    "Jede Zelle: der Mittelwert, darunter der 90-%-Bereich (p05\u2013p95), dann das Ziel des Jahres und "
    "P(Ziel erreicht). Ziele und operatives EGT sind die des Szenarios für dieses Jahr; ein Jahr ohne Ziele hat kein "
    "P(Ziel erreicht). Die Niveaus von Integration, Abgängen und Zugängen wandern von Jahr zu Jahr weiter, daher "
    "werden die Bereiche mit dem Zeitraum breiter (docs/years.md)."};
inline constexpr Term every_year_note{
    "Every target of every year with targets met in the same replication: {}.",
    "Jedes Ziel jedes Jahres mit Zielen im selben Simulationslauf erreicht: {}."};

inline constexpr Term chart_integrations_title{"Integrations (K2), cumulative", "Integrationen (K2), kumuliert"};
inline constexpr Term chart_integrations_note{"No integration target: the cumulative count from zero.",
                                              "Kein Integrationsziel: die kumulierte Zahl ab null."};
inline constexpr Term integrations_axis{"integrations", "Integrationen"};
inline constexpr Term persons_axis{"persons", "Personen"};
inline constexpr Term axis_not_from_zero{"{}, axis from {}", "{}, Achse ab {}"};
inline constexpr Term euro_axis{"EUR", "EUR"};
inline constexpr Term chart_ltr_title{"LZB stock at month end", "LZB-Bestand am Monatsende"};
inline constexpr Term chart_ltr_note{"The target is the yearly average of the stock; lower is better.",
                                     "Das Ziel ist der Jahresdurchschnitt des Bestands; niedriger ist besser."};
inline constexpr Term target_yearly_average{"target (yearly average)", "Ziel (Jahresdurchschnitt)"};
inline constexpr Term chart_elb_title{"eLb stock at month end", "eLb-Bestand am Monatsende"};
inline constexpr Term chart_elb_note{
    "Employable benefit recipients (eLb): the start stock, newcomers and returners, less exits.",
    "Erwerbsfähige Leistungsberechtigte (eLb): der Anfangsbestand, Zugänge und Rückkehrer, abzüglich Abgänge."};
inline constexpr Term chart_spend_title{"EGT spend, cumulative", "EGT-Ausgaben, kumuliert"};
inline constexpr Term chart_spend_note{"Money of the integration budget (EGT) spent on measures so far.",
                                       "Bisher für Maßnahmen ausgegebene Mittel des Eingliederungstitels (EGT)."};
inline constexpr Term budget{"Budget", "Budget"};
inline constexpr Term budget_bar_title{"EGT spend by measure (mean) against the operative EGT",
                                       "EGT-Ausgaben je Maßnahme (Mittelwert) gegenüber dem operativen EGT"};
inline constexpr Term budget_bar_title_horizon{
    "EGT spend by measure over the horizon {}\u2013{} (mean) against the operative EGT of its years",
    "EGT-Ausgaben je Maßnahme im Zeitraum {}\u2013{} (Mittelwert) gegenüber dem operativen EGT seiner Jahre"};
inline constexpr Term operative_egt_years_of{"operative EGT of the years {}", "operatives EGT der Jahre {}"};
inline constexpr Term budget_note_horizon{
    "Spend over the horizon {} mean, 90 % range {} (whisker); P(over the years' summed budget) {}. Each year against "
    "its own budget: the Calendar years table.",
    "Ausgaben im Zeitraum {} Mittelwert, 90-%-Bereich {} (Strich); P(über dem summierten Budget der Jahre) {}. Jedes "
    "Jahr gegenüber seinem eigenen Budget: die Tabelle Kalenderjahre."};
inline constexpr Term operative_egt_cumulative{"operative EGT, summed year by year", "operatives EGT, Jahr für Jahr summiert"};
inline constexpr Term chart_spend_note_years{
    "Money of the integration budget (EGT) spent on measures so far; the dashed steps add each calendar year's "
    "operative EGT as the year begins.",
    "Bisher für Maßnahmen ausgegebene Mittel des Eingliederungstitels (EGT); die gestrichelten Stufen addieren das "
    "operative EGT jedes Kalenderjahres zu seinem Beginn."};
inline constexpr Term in_year{"{}, {}", "{}, {}"};
inline constexpr Term other_measures{"{} other measures", "{} weitere Maßnahmen"};
inline constexpr Term other_measures_named{"The {} other measures: {}.", "Die {} weiteren Maßnahmen: {}."};
inline constexpr Term range90_total_spend{"90 % range of the total spend", "90-%-Bereich der Gesamtausgaben"};
inline constexpr Term budget_note{"Spend {} mean, 90 % range {} (whisker); P(over budget) {}.",
                                  "Ausgaben {} Mittelwert, 90-%-Bereich {} (Strich); P(über Budget) {}."};
inline constexpr Term indicators{"Indicators", "Kennzahlen"};
inline constexpr Term Indicator{"Indicator", "Kennzahl"};
inline constexpr Term measures{"Measures", "Maßnahmen"};
inline constexpr Term Measure{"Measure", "Maßnahme"};
inline constexpr Term funding{"Funding", "Finanzierung"};
inline constexpr Term third_party{"third party", "Dritte"};
inline constexpr Term capacity{"Capacity", "Kapazität"};
inline constexpr Term capacity_budget{"{} budget", "{} Budget"};
inline constexpr Term capacity_entries{"{} entries/yr", "{} Eintritte/Jahr"};
inline constexpr Term capacity_slots{"{} slots", "{} Plätze"};
inline constexpr Term entries_mean{"Entries, mean", "Eintritte, Mittelwert"};
inline constexpr Term women_share_mean{"Women share, mean", "Frauenanteil, Mittelwert"};
inline constexpr Term occupancy_mean{"Occupancy, mean", "Ø Belegung, Mittelwert"};
inline constexpr Term spend_mean{"Spend, mean", "Ausgaben, Mittelwert"};
inline constexpr Term integrations_after_mean{"Integrations after, mean", "Integrationen danach, Mittelwert"};
inline constexpr Term occupancy_left_benefit{"left benefit", "ohne Leistung"};
inline constexpr Term measures_note{
    "EGT-funded measures by spend, then third-party ones by entries. Means over replications. Women share: of the "
    "entries. Occupancy: participants in the eLb stock per month while the measure runs. Integrations after: "
    "during participation or the after-effect.",
    "EGT-finanzierte Maßnahmen nach Ausgaben, dann drittfinanzierte nach Eintritten. Mittelwerte über die "
    "Simulationsläufe. Frauenanteil: an den Eintritten. Belegung: Teilnehmende im eLb-Bestand je Monat, solange die "
    "Maßnahme läuft. Integrationen danach: während der Teilnahme oder der Nachwirkung."};
inline constexpr Term left_benefit_note{
    "\u201cleft benefit\u201d: entering {} ends the benefit (subsidised employment counts as an integration and the "
    "person leaves the eLb stock), so the model follows no participants in the stock and the occupancy is 0. Its "
    "spend is still real: {} per new entry, plus {} fixed a year for cases continuing from earlier years.",
    "\u201eohne Leistung\u201c: der Eintritt in {} beendet den Leistungsbezug (die geförderte Beschäftigung zählt als "
    "Integration, die Person verlässt den eLb-Bestand), daher folgt das Modell keinen Teilnehmenden im Bestand und "
    "die Belegung ist 0. Die Ausgaben sind dennoch real: {} je neuem Eintritt, dazu {} fest im Jahr für Fälle, die "
    "aus früheren Jahren weiterlaufen."};
inline constexpr Term effect_caveat_note{
    "{}: the study behind its effect measured a quantity the model cannot follow exactly, so its effect is an "
    "approximation; intsim validate --explain says what the match leaves out.",
    "{}: die Studie hinter ihrer Wirkung hat eine Größe gemessen, die das Modell nicht genau abbilden kann; ihre "
    "Wirkung ist daher eine Näherung. intsim validate --explain nennt, was die Übertragung auslässt."};
inline constexpr Term left_benefit_note_no_fixed{
    "\u201cleft benefit\u201d: entering {} ends the benefit (subsidised employment counts as an integration and the "
    "person leaves the eLb stock), so the model follows no participants in the stock and the occupancy is 0. Its "
    "spend is still real: {} per new entry.",
    "\u201eohne Leistung\u201c: der Eintritt in {} beendet den Leistungsbezug (die geförderte Beschäftigung zählt als "
    "Integration, die Person verlässt den eLb-Bestand), daher folgt das Modell keinen Teilnehmenden im Bestand und "
    "die Belegung ist 0. Die Ausgaben sind dennoch real: {} je neuem Eintritt."};
inline constexpr Term run_footer{
    "Bands: 90 % (p05\u2013p95) and 50 % (p25\u2013p75) of the simulated years, line: median. Cards and tables show "
    "means unless they say otherwise. Every replication draws its own parameter factors, so the bands hold chance "
    "and what nobody knows. Figures also in results.json and the CSV files beside this report.",
    "Bänder: 90 % (p05\u2013p95) und 50 % (p25\u2013p75) der simulierten Jahre, Linie: Median. Karten und Tabellen "
    "zeigen Mittelwerte, wo nichts anderes steht. Jeder Simulationslauf zieht seine eigenen Parameterfaktoren, die "
    "Bänder enthalten also Zufall und das, was niemand weiß. Die Zahlen stehen auch in results.json und den "
    "CSV-Dateien neben diesem Bericht."};

// The console summary of `run`. In English the console names indicators by their keys
// in results.json (what a script greps for), in German by their labels.
inline constexpr Term console_indicator{"indicator", "Kennzahl"};
inline constexpr Term offer_header{"offer p{}", "Zielangebot p{}"};
inline constexpr Term p05_p95{"p05 \u2013 p95", "p05 \u2013 p95"};
inline constexpr Term run_summary_head{"{}  ({}, seed {}, {}{}, {} s, {} M person-months/s)",
                                       "{}  ({}, Startwert {}, {}{}, {} s, {} Mio. Personenmonate/s)"};
inline constexpr Term expected_only_head{"{}  (expected-value model: means only)",
                                         "{}  (Erwartungswertmodell: nur Mittelwerte)"};

}  // namespace intsim::words
