#pragma once
// The words of optimise's report and console table, English and German side by side
// (report/glossary.hpp says how a term is written and said).
#include "report/glossary.hpp"

namespace intsim::words {

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

}  // namespace intsim::words
