#include "report/workbench_words.hpp"

namespace intsim::words {

const std::vector<std::pair<std::string_view, Term>>& workbench_page_words() {
    static const std::vector<std::pair<std::string_view, Term>> list = {
        {"title", {"intsim workbench", "intsim-Werkbank"}},
        {"plan", {"Plan", "Plan"}},
        {"language", {"Language", "Sprache"}},
        {"copy_link", {"Copy link", "Link kopieren"}},
        {"link_copied", {"Link copied: it reopens this variant and view.", "Link kopiert: er öffnet diese Variante und Ansicht wieder."}},
        {"view_whatif", {"What if", "Was wäre, wenn"}},
        {"view_montecarlo", {"Monte Carlo", "Monte Carlo"}},
        {"view_runs", {"Past runs", "Frühere Läufe"}},
        {"measures_heading", {"Measures of the plan (each calendar year)", "Maßnahmen des Plans (je Kalenderjahr)"}},
        {"measures_note",
         {"Capacities and prices hold in every calendar year of the plan (the programme repeats, docs/years.md "
          "section 8); a measure runs in the months shown per year. Change a value to see the expected answer at once; "
          "a value the scenario does not allow is refused with the reason beside it.",
          "Kapazitäten und Preise gelten in jedem Kalenderjahr des Plans (das Programm wiederholt sich, docs/years.md "
          "Abschnitt 8); eine Maßnahme läuft in den je Jahr genannten Monaten. Ändern Sie einen Wert, und die "
          "erwartete Wirkung erscheint sofort; einen Wert, den das Szenario nicht zulässt, lehnt die Werkbank mit "
          "Begründung daneben ab."}},
        {"measure_col", {"Measure", "Maßnahme"}},
        {"capacity_col", {"Capacity per year", "Kapazität je Jahr"}},
        {"price_col", {"Price", "Preis"}},
        {"fixed_col", {"Fixed per year", "Fest je Jahr"}},
        {"running_col", {"Months running, by year", "Laufmonate je Jahr"}},
        {"entries_col", {"Entries over the horizon (expected), plan → variant", "Eintritte im Zeitraum (erwartet), Plan → Variante"}},
        {"spend_col", {"EGT spend over the horizon (expected), plan → variant", "EGT-Ausgaben im Zeitraum (erwartet), Plan → Variante"}},
        {"third_party", {"funded by a third party, no EGT", "drittfinanziert, kein EGT"}},
        {"unit_slots", {"slots", "Plätze"}},
        {"unit_entries", {"entries", "Eintritte"}},
        {"unit_budget", {"€ budget", "€ Budget"}},
        {"unit_per_slot_month", {"€ per slot-month", "€ je Platzmonat"}},
        {"unit_per_participant_month", {"€ per participant-month", "€ je Teilnehmermonat"}},
        {"unit_per_entry", {"€ per entry", "€ je Eintritt"}},
        {"unit_fixed", {"€", "€"}},
        {"variant_name", {"Variant name", "Name der Variante"}},
        {"reset", {"Back to the plan", "Zurück zum Plan"}},
        {"download_variant", {"Download the variant (scenario file)", "Variante herunterladen (Szenariodatei)"}},
        {"answered_in", {"Expected answer in {} ms (server {} ms).", "Erwartete Wirkung in {} ms (Server {} ms)."}},
        {"refused", {"Refused: see the reason beside the value.", "Abgelehnt: die Begründung steht neben dem Wert."}},
        {"mc_note",
         {"The Monte Carlo run compares the variant with the plan as `intsim compare` does: the same replications "
          "draw the same random numbers for both (common random numbers), so the difference carries little noise. "
          "It reports the paired difference with its 95 % interval per calendar year and over the horizon, "
          "P(target met) for each target and P(all targets met).",
          "Der Monte-Carlo-Lauf vergleicht die Variante mit dem Plan wie `intsim compare`: dieselben Replikationen "
          "ziehen für beide dieselben Zufallszahlen (gemeinsame Zufallszahlen), so trägt die Differenz wenig "
          "Rauschen. Er nennt die gepaarte Differenz mit ihrem 95-%-Intervall je Kalenderjahr und über den "
          "Zeitraum, P(Ziel erreicht) je Ziel und P(alle Ziele erreicht)."}},
        {"replications", {"Replications", "Replikationen"}},
        {"seed", {"Seed", "Startwert"}},
        {"note", {"Note", "Notiz"}},
        {"report_col", {"Report", "Bericht"}},
        {"open_report", {"report.html", "report.html"}},
        {"no_report", {"none stored", "keiner gespeichert"}},
        {"start", {"Start the Monte Carlo run", "Monte-Carlo-Lauf starten"}},
        {"cancel", {"Cancel", "Abbrechen"}},
        {"queued", {"Waiting: {} run(s) ahead.", "Wartet: {} Lauf/Läufe davor."}},
        {"running", {"Running: {} of {} replications.", "Läuft: {} von {} Replikationen."}},
        {"state_done", {"Done.", "Fertig."}},
        {"state_failed", {"Failed.", "Fehlgeschlagen."}},
        {"state_cancelled", {"Cancelled: nothing was recorded.", "Abgebrochen: nichts wurde gespeichert."}},
        {"mc_result_heading", {"{} against the plan: {} replications, seed {}", "{} gegenüber dem Plan: {} Replikationen, Startwert {}"}},
        {"horizon_difference", {"Integrations over the whole horizon, variant minus plan: {}", "Integrationen über den gesamten Zeitraum, Variante minus Plan: {}"}},
        {"p_all_every_year", {"P(all targets met in every year): plan {}, variant {}", "P(alle Ziele in jedem Jahr erreicht): Plan {}, Variante {}"}},
        {"year_col", {"Calendar year {}", "Kalenderjahr {}"}},
        {"difference_interval_col", {"Variant minus plan (90 % interval)", "Variante minus Plan (90-%-Intervall)"}},
        {"interval_levels", {"The page gives 90 % intervals, as the workbench is asked to; the report below and its downloads give 95 % intervals, as intsim compare does (horizon: {}).",
                             "Die Seite nennt 90-%-Intervalle, wie von der Werkbank verlangt; der Bericht darunter und die Downloads nennen 95-%-Intervalle wie intsim compare (gesamter Zeitraum: {})."}},
        {"p_target_base_col", {"P(target met), plan", "P(Ziel erreicht), Plan"}},
        {"p_target_variant_col", {"P(target met), variant", "P(Ziel erreicht), Variante"}},
        {"p_all_year", {"P(all targets met this year)", "P(alle Ziele in diesem Jahr erreicht)"}},
        {"egt_of_year", {"Operative EGT of the year", "Operatives EGT des Jahres"}},
        {"download_csv", {"Results as CSV", "Ergebnisse als CSV"}},
        {"download_report", {"Report (HTML)", "Bericht (HTML)"}},
        {"download_json", {"compare.json", "compare.json"}},
        {"store_is", {"Run store: {}", "Laufspeicher: {}"}},
        {"store_off", {"No run store (--store off): runs are not recorded.", "Kein Laufspeicher (--store off): Läufe werden nicht gespeichert."}},
        {"kind_col", {"Kind", "Art"}},
        {"started_col", {"Started (UTC)", "Gestartet (UTC)"}},
        {"by_col", {"By", "Von"}},
        {"scenarios_col", {"Scenarios", "Szenarien"}},
        {"compare_runs", {"Compare A and B", "A und B vergleichen"}},
        {"pick_two", {"Choose a run as A and one as B.", "Wählen Sie einen Lauf als A und einen als B."}},
        {"diff_heading", {"Run {} (A) and run {} (B)", "Lauf {} (A) und Lauf {} (B)"}},
        {"period_col", {"Period", "Zeitraum"}},
        {"indicator_col", {"Indicator", "Kennzahl"}},
        {"horizon", {"whole horizon", "gesamter Zeitraum"}},
    };
    return list;
}

}  // namespace intsim::words
