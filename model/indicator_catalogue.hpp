#pragma once
// The one list of indicators: name (the key in results.json), unit, which way is better
// and why, the words for them in English and German, how a period's value is formed from
// the tallies, and which tables show it. Projection, tracking, comparison, the optimiser
// and every writer take names, order, units, directions, labels, values and places from
// here, so that an indicator means the same thing everywhere and a new one is added here
// (and, where it needs a count no tally keeps, in model/tally.hpp). results.json,
// indicators.csv, years.csv and the comparisons hold every indicator; the schemas in docs/
// name every one (tests/unit/indicator_catalogue_test.cpp checks that they do).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace intsim {

enum class Direction { Higher, Lower };

/// How a yearly value is formed from the months of that year.
enum class Aggregation {
    Sum,      ///< counted over the months (integrations, spend)
    Average,  ///< average of the month-end stocks
    End,      ///< the stock at the end of the last month
    Derived,  ///< computed from other indicators (rates, changes, remaining money)
};

enum class Unit { Persons, Integrations, Percent, Euro };

/// What a period's indicator (a calendar year's, or the whole horizon's) is formed from:
/// the period's tallies, summed or averaged over its months (docs/years.md).
struct PeriodFigures {
    double months = 0;  ///< months of the period inside the horizon
    double integrations = 0, integrations_women = 0, integrations_single_parents = 0,
           integrations_ltr = 0;  ///< K2 integrations, summed over the months
    double elb_avg = 0, ltr_avg = 0, women_avg = 0, single_parents_avg = 0;  ///< month-end stocks, averaged
    double elb_end = 0, ltr_end = 0;  ///< the stocks at the end of the period's last month
    double spend = 0;                 ///< EGT spend, summed
    double ltr_reference = 0;         ///< the LZB stock the change is against
    double operative_egt = 0;         ///< the money the remainder is against
};

/// The tables that show an indicator besides results.json, indicators.csv, years.csv and
/// the comparisons' files, which show all (a bit each in IndicatorInfo::shown).
enum Shown : unsigned {
    kShownInConsoleYears = 1u << 0,  ///< run's console summary, the years side by side
    kShownInReportYears = 1u << 1,   ///< report.html, the years side by side
    kShownInCompareTable = 1u << 2,  ///< compare's console table and report
    kShownInBatch = 1u << 3,         ///< batch totals over jobcenters (a sum or an average of stocks)
    kShownInTracking = 1u << 4,      ///< track: held against the monthly actuals (decisions/track/tracked_year)
    kShownInWorkbench = 1u << 5,     ///< the workbench's expected answer (intsim serve)
};

struct IndicatorInfo {
    std::string_view name;
    Unit unit;
    Aggregation aggregation;
    /// Which way is better when the scenario gives no target. Empty: neither way is
    /// better in itself; such an indicator has no offer unless a target gives it a
    /// direction.
    std::optional<Direction> direction;
    std::string_view direction_reason;  ///< why that direction, or why none (English)
    std::string_view label_en, label_de;
    double (*value)(const PeriodFigures& period);  ///< the period's value
    unsigned shown = 0;                            ///< Shown bits
};

/// All indicators, in the order of results.json.
const std::vector<IndicatorInfo>& indicator_catalogue();

/// @throw std::out_of_range for a name that is not in the catalogue
const IndicatorInfo& indicator_info(std::string_view name);

/// The indicator names of results.json, in catalogue order.
const std::vector<std::string>& indicator_names();

/// The names of the indicators that `place` (a Shown bit) shows, in catalogue order.
const std::vector<std::string>& indicators_shown_in(Shown place);

/// The direction an indicator has without a target; Higher where the catalogue gives
/// none (see IndicatorInfo::direction: such indicators are reported without offers).
Direction default_direction(const std::string& indicator);

/// Whether the indicator has a direction of its own (without a target).
bool has_default_direction(const std::string& indicator);

std::string_view direction_name(Direction direction);  ///< "higher" / "lower"
std::string_view unit_name(Unit unit);                 ///< "persons", "integrations", "percent", "euro"

}  // namespace intsim
