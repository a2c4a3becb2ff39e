#pragma once
// The words of track's report and console table, of the months derived from the BA's
// rolling key figures and of a plan of several calendar years, English and German side by side
// (report/glossary.hpp says how a term is written and said).
#include <array>

#include "report/glossary.hpp"

namespace intsim::words {

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

}  // namespace intsim::words
