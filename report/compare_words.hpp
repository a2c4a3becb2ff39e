#pragma once
// The words of compare's report and console table, English and German side by side
// (report/glossary.hpp says how a term is written and said).
#include "report/glossary.hpp"

namespace intsim::words {

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

}  // namespace intsim::words
