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
//
// Here: the language, the term, and the words every report shares (months, statistics,
// the run's particulars, targets, money, chart legends). The words of one report or
// command beside it: run_words.hpp, compare_words.hpp, optimise_words.hpp,
// batch_words.hpp, track_words.hpp, calibration_words.hpp, workbench_words.hpp. Headers,
// not a data file: a term is a name the compiler checks, so a word a report asks for and
// the list lacks is a build error, not a blank in a ministry's report.
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
inline constexpr Term on_target{"target", "Ziel"};  ///< the reference line of a chart in percent of targets
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

// Chart legends and tooltips.
inline constexpr Term legend_target_line{"target", "Ziel"};

}  // namespace words

}  // namespace intsim
