#pragma once
// The words of calibration (intsim calibrate and intsim init) and of the plausibility
// of a jobcenter's figures, English and German side by side
// (report/glossary.hpp says how a term is written and said).
#include "report/glossary.hpp"

namespace intsim::words {

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

}  // namespace intsim::words
