#pragma once
// The words of the workbench page (intsim serve), English and German side by side, as
// the glossary holds those of the reports. The page asks the server for them
// (/api/words), so it speaks from this one list and no text lives in its script.
#include <string_view>
#include <utility>
#include <vector>

#include "report/glossary.hpp"

namespace intsim::words {

// Parts of the expected answer, which report/expected_answer.cpp writes.
inline constexpr Term expected_heading{"Expected answer (expected-value model)", "Erwartete Wirkung (Erwartungswertmodell)"};
inline constexpr Term expected_note{
    "The expected-value model gives the means, without spread: how sure a difference is, the "
    "Monte Carlo run tells (docs/design.md section 2.5; docs/validation.md gives its distance to the Monte Carlo).",
    "Das Erwartungswertmodell liefert die Mittelwerte, ohne Streuung: wie sicher ein "
    "Unterschied ist, sagt der Monte-Carlo-Lauf (docs/design.md Abschnitt 2.5; docs/validation.md nennt den Abstand "
    "zum Monte Carlo)."};
inline constexpr Term year_heading{"Calendar year {}", "Kalenderjahr {}"};
inline constexpr Term year_heading_partial{"Calendar year {} (part)", "Kalenderjahr {} (Teil)"};
inline constexpr Term indicator_col{"Indicator", "Kennzahl"};
inline constexpr Term target_col{"Target", "Ziel"};
inline constexpr Term plan_col{"Plan", "Plan"};
inline constexpr Term edited_col{"Variant", "Variante"};
inline constexpr Term change_col{"Difference", "Differenz"};
inline constexpr Term egt_row{"Operative EGT", "Operatives EGT"};
inline constexpr Term over_egt{"over the EGT", "über dem EGT"};
inline constexpr Term expected_chart_title{"{}: variant minus plan, by calendar year (expected)",
                                           "{}: Variante minus Plan, je Kalenderjahr (erwartet)"};
inline constexpr Term expected_chart_axis{"difference in {}", "Differenz {}"};
inline constexpr Term interval90_of{"90 % interval {}", "90-%-Intervall {}"};
inline constexpr Term whole_horizon{"Whole horizon {}\u2013{}", "Gesamter Zeitraum {}\u2013{}"};

/// The page's own words: key, English, German.
const std::vector<std::pair<std::string_view, Term>>& workbench_page_words();

}  // namespace intsim::words
