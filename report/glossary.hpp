#pragma once
// The words of every report and console summary, in English and German, side by side:
// one term per line, so that a translation is checked where it is written and no report
// keeps words of its own. Indicator labels are not here but in the indicator catalogue
// (model/indicator_catalogue.hpp), which every report asks through indicator_label().
//
// A term may be a pattern for fmt ("{} replications"); say() fills it in. Patterns take
// their arguments in the same order in both languages.
//
// German: the words a jobcenter's controlling uses (Integrationen, Integrationsquote,
// LZB-Bestand, eLb, EGT, Zielangebot, Maßnahme, Eintritte).
#include <array>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace intsim {

enum class Language { En, De };

/// "en" or "de"; throws std::invalid_argument otherwise (the CLI checks before).
Language report_language(std::string_view code);

/// "en" / "de": the page's lang attribute.
std::string_view language_code(Language language);

struct Term {
    constexpr Term(std::string_view english, std::string_view german) : en(english), de(german) {}
    std::string_view en, de;
    constexpr std::string_view in(Language language) const { return language == Language::De ? de : en; }
};

/// A term in `language`, its pattern filled with `args`.
template <class... Args>
std::string say(Language language, const Term& term, const Args&... args) {
    if constexpr (sizeof...(Args) == 0) return std::string(term.in(language));
    else return fmt::vformat(term.in(language), fmt::make_format_args(args...));
}

/// An indicator's label from the catalogue in `language`; an unknown name comes back as it is.
std::string indicator_label(const std::string& name, Language language);

