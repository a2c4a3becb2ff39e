#pragma once
// Numbers for people: grouped thousands and a decimal mark in the reader's convention
// (English 1,234.5; German 1.234,5), and plain numbers for spreadsheets.
#include <string>
#include <string_view>

namespace intsim {

enum class NumberLocale { En, De };

/// "en" or "de"; throws std::invalid_argument otherwise (the CLI checks before).
NumberLocale number_locale(std::string_view name);

/// x with `decimals` digits after the mark and grouped thousands: 1,234.5 / 1.234,5.
/// Rounds half away from zero; never prints "-0". NaN and infinities print as "–".
std::string format_number(double x, int decimals, NumberLocale locale);

/// A share in [0, 1] as a percentage: 0.563 -> "56 %" (decimals = 0) / "56,3 %".
std::string format_percent(double share, int decimals, NumberLocale locale);

/// Whole euros: "€9,697,845" / "9.697.845 €".
std::string format_euro(double x, NumberLocale locale);

/// Euros in millions: "€9.7 m" / "9,7 Mio. €" (decimals = 1).
std::string format_euro_millions(double x, int decimals, NumberLocale locale);

/// Rounds to 10 significant digits (a value is a figure for people, not a bit pattern).
double round_figure(double x);

/// The shortest text that reads back as exactly x, with `decimal_mark` and no grouping:
/// what a CSV cell holds. Non-finite values give an empty string (an empty cell).
std::string format_plain(double x, char decimal_mark);

}  // namespace intsim
