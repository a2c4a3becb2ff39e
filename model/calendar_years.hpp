#pragma once
// The calendar years of a horizon and what the scenario holds each one against: its
// targets and its operative EGT (docs/years.md). A horizon that does not start in
// January has a partial first year, one that does not end in December a partial last
// year; a partial year's indicators are formed over its months inside the horizon.
#include <map>
#include <string>
#include <vector>

#include "model/scenario.hpp"

namespace intsim {

struct CalendarYear {
    int year = 2022;
    int first_month = 0;  ///< horizon month (0-based) of its first month in the horizon
    int months = 12;      ///< its months inside the horizon
    bool partial() const { return months < 12; }
};

/// The calendar years that `months` months from `start` touch, in order.
std::vector<CalendarYear> calendar_years(YearMonth start, int months);

/// A calendar year of the horizon with its targets and operative EGT.
struct YearFrame {
    CalendarYear span;
    std::map<std::string, Target> targets;  ///< empty: the year has no targets
    double operative_egt = 0.0;             ///< 0: no EGT for this year
    /// The EGT is the first year's, assumed again for a later year the scenario gives no
    /// EGT of its own (only when the first year is a full year).
    bool egt_carried_forward = false;
};

/// The first year's targets and EGT are the scenario's `targets` and
/// `budget.operative_egt`; later years take theirs from `targets_by_year` and
/// `budget.operative_egt_by_year`. A later year without targets has none; a later year
/// without an EGT has the first year's, carried forward, if the first year is a full
/// year, else none.
std::vector<YearFrame> year_frames(const Scenario& scenario);

}  // namespace intsim