namespace words {

// Months: tick labels and full names.
inline constexpr std::array<Term, 12> month_short = {
    Term{"Jan", "Jan"}, Term{"Feb", "Feb"}, Term{"Mar", "Mär"}, Term{"Apr", "Apr"},
    Term{"May", "Mai"}, Term{"Jun", "Jun"}, Term{"Jul", "Jul"}, Term{"Aug", "Aug"},
    Term{"Sep", "Sep"}, Term{"Oct", "Okt"}, Term{"Nov", "Nov"}, Term{"Dec", "Dez"}};
inline constexpr std::array<Term, 12> month_long = {
    Term{"January", "Januar"},   Term{"February", "Februar"}, Term{"March", "März"},
    Term{"April", "April"},      Term{"May", "Mai"},          Term{"June", "Juni"},
    Term{"July", "Juli"},        Term{"August", "August"},    Term{"September", "September"},
    Term{"October", "Oktober"},  Term{"November", "November"}, Term{"December", "Dezember"}};

// Statistics: every number names the one it is.
inline constexpr Term mean{"mean", "Mittelwert"};
inline constexpr Term Mean{"Mean", "Mittelwert"};
inline constexpr Term median{"median", "Median"};
inline constexpr Term range90{"90 % range", "90-%-Bereich"};
inline constexpr Term range50{"50 % range", "50-%-Bereich"};
inline constexpr Term range90_p{"90 % range (p05\u2013p95)", "90-%-Bereich (p05\u2013p95)"};
inline constexpr Term range90_of{"90 % range {}", "90-%-Bereich {}"};
inline constexpr Term interval95{"95 % interval", "95-%-Intervall"};
inline constexpr Term mean_of{"mean {}", "Mittelwert {}"};
inline constexpr Term median_of{"median {}", "Median {}"};

// What every report says about its run.
inline constexpr Term replications_n{"{} replications", "{} Simulationsläufe"};
inline constexpr Term seed_n{"seed {}", "Startwert (Seed) {}"};
inline constexpr Term intsim_version{"intsim {}", "intsim {}"};
inline constexpr Term scenario_sha{"scenario sha256", "Szenario sha256"};
inline constexpr Term period_to{"{} to {}", "{} bis {}"};
inline constexpr Term threads_n{"{} thread", "{} Thread"};
inline constexpr Term threads_n_plural{"{} threads", "{} Threads"};
inline constexpr Term ranks_times{"{} ranks x ", "{} Ränge x "};
inline constexpr Term seconds_n{"{} s", "{} s"};
inline constexpr Term wrote_file{"wrote {}", "geschrieben: {}"};

// Targets, probabilities and offers.
inline constexpr Term target{"target", "Ziel"};
inline constexpr Term Target{"Target", "Ziel"};
inline constexpr Term target_of{"target {}", "Ziel {}"};
inline constexpr Term p_met{"P(met)", "P(erreicht)"};
inline constexpr Term p_target_met{"P(target met)", "P(Ziel erreicht)"};
inline constexpr Term p_met_of{"P(met) {}", "P(erreicht) {}"};
inline constexpr Term offer_p{"Offer p{}", "Zielangebot p{}"};
inline constexpr Term offer_p_of{"offer p{} {}", "Zielangebot p{} {}"};
inline constexpr Term all_targets_card{"All targets met at once", "Alle Ziele zugleich erreicht"};
inline constexpr Term all_targets_detail{"share of simulated years that meet every target at once",
                                         "Anteil der simulierten Jahre, die jedes Ziel zugleich erreichen"};
inline constexpr Term p_all_targets_line{"P(all targets met together): {}", "P(alle Ziele zugleich erreicht): {}"};
inline constexpr Term colour_rule{
    "Probabilities of meeting a target are green from {0} (the offer's probability), red up to {1} (the target "
    "is then missed with at least that probability) and amber between: around 50 % it could go either way.",
    "Wahrscheinlichkeiten, ein Ziel zu erreichen, sind grün ab {0} (die Wahrscheinlichkeit des Zielangebots), "
    "rot bis {1} (dann wird das Ziel mit mindestens dieser Wahrscheinlichkeit verfehlt) und gelb dazwischen: "
    "um 50 % kann es so oder so ausgehen."};
inline constexpr Term offer_note{
    "Offer p80 (Zielangebot): the value reached with 80 % probability (for stocks, where lower is better, the value not "
    "exceeded with 80 % probability). Indicators without a direction (no target, and neither more nor less is "
    "better in itself) have no offer: {}.",
    "Zielangebot p80: der Wert, der mit 80 % Wahrscheinlichkeit erreicht wird (bei Beständen, wo weniger besser "
    "ist, der Wert, der mit 80 % Wahrscheinlichkeit nicht überschritten wird). Kennzahlen ohne Richtung (kein Ziel, "
    "und weder mehr noch weniger ist an sich besser) haben kein Zielangebot: {}."};
inline constexpr Term no_direction{"no direction", "ohne Richtung"};
inline constexpr Term higher_better{"higher is better", "höher ist besser"};
inline constexpr Term lower_better{"lower is better", "niedriger ist besser"};

// Money.
inline constexpr Term egt_spend{"EGT spend", "EGT-Ausgaben"};
inline constexpr Term operative_egt{"operative EGT", "operatives EGT"};
inline constexpr Term operative_egt_of{"operative EGT {}", "operatives EGT {}"};
inline constexpr Term p_over_budget{"P(over budget)", "P(über Budget)"};
inline constexpr Term p_over_budget_of{"P(over budget) {}", "P(über Budget) {}"};
inline constexpr Term share_of_operative{"{} of {} operative", "{} von {} operativ"};
inline constexpr Term budget_line{"EGT budget: {} operative, spend {} mean (p05\u2013p95 {} \u2013 {}), P(over budget) {}",
                                  "EGT-Budget: {} operativ, Ausgaben {} Mittelwert (p05\u2013p95 {} \u2013 {}), "
                                  "P(über Budget) {}"};
inline constexpr Term budget_line_expected{"EGT budget: {} operative, expected spend {}",
                                           "EGT-Budget: {} operativ, erwartete Ausgaben {}"};

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

// compare: the report and the console table.
inline constexpr Term compare_title{"Comparison with {}", "Vergleich mit {}"};
inline constexpr Term compare_page_title{"{} \u2013 intsim comparison", "{} \u2013 intsim-Vergleich"};
inline constexpr Term compare_meta{"{} variant(s) against the base \u00b7 {} paired replications",
                                   "{} Variante(n) gegenüber der Basis \u00b7 {} gepaarte Simulationsläufe"};
inline constexpr Term base_sha{"base {} sha256", "Basis {} sha256"};
inline constexpr Term variant_sha{"variant {} sha256", "Variante {} sha256"};
inline constexpr Term variant_minus_base{"{} \u2212 {}", "{} \u2212 {}"};
inline constexpr Term difference_card{"{}: integrations, mean difference", "{}: Integrationen, mittlere Differenz"};
inline constexpr Term interval95_of{"95 % interval {}", "95-%-Intervall {}"};
inline constexpr Term p_better_of{"P(better) {}", "P(besser) {}"};
inline constexpr Term p_worse_of{"P(worse) {}", "P(schlechter) {}"};
inline constexpr Term p_all_change{"P(all targets met) {} \u2192 {}", "P(alle Ziele erreicht) {} \u2192 {}"};
inline constexpr Term differences_heading{"Differences to the base", "Differenzen zur Basis"};
inline constexpr Term difference_chart_title{"{}: difference to the base (mean, 95 % interval)",
                                             "{}: Differenz zur Basis (Mittelwert, 95-%-Intervall)"};
inline constexpr Term no_difference{"no difference", "keine Differenz"};
inline constexpr Term difference_axis{"{}: variant \u2212 base", "{}: Variante \u2212 Basis"};
inline constexpr Term difference_chart_note{
    "Dot: mean of the paired differences; whisker: its 95 % interval. Green where the whole interval lies on the "
    "better side, red where it lies on the worse side, grey where it holds 0 or the indicator has no direction.",
    "Punkt: Mittelwert der gepaarten Differenzen; Strich: sein 95-%-Intervall. Grün, wo das ganze Intervall auf der "
    "besseren Seite liegt, rot auf der schlechteren, grau, wo es die 0 enthält oder die Kennzahl keine Richtung hat."};
inline constexpr Term base_mean_col{"Base, mean", "Basis, Mittelwert"};
inline constexpr Term variant_mean_col{"Variant, mean", "Variante, Mittelwert"};
inline constexpr Term difference_col{"Difference, mean", "Differenz, Mittelwert"};
inline constexpr Term p_better{"P(better)", "P(besser)"};
inline constexpr Term p_worse{"P(worse)", "P(schlechter)"};
inline constexpr Term narrower_col{"Narrower than independent runs", "Schmaler als bei unabhängigen Läufen"};
inline constexpr Term narrower_times{"{}\u00d7 narrower", "{}-mal schmaler"};
inline constexpr Term narrower_short{"{}\u00d7", "{}\u00d7"};
inline constexpr Term identical{"identical", "identisch"};
inline constexpr Term cost_heading{"Extra spend per extra integration", "Mehrausgaben je zusätzlicher Integration"};
inline constexpr Term extra_integrations_col{"Extra integrations, mean (95 % interval)",
                                             "Zusätzliche Integrationen, Mittelwert (95-%-Intervall)"};
inline constexpr Term extra_spend_col{"Extra EGT spend, mean (95 % interval)",
                                      "EGT-Mehrausgaben, Mittelwert (95-%-Intervall)"};
inline constexpr Term cost_per_col{"Extra spend per extra integration (95 % interval)",
                                   "Mehrausgaben je zusätzlicher Integration (95-%-Intervall)"};
inline constexpr Term period_col{"Period", "Zeitraum"};
inline constexpr Term cost_per_value{"{} ({} .. {})", "{} ({} .. {})"};
inline constexpr Term cost_none_fewer{"none: fewer integrations", "keine: weniger Integrationen"};
inline constexpr Term cost_none_unclear{"none: no measurable extra integrations",
                                        "keine: keine messbar zusätzlichen Integrationen"};
inline constexpr Term cost_none_no_more_spend{"none: more integrations without extra spend",
                                              "keine: mehr Integrationen ohne Mehrausgaben"};
inline constexpr Term cost_sentence_costs{
    "extra spend {} for {} extra integrations: {} per extra integration (95 % interval {} .. {})",
    "Mehrausgaben {} für {} zusätzliche Integrationen: {} je zusätzlicher Integration (95-%-Intervall {} .. {})"};
inline constexpr Term cost_sentence_no_more_spend{
    "{} extra integrations without extra spend (spend {}): no price per integration",
    "{} zusätzliche Integrationen ohne Mehrausgaben (Ausgaben {}): kein Preis je Integration"};
inline constexpr Term cost_sentence_unclear{
    "no measurable extra integrations ({} .. {}): no price per integration",
    "keine messbar zusätzlichen Integrationen ({} .. {}): kein Preis je Integration"};
inline constexpr Term cost_sentence_fewer{"fewer integrations ({}): no price per integration",
                                          "weniger Integrationen ({}): kein Preis je Integration"};
inline constexpr Term p_all_col{"P(all targets met): base \u2192 variant", "P(alle Ziele erreicht): Basis \u2192 Variante"};
inline constexpr Term cost_note{
    "Extra spend per extra integration: the mean extra EGT spend over the mean extra integrations of the same "
    "period, with Fieller's 95 % interval of that ratio from the paired replications. Given only where the variant "
    "spends more (beyond its interval and by at least 0.5 % of the base's spend: a smaller change is "
    "budget-neutral) and brings more integrations (the interval above 0). P(all targets met) of the whole horizon: "
    "every target of every year met in the same replication.",
    "Mehrausgaben je zusätzlicher Integration: die mittleren EGT-Mehrausgaben geteilt durch die mittleren "
    "zusätzlichen Integrationen desselben Zeitraums, mit Fiellers 95-%-Intervall dieses Verhältnisses aus den "
    "gepaarten Simulationsläufen. Nur angegeben, wo die Variante mehr ausgibt (über ihr Intervall hinaus und um "
    "mindestens 0,5 % der Ausgaben der Basis: weniger ist budgetneutral) und mehr Integrationen bringt (das "
    "Intervall über 0). P(alle Ziele erreicht) des gesamten Zeitraums: jedes Ziel jedes Jahres im selben "
    "Simulationslauf erreicht."};
inline constexpr Term period_horizon{"{}\u2013{} (whole horizon)", "{}\u2013{} (gesamter Zeitraum)"};
inline constexpr Term period_horizon_short{"{}\u2013{}", "{}\u2013{}"};
inline constexpr Term variant_period_heading{"{} \u2212 {}, {}", "{} \u2212 {}, {}"};
inline constexpr Term by_year_heading{"{} \u2212 {}, by calendar year", "{} \u2212 {}, nach Kalenderjahr"};
inline constexpr Term difference_card_period{"{}: integrations {}, mean difference",
                                             "{}: Integrationen {}, mittlere Differenz"};
inline constexpr Term p_all_every_year_change{"P(all targets met in every year) {} \u2192 {}",
                                              "P(alle Ziele in jedem Jahr erreicht) {} \u2192 {}"};
inline constexpr Term p_all_every_year_console{"P(all targets met in every year): base {}, variant {}",
                                               "P(alle Ziele in jedem Jahr erreicht): Basis {}, Variante {}"};
inline constexpr Term p_all_year_console{"P(all targets met in {}): base {}, variant {}",
                                         "P(alle Ziele {} erreicht): Basis {}, Variante {}"};
inline constexpr Term cost_period_console{"extra integrations and extra spend, {}: {}",
                                          "Zusätzliche Integrationen und Mehrausgaben, {}: {}"};
inline constexpr Term variant_card{"{}: {}", "{}: {}"};
inline constexpr Term base_value_of{"base {}", "Basis {}"};
inline constexpr Term p_all_row{"P(all targets met)", "P(alle Ziele erreicht)"};
inline constexpr Term cost_row{"extra spend per extra integration", "Mehrausgaben je zus. Integration"};
inline constexpr Term rates_by_year_note{
    "Rates and changes in per cent are yearly figures: they are shown for each calendar year, not for the horizon.",
    "Quoten und Veränderungen in Prozent sind Jahreswerte: Sie stehen je Kalenderjahr, nicht für den gesamten "
    "Zeitraum."};
inline constexpr Term variant_table_note{
    "P(better) and P(worse): shares of the paired replications in which the variant does strictly better or worse "
    "than the base (the rest are equal). The last column says how many times narrower the interval is than it "
    "would be with independent random numbers for the variant, measured in this run.",
    "P(besser) und P(schlechter): Anteile der gepaarten Simulationsläufe, in denen die Variante echt besser oder "
    "schlechter abschneidet als die Basis (die übrigen sind gleich). Die letzte Spalte sagt, wie viel schmaler das "
    "Intervall ist, als es mit unabhängigen Zufallszahlen für die Variante wäre, gemessen in diesem Lauf."};
inline constexpr Term compare_footer{
    "Method: the base and every variant run with the same seed and replication numbers, so replication r of each "
    "draws the same random numbers for the same person, month and purpose wherever the scenarios coincide (common "
    "random numbers). The difference within each pair then carries little of the chance both share. 95 % interval: "
    "mean difference \u00b1 1.96 standard deviations of the paired differences / \u221an. Each variant also ran on "
    "other replication numbers to measure how much narrower pairing makes the interval. Figures also in "
    "compare.json, differences.csv and variants.csv.",
    "Methode: Die Basis und jede Variante laufen mit demselben Startwert und denselben Laufnummern; Lauf r zieht "
    "daher für dieselbe Person, denselben Monat und denselben Zweck dieselben Zufallszahlen, wo die Szenarien "
    "übereinstimmen (gemeinsame Zufallszahlen). Die Differenz innerhalb eines Paares enthält dann wenig vom Zufall, "
    "den beide teilen. 95-%-Intervall: mittlere Differenz \u00b1 1,96 Standardabweichungen der gepaarten "
    "Differenzen / \u221an. Jede Variante lief zusätzlich mit anderen Laufnummern, um zu messen, wie viel schmaler "
    "die Paarung das Intervall macht. Die Zahlen stehen auch in compare.json, differences.csv und variants.csv."};
inline constexpr Term compare_head{"compare against {}  ({} paired replications, seed {}, {}, {} s)",
                                   "Vergleich mit {}  ({} gepaarte Simulationsläufe, Startwert {}, {}, {} s)"};
inline constexpr Term base_col{"base", "Basis"};
inline constexpr Term variant_col{"variant", "Variante"};
inline constexpr Term difference_short{"difference", "Differenz"};
inline constexpr Term interval95_short{"95 % interval", "95-%-Intervall"};
inline constexpr Term narrower_short_col{"narrower", "schmaler"};
inline constexpr Term p_all_console{"P(all targets met together): base {}, variant {}",
                                    "P(alle Ziele zugleich erreicht): Basis {}, Variante {}"};
inline constexpr Term by_year_console{"by calendar year (difference, P(better)):",
                                      "nach Kalenderjahr (Differenz, P(besser)):"};
inline constexpr Term year_partial{"{} (partial)", "{} (unvollständig)"};
inline constexpr Term objective_console{
    "objective {}: base {}, variant {}, difference {} (95 % interval {} .. {}), P(better) {}",
    "Zielgröße {}: Basis {}, Variante {}, Differenz {} (95-%-Intervall {} .. {}), P(besser) {}"};
inline constexpr Term percentage_points{"{} pp", "{} Pp."};
inline constexpr Term console_means_note{
    "base, variant and difference are means over the paired replications; \"narrower\": how many times narrower "
    "the interval is than with independent random numbers",
    "Basis, Variante und Differenz sind Mittelwerte über die gepaarten Simulationsläufe; \u201eschmaler\u201c: wie "
    "viel schmaler das Intervall ist als mit unabhängigen Zufallszahlen"};

// optimise: the report and the console table.
inline constexpr Term optimise_title{"Measure mix for {}", "Maßnahmenmix für {}"};
inline constexpr Term optimise_page_title{"{} \u2013 intsim mix optimisation", "{} \u2013 intsim-Mixoptimierung"};
inline constexpr Term objective_p_all{"P(all targets met)", "P(alle Ziele erreicht)"};
inline constexpr Term objective_integrations{"expected integrations", "erwartete Integrationen"};
inline constexpr Term optimise_meta{"objective: {} \u00b7 budget {} \u00b7 {} mixes searched ({}) \u00b7 best confirmed with {} replications",
                                    "Ziel der Suche: {} \u00b7 Budget {} \u00b7 {} Mixe durchsucht ({}) \u00b7 beste bestätigt mit {} Simulationsläufen"};
inline constexpr Term no_budget{"none", "keines"};
inline constexpr Term objective_of_horizon{"{} over the horizon", "{} über den Zeitraum"};
inline constexpr Term objective_of_year{"{} in {}", "{} im Jahr {}"};
inline constexpr Term objective_every_year{"{}, every year", "{}, jedes Jahr"};
inline constexpr Term objective_p_all_every_year{"P(all targets met in every year)", "P(alle Ziele in jedem Jahr erreicht)"};
inline constexpr Term budget_each_year{"each year's operative EGT", "das operative EGT jedes Jahres"};
inline constexpr Term budget_in_each_year{"{} in each year", "{} in jedem Jahr"};
inline constexpr Term horizon_console{
    "integrations, spend and P(all) over the horizon {} to {} ({} calendar years); the budget holds in each year",
    "Integrationen, Ausgaben und P(alle) über den Zeitraum {} bis {} ({} Kalenderjahre); das Budget gilt in jedem Jahr"};
inline constexpr Term warning_unspent_year{
    "The best mix leaves {0} ({1}) of {3}'s budget of {2} unspent: within these ranges and with these effects no "
    "measure buys enough to use it.",
    "Der beste Mix lässt {0} ({1}) des Budgets {3} von {2} ungenutzt: in diesen Bereichen und mit diesen Wirkungen "
    "bringt keine Maßnahme genug, um es zu nutzen."};

inline constexpr Term search_expected{"expected-value model, spread of {} replications of the plan",
                                      "Erwartungswertmodell, Streuung aus {} Simulationsläufen des Plans"};
inline constexpr Term search_monte_carlo{"Monte Carlo, {} replications each", "Monte Carlo, je {} Simulationsläufe"};
inline constexpr Term best_integrations_card{"Best mix: integrations, mean", "Bester Mix: Integrationen, Mittelwert"};
inline constexpr Term vs_plan_of{"{} against the plan's mix (mean difference, 95 % interval)",
                                 "{} gegenüber dem Mix des Plans (mittlere Differenz, 95-%-Intervall)"};
inline constexpr Term best_p_all_card{"Best mix: P(all targets met)", "Bester Mix: P(alle Ziele erreicht)"};
inline constexpr Term plan_p_all_of{"plan's mix {}", "Mix des Plans {}"};
inline constexpr Term best_spend_card{"Best mix: EGT spend, mean", "Bester Mix: EGT-Ausgaben, Mittelwert"};
inline constexpr Term unspent_of{"{} of the budget unspent", "{} des Budgets nicht ausgegeben"};
inline constexpr Term warnings_heading{"Read with care", "Mit Vorsicht zu lesen"};
inline constexpr Term warning_at_max{
    "{0} is at the upper end of its range ({1}): the best mix may lie beyond it. Widen the range in the scenario's "
    "\u201coptimise\u201d section to see.",
    "{0} liegt am oberen Ende seines Bereichs ({1}): der beste Mix kann darüber liegen. Erweitern Sie den Bereich im "
    "Abschnitt \u201eoptimise\u201c des Szenarios, um es zu sehen."};
inline constexpr Term warning_at_ceiling{
    "{0} is at the entries a year that employers take up ({1}): more would not be taken up, so the optimiser went "
    "no further (the measure's employer_demand in the scenario).",
    "{0} liegt bei den Eintritten im Jahr, die Arbeitgeber annehmen ({1}): mehr würden nicht angenommen, daher ging "
    "die Optimierung nicht weiter (employer_demand der Maßnahme im Szenario)."};
inline constexpr Term warning_at_min{
    "{0} is at the lower end of its range ({1}): the best mix may lie below it.",
    "{0} liegt am unteren Ende seines Bereichs ({1}): der beste Mix kann darunter liegen."};
inline constexpr Term warning_unspent{
    "The best mix leaves {0} ({1}) of the budget of {2} unspent: within these ranges and with these effects no "
    "measure buys enough to use it.",
    "Der beste Mix lässt {0} ({1}) des Budgets von {2} ungenutzt: in diesen Bereichen und mit diesen Wirkungen bringt "
    "keine Maßnahme genug, um es auszugeben."};
inline constexpr Term ranked_heading{"Mixes ranked", "Mixe nach Rang"};
inline constexpr Term rank{"Rank", "Rang"};
inline constexpr Term mix{"Mix", "Mix"};
inline constexpr Term plan_mix_label{"plan", "Plan"};
inline constexpr Term infeasible{"infeasible", "nicht zulässig"};
inline constexpr Term integrations_mean_col{"Integrations, mean", "Integrationen, Mittelwert"};
inline constexpr Term vs_plan_col{"Against the plan, mean (95 % interval)", "Gegenüber dem Plan, Mittelwert (95-%-Intervall)"};
inline constexpr Term p_all_short{"P(all)", "P(alle)"};
inline constexpr Term p_all_year_col{"P(all) {}", "P(alle) {}"};
inline constexpr Term p_all_every_year_col{"P(all) every year {}", "P(alle) jedes Jahr {}"};
inline constexpr Term women_share_col{"Women share of entries", "Frauenanteil der Eintritte"};
inline constexpr Term ranked_note{
    "Each mix ran {} replications with the same random numbers as the others. Integrations and spend: means; "
    "P(all): the share of replications that meet every target at once.",
    "Jeder Mix lief {} Simulationsläufe mit denselben Zufallszahlen wie die anderen. Integrationen und Ausgaben: "
    "Mittelwerte; P(alle): der Anteil der Simulationsläufe, die jedes Ziel zugleich erreichen."};
inline constexpr Term frontier_heading{"Integrations against money", "Integrationen gegenüber Geld"};
inline constexpr Term frontier_title{"Expected integrations against expected EGT spend of every mix searched",
                                     "Erwartete Integrationen gegenüber erwarteten EGT-Ausgaben aller durchsuchten Mixe"};
inline constexpr Term frontier_note{
    "Grey: every mix the search estimated{}; line: the frontier, the most integrations any searched mix reached for "
    "at most that money; numbered: the confirmed mixes by rank (Monte Carlo means); dashed: the budget.",
    "Grau: jeder von der Suche geschätzte Mix{}; Linie: die Effizienzgrenze, die meisten Integrationen, die ein "
    "durchsuchter Mix für höchstens dieses Geld erreichte; nummeriert: die bestätigten Mixe nach Rang "
    "(Monte-Carlo-Mittelwerte); gestrichelt: das Budget."};
inline constexpr Term frontier_expected_note{" (by the expected-value model)", " (mit dem Erwartungswertmodell)"};
inline constexpr Term searched{"mixes searched", "durchsuchte Mixe"};
inline constexpr Term frontier{"frontier", "Effizienzgrenze"};
inline constexpr Term confirmed{"confirmed (rank)", "bestätigt (Rang)"};
inline constexpr Term budget_of{"budget {}", "Budget {}"};
inline constexpr Term spend_axis{"expected EGT spend", "erwartete EGT-Ausgaben"};
inline constexpr Term integrations_expected_axis{"expected integrations", "erwartete Integrationen"};
inline constexpr Term marginal_heading{"Marginal effect of each measure at the best mix",
                                       "Grenzwirkung jeder Maßnahme beim besten Mix"};
inline constexpr Term marginal_chart_title{"Integrations per 100,000 EUR of EGT: one step down against one step up",
                                           "Integrationen je 100.000 € EGT: ein Schritt weniger gegenüber einem Schritt mehr"};
inline constexpr Term per_100k_axis{"integrations per 100,000 EUR", "Integrationen je 100.000 €"};
inline constexpr Term at_col{"At", "Bei"};
inline constexpr Term compared_col{"Compared", "Verglichen"};
inline constexpr Term integrations_difference_col{"Integrations, difference (95 % interval)",
                                                  "Integrationen, Differenz (95-%-Intervall)"};
inline constexpr Term spend_difference_col{"EGT spend, difference", "EGT-Ausgaben, Differenz"};
inline constexpr Term per_100k_col{"Integrations per 100,000 EUR", "Integrationen je 100.000 €"};
inline constexpr Term no_money_moves{"no EGT money moves", "kein EGT-Geld bewegt"};
inline constexpr Term marginal_note{
    "What one step more of a measure brings against one step less, all other measures as in the best mix (at the "
    "edge of a range, against the mix itself). Differences are means of paired replications.",
    "Was ein Schritt mehr einer Maßnahme gegenüber einem Schritt weniger bringt, alle anderen Maßnahmen wie im "
    "besten Mix (am Rand eines Bereichs gegenüber dem Mix selbst). Differenzen sind Mittelwerte gepaarter "
    "Simulationsläufe."};
inline constexpr Term optimise_footer{
    "The search moves step by step from the plan's mix to better neighbours (one measure up or down, or money moved "
    "from one measure to another) until none is better; every mix must stay within the budget (expected spend) and "
    "keep the women-share rule. Read the answer as a statement about the scenario's assumptions (effects, lock-in, "
    "the horizon), not about the measures themselves. Figures also in optimise.json, ranked.csv, searched.csv and "
    "marginal.csv.",
    "Die Suche geht schrittweise vom Mix des Plans zu besseren Nachbarn (eine Maßnahme mehr oder weniger, oder Geld "
    "von einer Maßnahme zur anderen), bis keiner besser ist; jeder Mix muss im Budget bleiben (erwartete Ausgaben) "
    "und die Frauenquote einhalten. Lesen Sie das Ergebnis als Aussage über die Annahmen des Szenarios (Wirkungen, "
    "Lock-in, Zeitraum), nicht über die Maßnahmen selbst. Die Zahlen stehen auch in optimise.json, ranked.csv, "
    "searched.csv und marginal.csv."};
inline constexpr Term optimise_head{"{}: optimise {} (budget {}), {} mixes searched ({}), best confirmed with {} replications ({}, {} s)",
                                    "{}: optimiere {} (Budget {}), {} Mixe durchsucht ({}), beste bestätigt mit {} Simulationsläufen ({}, {} s)"};
inline constexpr Term marginal_console_head{"marginal effect at the best mix (one step down against one step up):",
                                            "Grenzwirkung beim besten Mix (ein Schritt weniger gegenüber einem Schritt mehr):"};
inline constexpr Term marginal_console_line{"  {}  at {}: {} integrations for {} = {} per 100,000 EUR",
                                            "  {}  bei {}: {} Integrationen für {} = {} je 100.000 €"};
inline constexpr Term console_rank{"rank", "Rang"};
inline constexpr Term console_integrations{"integrations", "Integrationen"};
inline constexpr Term console_spend{"spend", "Ausgaben"};
inline constexpr Term console_vs_plan{"vs plan (95 % interval)", "ggü. Plan (95-%-Intervall)"};
inline constexpr Term console_women{"women", "Frauen"};
inline constexpr Term console_mix{"mix", "Mix"};
inline constexpr Term warning_prefix{"warning: {}", "Warnung: {}"};
inline constexpr Term optimise_console_note{
    "integrations and spend: means over the confirmation's replications; vs plan: mean difference (95 % interval)",
    "Integrationen und Ausgaben: Mittelwerte über die Simulationsläufe der Bestätigung; gegenüber Plan: mittlere "
    "Differenz (95-%-Intervall)"};
inline constexpr Term console_integrations_period{"integrations {}", "Integrationen {}"};
inline constexpr Term console_spend_period{"spend {}", "Ausgaben {}"};
inline constexpr Term console_to_best{"vs best (95 % interval)", "ggü. Bestem (95-%-Intervall)"};
inline constexpr Term best_itself{"best", "bester"};
inline constexpr Term not_distinguishable{"not distinguishable from the best", "vom Besten nicht unterscheidbar"};
inline constexpr Term to_best_col{"Against the best (95 % interval)", "Gegenüber dem Besten (95-%-Intervall)"};
inline constexpr Term to_best_cell{"{}; integrations {}; spend {}", "{}; Integrationen {}; Ausgaben {}"};
inline constexpr Term to_best_cell_integrations{"integrations {}; spend {}", "Integrationen {}; Ausgaben {}"};
inline constexpr Term shared_rank_note{
    "Rank: one more than the number of confirmed mixes that are better beyond the 95 % interval of the paired "
    "difference of the objective (the same random numbers for every mix; a mix over budget ranks after every mix "
    "within it). Mixes the interval cannot tell apart share a rank; the column against the best says what "
    "separates each from the first of rank 1.",
    "Rang: eins mehr als die Zahl der bestätigten Mixe, die über das 95-%-Intervall der gepaarten Differenz des "
    "Ziels hinaus besser sind (dieselben Zufallszahlen für jeden Mix; ein Mix über Budget steht hinter jedem Mix im "
    "Budget). Mixe, die das Intervall nicht unterscheiden kann, teilen sich einen Rang; die Spalte gegenüber dem "
    "Besten zeigt, was jeden vom ersten Mix auf Rang 1 trennt."};
inline constexpr Term budget_years_heading{"Budget and integrations by calendar year", "Budget und Integrationen je Kalenderjahr"};
inline constexpr Term budget_years_console{"by calendar year (best mix; the plan's mix):",
                                           "nach Kalenderjahr (bester Mix; Mix des Plans):"};
inline constexpr Term year_col{"Year", "Jahr"};
inline constexpr Term operative_egt_col{"Operative EGT", "Operatives EGT"};
inline constexpr Term best_spend_col{"Best mix: spend", "Bester Mix: Ausgaben"};
inline constexpr Term share_col{"Share", "Anteil"};
inline constexpr Term plan_spend_col{"Plan's mix: spend", "Mix des Plans: Ausgaben"};
inline constexpr Term best_integrations_col{"Best mix: integrations", "Bester Mix: Integrationen"};
inline constexpr Term best_p_all_col{"Best mix: P(all) of the year", "Bester Mix: P(alle) des Jahres"};
inline constexpr Term share_of_operative_period{"{} of the operative EGT {}, {}", "{} des operativen EGT {}, {}"};
inline constexpr Term budget_of_period{"operative EGT {}: {}", "operatives EGT {}: {}"};
inline constexpr Term best_integrations_card_period{"Best mix: integrations {}, mean",
                                                    "Bester Mix: Integrationen {}, Mittelwert"};
inline constexpr Term best_spend_card_period{"Best mix: EGT spend {}, mean", "Bester Mix: EGT-Ausgaben {}, Mittelwert"};
inline constexpr Term percentage_points_interval{"{} pp ({} .. {})", "{} Pp. ({} .. {})"};
inline constexpr Term runs_of_progress{"replications ({} runs of {})", "Simulationsläufe ({} Läufe zu je {})"};

// batch: the report and the console table.
inline constexpr Term batch_title{"Batch {}: {} jobcenters", "Stapel {}: {} Jobcenter"};
inline constexpr Term batch_page_title{"{} \u2013 intsim batch", "{} \u2013 intsim-Stapellauf"};
inline constexpr Term batch_meta{"{} replications per jobcenter", "{} Simulationsläufe je Jobcenter"};
inline constexpr Term total{"total", "Summe"};
inline constexpr Term Total{"Total", "Summe"};
inline constexpr Term jobcenter{"jobcenter", "Jobcenter"};
inline constexpr Term Jobcenter{"Jobcenter", "Jobcenter"};
inline constexpr Term total_integrations_card{"Integrations of all, mean", "Integrationen aller, Mittelwert"};
inline constexpr Term total_ltr_card{"LZB stock of all, yearly average, mean", "LZB-Bestand aller im Jahresdurchschnitt, Mittelwert"};
inline constexpr Term total_spend_card{"EGT spend of all, mean", "EGT-Ausgaben aller, Mittelwert"};
inline constexpr Term every_jobcenter_card{"Every jobcenter meets all its targets", "Jedes Jobcenter erreicht alle seine Ziele"};
inline constexpr Term every_jobcenter_detail{"share of simulated years in which each jobcenter meets every target of its own",
                                             "Anteil der simulierten Jahre, in denen jedes Jobcenter jedes eigene Ziel erreicht"};
inline constexpr Term sum_of_targets{"sum of the targets {}", "Summe der Ziele {}"};
inline constexpr Term jobcenters_heading{"One row per jobcenter", "Eine Zeile je Jobcenter"};
inline constexpr Term batch_chart_title{"Integrations against each jobcenter's target (mean, 90 % range)",
                                        "Integrationen gegenüber dem Ziel jedes Jobcenters (Mittelwert, 90-%-Bereich)"};
inline constexpr Term batch_chart_axis{"integrations above (+) or below (\u2212) the target, % of the target",
                                       "Integrationen über (+) oder unter (\u2212) dem Ziel, % des Ziels"};
inline constexpr Term on_target{"target", "Ziel"};
inline constexpr Term batch_chart_note{
    "Dot: mean, whisker: 90 % range (p05\u2013p95) of the year, both as a percentage of the jobcenter's target. "
    "Colour: P(target met) by the colour rule below.",
    "Punkt: Mittelwert, Strich: 90-%-Bereich (p05\u2013p95) des Jahres, beides in Prozent des Ziels des Jobcenters. "
    "Farbe: P(Ziel erreicht) nach der Farbregel unten."};
inline constexpr Term share_of_egt_col{"Share of the operative EGT", "Anteil am operativen EGT"};
inline constexpr Term p_all_targets_col{"P(all targets met)", "P(alle Ziele erreicht)"};
inline constexpr Term batch_table_note{
    "Means over the replications (the 90 % ranges are in the chart above and in batch-summary.csv). The total's figures are taken over the per-replication sums of "
    "all jobcenters (not by adding quantiles); its targets are the sums of the jobcenters' targets; its P(all "
    "targets met) is the share of simulated years in which every jobcenter meets all of its own targets.",
    "Mittelwerte über die Simulationsläufe (die 90-%-Bereiche stehen im Diagramm oben und in batch-summary.csv). Die Zahlen der Summe werden über die Summen je "
    "Simulationslauf aller Jobcenter gebildet (nicht durch Addieren von Quantilen); ihre Ziele sind die Summen der "
    "Ziele der Jobcenter; ihr P(alle Ziele erreicht) ist der Anteil der simulierten Jahre, in denen jedes Jobcenter "
    "alle eigenen Ziele erreicht."};
inline constexpr Term failed_heading{"Scenarios that failed", "Fehlgeschlagene Szenarien"};
inline constexpr Term batch_footer{
    "Every scenario ran the same replication numbers with the same seed; each jobcenter's own results.json and "
    "report are in its folder beside this page. Figures also in batch-summary.json and batch-summary.csv.",
    "Jedes Szenario lief mit denselben Laufnummern und demselben Startwert; die results.json jedes Jobcenters liegt "
    "in seinem Ordner neben dieser Seite. Die Zahlen stehen auch in batch-summary.json und batch-summary.csv."};
inline constexpr Term batch_head{"{}  ({} jobcenters, {} replications each, seed {}, {}{}, {} s)",
                                 "{}  ({} Jobcenter, je {} Simulationsläufe, Startwert {}, {}{}, {} s)"};
inline constexpr Term batch_egt_line{"EGT of all jobcenters: {} operative, P(total spend over it) {}",
                                     "EGT aller Jobcenter: {} operativ, P(Gesamtausgaben darüber) {}"};
inline constexpr Term batch_failed_line{"{} of {} scenarios failed (listed above and in batch-summary.json)",
                                        "{} von {} Szenarien fehlgeschlagen (oben und in batch-summary.json aufgeführt)"};
inline constexpr Term batch_console_note{"means over the replications; P(all): the jobcenter's targets all met in the same replication",
                                         "Mittelwerte über die Simulationsläufe; P(alle): alle Ziele des Jobcenters im selben Lauf erreicht"};

// track: the report and the console table.
inline constexpr Term track_title{"Tracking {}: actuals to {}", "Zielverfolgung {}: Ist bis {}"};
inline constexpr Term track_page_title{"{} \u2013 intsim tracking {}", "{} \u2013 intsim-Zielverfolgung {}"};
inline constexpr Term track_meta{"{} month(s) observed, {} left \u00b7 {} replications",
                                 "{} Monat(e) beobachtet, {} offen \u00b7 {} Simulationsläufe"};
inline constexpr Term actuals_sha{"actuals {} sha256", "Ist-Werte {} sha256"};
inline constexpr Term target_card{"{}: P(target met)", "{}: P(Ziel erreicht)"};
inline constexpr Term target_card_detail{"target {} \u00b7 year {} mean (90 % range {}) \u00b7 the plan said {}",
                                         "Ziel {} \u00b7 Jahr {} Mittelwert (90-%-Bereich {}) \u00b7 der Plan sagte {}"};
inline constexpr Term all_targets_tracked_detail{"all tracked targets in the same simulated year \u00b7 the plan said {}",
                                                 "alle verfolgten Ziele im selben simulierten Jahr \u00b7 der Plan sagte {}"};
inline constexpr Term learned_heading{"What the months so far say", "Was die bisherigen Monate sagen"};
inline constexpr Term learned_text{
    "The levels of integration, exits and inflow were learnt from the {} month(s) observed: of the plan's {} "
    "simulated years, the months leave as much information as {} equally likely ones ({} of them). The more the "
    "months differ from what the plan expected, the fewer remain.",
    "Die Niveaus von Integration, Abgängen und Zugängen wurden aus den {} beobachteten Monat(en) gelernt: von den {} "
    "simulierten Jahren des Plans lassen die Monate so viel Information wie {} gleich wahrscheinliche übrig ({} davon). "
    "Je mehr die Monate von den Erwartungen des Plans abweichen, desto weniger bleiben."};
inline constexpr Term not_learned_text{"The levels were not learnt from the months: {}", "Die Niveaus wurden nicht aus den Monaten gelernt: {}"};
inline constexpr Term untracked_target{"Target {} is not tracked: the actuals have no column for it.",
                                       "Ziel {} wird nicht verfolgt: die Ist-Werte haben keine Spalte dafür."};
inline constexpr Term year_chart_title{"The year against its targets (mean, 90 % range)",
                                       "Das Jahr gegenüber seinen Zielen (Mittelwert, 90-%-Bereich)"};
inline constexpr Term year_chart_axis{"above (+) or below (\u2212) the target, % of the target",
                                      "über (+) oder unter (\u2212) dem Ziel, % des Ziels"};
inline constexpr Term year_chart_note{
    "Each tracked target: the year as the actuals so far and the projection of the rest give it, in percent of the "
    "target (for stocks, where lower is better, below 0 is good). Colour: P(target met) by the colour rule.",
    "Jedes verfolgte Ziel: das Jahr aus den bisherigen Ist-Werten und der Projektion des Rests, in Prozent des Ziels "
    "(bei Beständen, wo weniger besser ist, ist unter 0 gut). Farbe: P(Ziel erreicht) nach der Farbregel."};
inline constexpr Term lights_heading{"Month by month against the plan", "Monat für Monat gegenüber dem Plan"};
inline constexpr Term month_col{"Month", "Monat"};
inline constexpr Term integrations_month_col{"Integrations in the month", "Integrationen im Monat"};
inline constexpr Term integrations_cum_col{"Integrations, cumulative", "Integrationen, kumuliert"};
inline constexpr Term elb_col{"eLb stock", "eLb-Bestand"};
inline constexpr Term ltr_col{"LZB stock", "LZB-Bestand"};
inline constexpr Term light_plan{"plan {} ({})", "Plan {} ({})"};
inline constexpr Term light_above{"above the band", "über dem Korridor"};
inline constexpr Term light_below{"below the band", "unter dem Korridor"};
inline constexpr Term not_observed{"not observed", "nicht beobachtet"};
inline constexpr Term lights_note{
    "Each observed figure against the plan's band for that month: below it, the plan's median and (in brackets) its p05\u2013p95 "
    "range over the plan's simulated years. "
    "Green: at or better than the plan's median; amber: worse than the median but inside the band; red: outside the "
    "band on the worse side. Better is more integrations and smaller stocks.",
    "Jeder beobachtete Wert gegenüber dem Korridor des Plans für diesen Monat: darunter der Median des Plans und "
    "(in Klammern) sein Bereich p05\u2013p95 über die simulierten Jahre des Plans. Grün: gleich oder besser als der Median des Plans; gelb: schlechter als der Median, aber im "
    "Korridor; rot: außerhalb des Korridors auf der schlechteren Seite. Besser heißt mehr Integrationen und kleinere "
    "Bestände."};
inline constexpr Term targets_heading{"Targets", "Ziele"};
inline constexpr Term targets_of_tracked_year{"Targets of the tracked year {}", "Ziele des verfolgten Jahres {}"};
inline constexpr Term so_far_col{"So far", "Bisher"};
inline constexpr Term year_mean_col{"Year, mean", "Jahr, Mittelwert"};
inline constexpr Term plan_p_met_col{"The plan's P(target met)", "P(Ziel erreicht) laut Plan"};
inline constexpr Term needed_col{"Needed per open month", "Nötig je offenem Monat"};
inline constexpr Term projected_col{"Projected per open month, mean", "Projiziert je offenem Monat, Mittelwert"};
inline constexpr Term at_least{"at least {}", "mindestens {}"};
inline constexpr Term at_most{"at most {}", "höchstens {}"};
inline constexpr Term targets_note{
    "So far: the months observed (sums, or averages of stocks). Needed per open month: what each month without the "
    "figure must bring on average for the target to be met; projected: what the projection expects of them.",
    "Bisher: die beobachteten Monate (Summen oder Durchschnitte der Bestände). Nötig je offenem Monat: was jeder Monat "
    "ohne den Wert im Durchschnitt bringen muss, damit das Ziel erreicht wird; projiziert: was die Projektion von ihnen "
    "erwartet."};
inline constexpr Term history_heading{"The months tracked so far", "Die bisher verfolgten Monate"};
inline constexpr Term tracked_at_col{"Tracked with actuals to", "Verfolgt mit Ist bis"};
inline constexpr Term p_all_targets_short{"P(all targets)", "P(alle Ziele)"};
inline constexpr Term history_note{
    "How the outlook moved as months arrived: the plan's own first, then each tracking month read from its folder "
    "track-YYYY-MM beside this one (the same scenario, by SHA-256), this one last.",
    "Wie sich der Ausblick mit jedem Monat bewegte: zuerst der Plan selbst, dann jeder Monat der Zielverfolgung aus "
    "seinem Ordner track-JJJJ-MM neben diesem (dasselbe Szenario, nach SHA-256), dieser zuletzt."};
inline constexpr Term history_chart_title{"P(target met) from the plan over the months tracked",
                                          "P(Ziel erreicht) vom Plan über die verfolgten Monate"};
inline constexpr Term history_chart_note{
    "Each line: one target's P(target met), as the plan said it and as each tracking month saw it; dashed: all "
    "targets at once. The shaded zones are the colour rule's: green from the offer's probability, red up to its "
    "complement.",
    "Jede Linie: P(Ziel erreicht) eines Ziels, wie der Plan es sah und wie jeder Monat der Zielverfolgung; "
    "gestrichelt: alle Ziele zugleich. Die farbigen Zonen sind die der Farbregel: grün ab der Wahrscheinlichkeit des "
    "Zielangebots, rot bis zu ihrem Gegenstück."};
inline constexpr Term year_mean_of{"{}: the year, mean", "{}: das Jahr, Mittelwert"};
inline constexpr Term plan_row{"the plan", "der Plan"};
inline constexpr Term history_skipped{"Earlier results not read", "Nicht gelesene frühere Ergebnisse"};
inline constexpr Term history_console{"history, the plan and each month tracked so far:",
                                      "Verlauf, der Plan und jeder bisher verfolgte Monat:"};
inline constexpr Term history_skipped_line{"history: skipped {}: {}", "Verlauf: übersprungen {}: {}"};
inline constexpr Term year_of{"year {}", "Jahr {}"};
inline constexpr Term track_footer{
    "Method: observed figures count as they were; the rest of the year is projected by replications whose levels of "
    "integration, exits and inflow follow what the months observed say about them (docs/tracking.md). Each simulated "
    "year = the actuals + its own projection. Figures also in track.json, track-targets.csv and track-months.csv.",
    "Methode: beobachtete Werte zählen, wie sie waren; der Rest des Jahres wird von Simulationsläufen projiziert, deren "
    "Niveaus von Integration, Abgängen und Zugängen dem folgen, was die beobachteten Monate über sie sagen "
    "(docs/tracking.md). Jedes simulierte Jahr = die Ist-Werte + seine eigene Projektion. Die Zahlen stehen auch in "
    "track.json, track-targets.csv und track-months.csv."};

inline constexpr Term track_head{"{}: actuals to {} ({} months observed, {} left)  ({} replications, seed {}, {}, {} s)",
                                 "{}: Ist bis {} ({} Monate beobachtet, {} offen)  ({} Simulationsläufe, Startwert {}, {}, {} s)"};
inline constexpr Term so_far_short{"so far", "bisher"};
inline constexpr Term year_range_short{"year p05 \u2013 p95", "Jahr p05 \u2013 p95"};
inline constexpr Term plan_short{"plan", "Plan"};
inline constexpr Term needed_short{"needed/m", "nötig/M"};
inline constexpr Term projected_short{"proj./m", "proj./M"};
inline constexpr Term p_all_tracked_line{"P(all targets met together): {} (plan: {})",
                                         "P(alle Ziele zugleich erreicht): {} (Plan: {})"};
inline constexpr Term early_warning_line{"early warning, observed month against the plan's p05-p95 ({} outside):",
                                         "Frühwarnung, beobachteter Monat gegenüber p05-p95 des Plans ({} außerhalb):"};
inline constexpr Term month_short_col{"month", "Monat"};
inline constexpr Term cumulative_short{"cumulative", "kumuliert"};
inline constexpr Term band_ok{"ok", "ok"};
inline constexpr Term band_low{"LOW", "NIEDRIG"};
inline constexpr Term band_high{"HIGH", "HOCH"};
inline constexpr Term note_line{"note: {}", "Hinweis: {}"};
inline constexpr Term learnt_line{"levels learnt from the months observed (ESS {} of {} plan draws, {}; moves accepted {}):",
                                  "Niveaus aus den beobachteten Monaten gelernt (ESS {} von {} Plan-Ziehungen, {}; Schritte angenommen {}):"};
inline constexpr Term level_line{"  {}  x{} ({} \u2013 {}) of the plan's level", "  {}  x{} ({} \u2013 {}) des Plan-Niveaus"};
inline constexpr Term level_integration{"integration", "Integration"};
inline constexpr Term level_exit{"exit", "Abgang"};
inline constexpr Term level_inflow{"inflow", "Zugang"};
inline constexpr Term notice_unexplained{
    "The months observed cannot be explained by the plan: only {} of its {} simulated years come near them (effective "
    "sample size). More replications will not change that. Check the actuals (the months, the columns, that they "
    "count what the plan counts: K2 integrations, the eLb and LZB stocks), the plan's start stock and hazards (intsim "
    "calibrate on last year's figures) and its uncertainty spreads. Until then the projection moves the levels beyond "
    "the plan's range ({}), where it rests on a linear fit.",
    "Die beobachteten Monate lassen sich mit dem Plan nicht erklären: nur {} seiner {} simulierten Jahre kommen ihnen "
    "nahe (effektive Stichprobengröße). Mehr Simulationsläufe ändern daran nichts. Prüfen Sie die Ist-Werte (die "
    "Monate, die Spalten und ob sie zählen, was der Plan zählt: Integrationen nach K2, eLb- und LZB-Bestand), den "
    "Startbestand und die Raten des Plans (intsim calibrate mit den Zahlen des Vorjahres) und seine "
    "Unsicherheitsannahmen. Bis dahin verschiebt die Projektion die Niveaus über den Bereich des Plans hinaus ({}), "
    "wo sie auf einer linearen Näherung beruht."};
inline constexpr Term notice_at_edge{
    "The months observed lie at the edge of what the plan's uncertainty allows: {} of its {} simulated years carry "
    "the weight; the levels were moved beyond them, where the likelihood rests on a linear fit. Check the plan "
    "(intsim calibrate) or its uncertainty spreads.",
    "Die beobachteten Monate liegen am Rand dessen, was die Unsicherheit des Plans zulässt: {} seiner {} simulierten "
    "Jahre tragen das Gewicht; die Niveaus wurden darüber hinaus verschoben, wo die Likelihood auf einer linearen "
    "Näherung beruht. Prüfen Sie den Plan (intsim calibrate) oder seine Unsicherheitsannahmen."};
inline constexpr Term notice_few_draws{
    "Only {} effective draws of the levels although the months agree with the plan: raise --reps.",
    "Nur {} effektive Ziehungen der Niveaus, obwohl die Monate zum Plan passen: erhöhen Sie --reps."};
inline constexpr Term notice_low_acceptance{
    "The moves of the levels accepted only {} of their steps: the posterior is far from Gaussian; raise --reps.",
    "Die Schritte der Niveaus wurden nur zu {} angenommen: die A-posteriori-Verteilung ist weit von einer "
    "Normalverteilung entfernt; erhöhen Sie --reps."};
inline constexpr Term not_learnt_no_levels{"the plan has no uncertain levels to learn",
                                           "der Plan hat keine unsicheren Niveaus, die sich lernen ließen"};
inline constexpr Term not_learnt_no_figure{"the actuals have no figure the levels act on",
                                           "die Ist-Werte haben keine Zahl, auf die die Niveaus wirken"};
inline constexpr Term not_learnt_few{"too few replications to learn the levels: raise --reps",
                                     "zu wenige Simulationsläufe, um die Niveaus zu lernen: erhöhen Sie --reps"};
inline constexpr Term notice_not_learnt{"The levels were not learnt from the months observed: {}.",
                                        "Die Niveaus wurden nicht aus den beobachteten Monaten gelernt: {}."};
inline constexpr Term distinct_draws_line{"{} distinct draws of the levels after the moves",
                                          "{} verschiedene Ziehungen der Niveaus nach den Schritten"};
inline constexpr Term plan_figures_note{
    "Plan: the plan's first {} replications (seed {}), the same replications as the first {} of the plan's own run; "
    "a run of the plan with more replications gives figures that differ from these by Monte Carlo error (about "
    "\u00b1{} percentage points for a probability near 50 % at {} replications).",
    "Plan: die ersten {} Simulationsläufe des Plans (Startwert {}), dieselben wie die ersten {} seines eigenen Laufs; "
    "ein Lauf des Plans mit mehr Simulationsläufen weicht davon um den Monte-Carlo-Fehler ab (etwa \u00b1{} "
    "Prozentpunkte für eine Wahrscheinlichkeit um 50 % bei {} Läufen)."};
inline constexpr Term track_console_note{"year: actuals + projection; P(met) now against the plan's; needed/proj. per open month (mean)",
                                         "Jahr: Ist + Projektion; P(erreicht) jetzt gegenüber dem Plan; nötig/proj. je offenem Monat (Mittelwert)"};

// How monthly figures were derived from the BA's rolling key figures.
inline constexpr std::array<Term, 6> actual_figure = {  // ActualField order; English: the column
    Term{"elb", "eLb-Bestand"},
    Term{"ltr", "LZB-Bestand"},
    Term{"integrations", "Integrationen"},
    Term{"integrations_women", "Integrationen von Frauen"},
    Term{"integrations_single_parents", "Integrationen von Alleinerziehenden"},
    Term{"integrations_ltr", "Integrationen von LZB"}};
inline constexpr Term rolling_sum_change{"the change of the rolling sum", "die Änderung der gleitenden 12-Monats-Summe"};
inline constexpr Term rolling_average_change{"the change of the rolling average x 12",
                                             "die Änderung des gleitenden 12-Monats-Durchschnitts x 12"};
inline constexpr Term derived_exact{"{} of {} from {}: {} plus the month a year earlier as the file gives it",
                                    "{} für {} aus {}: {} plus der Monat ein Jahr zuvor, wie ihn die Datei angibt"};
inline constexpr Term derived_estimated{
    "{} of {} from {}: {} plus the month a year earlier, which the file does not give: estimated as the scenario's "
    "season share of the rolling sum (its chance is carried into the likelihood); add the previous year's rows with "
    "monthly {} to make it exact",
    "{} für {} aus {}: {} plus der Monat ein Jahr zuvor, den die Datei nicht enthält: geschätzt als Saisonanteil "
    "des Szenarios an der gleitenden Summe (seine Zufallsschwankung geht in die Likelihood ein); ergänzen Sie die "
    "Zeilen des Vorjahres mit den Monatswerten {}, damit er genau wird"};
inline constexpr Term derived_heading{"Derived from the BA's key figures", "Aus den Kennzahlen der BA abgeleitet"};

// Tracking a plan of several calendar years: each year and the whole horizon.
inline constexpr Term tracked_year_line{
    "tracked year {}: the months observed belong to it; the plan runs from {} to {}, its later years are projected",
    "verfolgtes Jahr {}: die beobachteten Monate gehören zu ihm; der Plan reicht von {} bis {}, seine späteren Jahre "
    "sind projiziert"};
inline constexpr Term tracked_year_targets{"the tracked year {}, its targets and months:",
                                           "das verfolgte Jahr {}, seine Ziele und Monate:"};
inline constexpr Term track_years_console{
    "every calendar year of the plan and the whole horizon (the same replications, the levels learnt from the months "
    "observed):",
    "jedes Kalenderjahr des Plans und der gesamte Zeitraum (dieselben Simulationsläufe, die aus den beobachteten "
    "Monaten gelernten Niveaus):"};
inline constexpr Term basis_row{"basis", "Grundlage"};
inline constexpr Term basis_actuals{"actuals to {} + projection", "Ist bis {} + Projektion"};
inline constexpr Term basis_actuals_short{"actuals + proj.", "Ist + Proj."};
inline constexpr Term basis_projection{"projection", "Projektion"};
inline constexpr Term target_row_of{"{}: target", "{}: Ziel"};
inline constexpr Term mean_row_of{"{}: mean", "{}: Mittelwert"};
inline constexpr Term range_of{"{}: 90 % range", "{}: 90-%-Bereich"};
inline constexpr Term p_met_of_row{"{}: P(target met)", "{}: P(Ziel erreicht)"};
inline constexpr Term p_all_of_period{"P(all targets met, the period)", "P(alle Ziele erreicht, der Zeitraum)"};
inline constexpr Term plan_p_all_of_period{"the plan: P(all targets met)", "der Plan: P(alle Ziele erreicht)"};
inline constexpr Term p_all_tracked_every_year_line{"P(all targets met in every year {}\u2013{}): {} (plan: {})",
                                                    "P(alle Ziele in jedem Jahr {}\u2013{} erreicht): {} (Plan: {})"};
inline constexpr Term every_year_card{"All targets in every year {}\u2013{}", "Alle Ziele in jedem Jahr {}\u2013{}"};
inline constexpr Term every_year_card_detail{
    "every tracked target of every year in the same simulated future; {}: actuals + projection, later years "
    "projected \u00b7 the plan said {}",
    "jedes verfolgte Ziel jedes Jahres in derselben simulierten Zukunft; {}: Ist + Projektion, spätere Jahre "
    "projiziert \u00b7 der Plan sagte {}"};
inline constexpr Term track_years_heading{"Every year of the plan and the whole horizon",
                                          "Jedes Jahr des Plans und der gesamte Zeitraum"};
inline constexpr Term track_years_note{
    "The months observed belong to the first year. The same replications that project its open months run on with "
    "the levels learnt from them to the end of the plan; a later year's levels walk on from the first's, so its "
    "range is wider (docs/years.md). Each year against its own targets; the whole horizon without targets (counts "
    "over all months, averages over all month ends). P(all targets met) of the whole horizon: every target of every "
    "year met in the same replication. Also in track.json (years, horizon) and track-years.csv.",
    "Die beobachteten Monate gehören zum ersten Jahr. Dieselben Simulationsläufe, die seine offenen Monate "
    "projizieren, laufen mit den daraus gelernten Niveaus bis zum Ende des Plans weiter; die Niveaus eines späteren "
    "Jahres entwickeln sich von denen des ersten aus weiter, daher ist sein Bereich breiter (docs/years.md). Jedes "
    "Jahr gegenüber seinen eigenen Zielen; der gesamte Zeitraum ohne Ziele (Zählungen über alle Monate, Mittelwerte "
    "über alle Monatsenden). P(alle Ziele erreicht) des gesamten Zeitraums: jedes Ziel jedes Jahres im selben "
    "Simulationslauf erreicht. Auch in track.json und track-years.csv."};

// Chart legends and tooltips.
inline constexpr Term legend_target_line{"target", "Ziel"};

// Calibration (intsim calibrate and intsim init).
inline constexpr Term ident_head{
    "which figures inform which parameters (change of the figure in % when the parameter moves by one prior sd):",
    "welche Kennzahlen welche Parameter bestimmen (Änderung der Kennzahl in %, wenn sich der Parameter um eine "
    "Prior-Standardabweichung bewegt):"};
inline constexpr Term ident_corner{"figure \\ parameter", "Kennzahl \\ Parameter"};
inline constexpr Term ident_parameter{"start {:<10.4g} prior sd {:.2f} (x{:.2f}), bounds {:.3g} .. {:.3g}",
                                      "Start {:<10.4g} Prior-SD {:.2f} (x{:.2f}), Grenzen {:.3g} .. {:.3g}"};
inline constexpr Term ident_weakest{"weakest combination: a one-sd move changes the figures by {:.2f} % ({} at least {:.1f} %)",
                                    "schwächste Kombination: ein Schritt um eine SD ändert die Kennzahlen um {:.2f} % ({} mindestens {:.1f} %)"};
inline constexpr Term ident_identified{"identified:", "bestimmt:"};
inline constexpr Term ident_not_identified{"NOT identified: needs", "NICHT bestimmt: braucht"};
inline constexpr Term round_misses_item{"{} {:+.2f} % (tolerance {:.2f} %)", "{} {:+.2f} % (Toleranz {:.2f} %)"};
inline constexpr Term round_line{"round {}: fit in {} iterations ({} expected-model runs); Monte Carlo {}",
                                 "Runde {}: Anpassung in {} Iterationen ({} Läufe des Erwartungsmodells); Monte Carlo {}"};
inline constexpr Term round_meets{"meets every figure", "trifft jede Kennzahl"};
inline constexpr Term round_misses{"misses {}", "verfehlt {}"};
inline constexpr Term fit_figure{"figure", "Kennzahl"};
inline constexpr Term fit_actual{"actual", "Ist"};
inline constexpr Term fit_target{"exp. target", "Erw. Ziel"};
inline constexpr Term fit_expected{"exp. fit", "Erw. Anp."};
inline constexpr Term fit_mc_mean{"MC mean", "MC-Mittel"};
inline constexpr Term fit_mc_error{"MC err", "MC-Abw."};
inline constexpr Term fit_tolerance{"tolerance", "Toleranz"};
inline constexpr Term fit_met{"met", "erfüllt"};
inline constexpr Term fit_yes{"yes", "ja"};
inline constexpr Term fit_no{"NO", "NEIN"};
inline constexpr Term fit_not_fitted{"(not fitted)", "(nicht angepasst)"};
inline constexpr Term fit_parameters{"parameters (start -> fitted):", "Parameter (Start -> angepasst):"};
inline constexpr Term fit_at_bound{"  AT ITS BOUND ({:.3g} .. {:.3g})", "  AN SEINER GRENZE ({:.3g} .. {:.3g})"};
inline constexpr Term note_group_all{"{} are all of the eLb: their integration factor stays 1, {} is checked, not fitted",
                                     "{} sind alle eLb: ihr Integrationsfaktor bleibt 1, {} wird geprüft, nicht angepasst"};
inline constexpr Term note_group_none{"{} are none of the eLb: their integration factor stays 1, {} is checked, not fitted",
                                      "{} sind keine der eLb: ihr Integrationsfaktor bleibt 1, {} wird geprüft, nicht angepasst"};
inline constexpr Term note_women{"women", "Frauen"};
inline constexpr Term note_single_parents{"single parents", "Alleinerziehende"};
inline constexpr Term note_ltr_end_checked{"the LZB stock in December before is given: the LZB year end is checked, not fitted",
                                           "der LZB-Bestand im Dezember davor ist angegeben: das LZB-Jahresende wird geprüft, nicht angepasst"};
inline constexpr Term note_ltr_start_fitted{"the start LZB share is fitted to the LZB year end",
                                            "der LZB-Anteil am Start wird an das LZB-Jahresende angepasst"};
inline constexpr Term note_newcomers_given{"newcomers are given: the eLb average fits the other-exit level",
                                           "Neuzugänge sind angegeben: der eLb-Durchschnitt passt das Niveau der übrigen Abgänge an"};
inline constexpr Term note_newcomers_fitted{"the eLb average fits the newcomers a month; other exits at the national level",
                                            "der eLb-Durchschnitt passt die Neuzugänge je Monat an; übrige Abgänge auf Bundesniveau"};
inline constexpr Term note_weakly_identified{
    "the figures {} tell {} apart only weakly ({:.2f} % per prior sd, below the {:.1f} % calibrate asks of figures a "
    "user picks): the fit keeps their split near the start values (an assumption); the Monte Carlo check still holds "
    "every figure",
    "die Kennzahlen {} unterscheiden {} nur schwach ({:.2f} % je Prior-Standardabweichung, unter den {:.1f} %, die "
    "calibrate bei selbst gewählten Kennzahlen verlangt): die Anpassung hält ihre Aufteilung nahe den Startwerten (eine "
    "Annahme); die Monte-Carlo-Prüfung muss weiterhin jede Kennzahl treffen"};
inline constexpr Term init_base_year{"{}: base year {} from {}", "{}: Basisjahr {} aus {}"};
inline constexpr Term init_plan{"plan {} ({} replications, seed {}):", "Plan {} ({} Simulationsläufe, Startwert {}):"};
inline constexpr Term init_next{"next: intsim validate --explain {}  shows where every value comes from",
                                "weiter: intsim validate --explain {}  zeigt, woher jeder Wert kommt"};
inline constexpr Term init_warning{"warning: {}", "Warnung: {}"};

// Plausibility of a jobcenter's figures (decisions/setup/plausibility.hpp).
inline constexpr Term plaus_k2{"the integration rate K2 (integrations / eLb average)",
                               "die Integrationsquote K2 (Integrationen / eLb im Jahresdurchschnitt)"};
inline constexpr Term plaus_k2_women{"the integration rate of women (their integrations / women in the stock)",
                                     "die Integrationsquote der Frauen (ihre Integrationen / Frauen im Bestand)"};
inline constexpr Term plaus_k2e4{"the integration rate of single parents K2E4",
                                 "die Integrationsquote der Alleinerziehenden K2E4"};
inline constexpr Term plaus_k3e1{"the integration rate of LZB K3E1 (their integrations / LZB average)",
                                 "die Integrationsquote der LZB K3E1 (ihre Integrationen / LZB im Jahresdurchschnitt)"};
inline constexpr Term plaus_ltr_share{"the LZB share of the eLb (LZB average / eLb average)",
                                      "der LZB-Anteil an den eLb (LZB / eLb im Jahresdurchschnitt)"};
inline constexpr Term plaus_newcomers{"newcomers a month per eLb", "Neuzugänge je Monat und eLb"};
inline constexpr Term plaus_cost_month{"the cost per slot- or participant-month of measure \"{}\"",
                                       "die Kosten je Platz- oder Teilnehmermonat der Maßnahme \"{}\""};
inline constexpr Term plaus_cost_entry{"the cost per entry of measure \"{}\"",
                                       "die Kosten je Eintritt der Maßnahme \"{}\""};
inline constexpr Term plaus_refused{
    "{} is {}, above {}: no jobcenter can have it (jobcenters show {} to {}; docs/evidence/plausibility.md); check "
    "the figures",
    "{} beträgt {}, über {}: das kann kein Jobcenter haben (Jobcenter zeigen {} bis {}; "
    "docs/evidence/plausibility.md); bitte die Zahlen prüfen"};
inline constexpr Term plaus_warned{
    "{} is {}, outside {} to {} (what jobcenters show, docs/evidence/plausibility.md): computed as given, but check "
    "the figure",
    "{} beträgt {}, außerhalb von {} bis {} (was Jobcenter zeigen, docs/evidence/plausibility.md): gerechnet wie "
    "angegeben, aber bitte die Zahl prüfen"};
inline constexpr Term plaus_report_head{"Warnings about the input figures", "Warnungen zu den Eingangszahlen"};

}  // namespace words

}  // namespace intsim
