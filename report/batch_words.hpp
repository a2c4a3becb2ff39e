#pragma once
// The words of batch's report and console table, English and German side by side
// (report/glossary.hpp says how a term is written and said).
#include "report/glossary.hpp"

namespace intsim::words {

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

}  // namespace intsim::words
