#include "report/wording.hpp"

#include <cmath>
#include <cstdlib>

#include "model/indicator_catalogue.hpp"

namespace intsim {

namespace {

// The month number of "YYYY-MM", or 0.
int month_of(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return 0;
    const int month = std::atoi(text.c_str() + 5);
    return month >= 1 && month <= 12 ? month : 0;
}

}  // namespace

std::string console_indicator_name(const std::string& indicator, const Wording& say) {
    return say.language == Language::En ? indicator : say.indicator(indicator);
}

bool is_percent_indicator(const std::string& indicator) {
    try {
        return indicator_info(indicator).unit == Unit::Percent;
    } catch (const std::out_of_range&) {
        return false;
    }
}

bool is_euro_indicator(const std::string& indicator) {
    try {
        return indicator_info(indicator).unit == Unit::Euro;
    } catch (const std::out_of_range&) {
        return false;
    }
}

std::string Wording::signed_number(double x, int decimals) const {
    const std::string text = number(std::fabs(x), decimals);
    if (text.find_first_not_of("0.,") == std::string::npos) return text;  // rounds to zero: no sign
    return (x < 0 ? "\u2212" : "+") + text;
}

std::string Wording::range(const std::string& low, const std::string& high) const {
    return low + "\u00a0\u2013 " + high;
}

std::string Wording::value(const std::string& indicator, double x) const {
    if (is_euro_indicator(indicator)) return euro(x);
    return number(x, is_percent_indicator(indicator) ? 1 : 0);
}

std::string Wording::difference(const std::string& indicator, double x, int decimals) const {
    const std::string text = signed_number(x, decimals);
    if (!is_euro_indicator(indicator)) return text;
    return locale == NumberLocale::De ? text + "\u00a0\u20ac" : text.substr(0, text.find_first_of("0123456789")) +
                                                                  "\u20ac" + text.substr(text.find_first_of("0123456789"));
}

std::string Wording::month(const std::string& year_month) const {
    const int m = month_of(year_month);
    if (m == 0) return year_month;
    return std::string(words::month_short[static_cast<std::size_t>(m - 1)].in(language)) + " " + year_month.substr(0, 4);
}

std::string Wording::month_long(const std::string& year_month) const {
    const int m = month_of(year_month);
    if (m == 0) return year_month;
    return std::string(words::month_long[static_cast<std::size_t>(m - 1)].in(language)) + " " + year_month.substr(0, 4);
}

}  // namespace intsim
