#pragma once
// The one list of indicators: name (the key in results.json), unit, which way is better
// and why, and the words for them in English and German. Projection, tracking,
// comparison, the optimiser and every writer take names, order, units, directions and
// labels from here, so that an indicator means the same thing everywhere.
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
};

/// All indicators, in the order of results.json.
const std::vector<IndicatorInfo>& indicator_catalogue();

/// @throw std::out_of_range for a name that is not in the catalogue
const IndicatorInfo& indicator_info(std::string_view name);

/// The indicator names of results.json, in catalogue order.
const std::vector<std::string>& indicator_names();

/// The direction an indicator has without a target; Higher where the catalogue gives
/// none (see IndicatorInfo::direction: such indicators are reported without offers).
Direction default_direction(const std::string& indicator);

/// Whether the indicator has a direction of its own (without a target).
bool has_default_direction(const std::string& indicator);

std::string_view direction_name(Direction direction);  ///< "higher" / "lower"
std::string_view unit_name(Unit unit);                 ///< "persons", "integrations", "percent", "euro"

}  // namespace intsim
