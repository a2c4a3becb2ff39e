#pragma once
// How a report speaks: its language (the words, from the glossary) and its number
// locale (1,234.5 or 1.234,5), chosen independently with --lang and --locale. Every
// report and console summary formats through one Wording, so that a number and the word
// beside it follow the reader's choice alike.
#include <string>

#include "report/glossary.hpp"
#include "report/number_format.hpp"

namespace intsim {

struct Wording {
    Language language = Language::En;
    NumberLocale locale = NumberLocale::En;

    /// A term of the glossary, its pattern filled with `args`.
    template <class... Args>
    std::string operator()(const Term& term, const Args&... args) const {
        return say(language, term, args...);
    }

    std::string number(double x, int decimals = 0) const { return format_number(x, decimals, locale); }
    /// "+12", "\u22123.5" (a true minus sign, as in print), "0" when it rounds to zero.
    std::string signed_number(double x, int decimals) const;
    std::string percent(double share, int decimals = 0) const { return format_percent(share, decimals, locale); }
    std::string euro(double x) const { return format_euro(x, locale); }
    std::string euro_millions(double x, int decimals) const { return format_euro_millions(x, decimals, locale); }
    /// "low – high" with a dash a line may break after, never before.
    std::string range(const std::string& low, const std::string& high) const;

    /// The catalogue's label of an indicator in this language.
    std::string indicator(const std::string& name) const { return indicator_label(name, language); }
    /// An indicator's value as people write it: rates with one decimal, money in euros,
    /// counts as whole numbers.
    std::string value(const std::string& indicator, double x) const;
    /// A signed difference of an indicator with `decimals` digits (euros as whole euros
    /// when decimals is 0).
    std::string difference(const std::string& indicator, double x, int decimals) const;

    /// "2022-03" -> "Mar 2022" / "Mär 2022"; anything else comes back as it is.
    std::string month(const std::string& year_month) const;
    /// "2022-03" -> "March 2022" / "März 2022".
    std::string month_long(const std::string& year_month) const;
};

/// How a console table names an indicator: its results.json key in English (what a
/// script or a reader of the JSON looks for), its label in German.
std::string console_indicator_name(const std::string& indicator, const Wording& say);

/// The wording of `language` with its own number format (the workbench's: one switch).
inline Wording report_wording(Language language) {
    return {language, language == Language::De ? NumberLocale::De : NumberLocale::En};
}

/// True for indicators measured in percent (rates and changes) and in euros.
bool is_percent_indicator(const std::string& indicator);
bool is_euro_indicator(const std::string& indicator);

}  // namespace intsim
