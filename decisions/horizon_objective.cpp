#include "decisions/horizon_objective.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "model/calendar_years.hpp"

namespace intsim {

std::string HorizonObjective::text() const {
    switch (period) {
        case ObjectivePeriod::All: return indicator + "@all";
        case ObjectivePeriod::EveryYear: return indicator + "@every_year";
        case ObjectivePeriod::Year: return fmt::format("{}@{}", indicator, calendar_year);
    }
    return indicator;
}

HorizonObjective parse_objective(const std::string& text, const Scenario& scenario, const std::string& file,
                                 const std::string& pointer) {
    const auto fail = [&](const std::string& what) { throw InputError(file, pointer, what); };
    const std::string syntax =
        "NAME[@PERIOD]: an indicator or p_all_targets_met, and all, first, last, every_year or a calendar year";
    std::string expanded = text;
    if (text == "p_all") expanded = "p_all_targets_met@every_year";
    if (text == "integrations") expanded = "integrations_total@all";
    const auto at = expanded.find('@');
    const std::string name = expanded.substr(0, at);
    const std::string period = at == std::string::npos ? "" : expanded.substr(at + 1);

    HorizonObjective objective;
    objective.indicator = name;
    std::vector<std::string> names = indicator_names();
    names.push_back(HorizonObjective::kAllTargetsMet);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back("p_all");
        names.push_back("integrations");
        const std::string near = nearest_key(name, names);
        fail(fmt::format("unknown objective \"{}\"{}; expected {}", printable_line(name),
                         near.empty() ? "" : " (did you mean \"" + near + "\"?)", syntax));
    }

    const std::vector<YearFrame> years = year_frames(scenario);
    const auto year_list = [&] {
        return years.size() == 1 ? std::to_string(years.front().span.year)
                                 : fmt::format("{} to {}", years.front().span.year, years.back().span.year);
    };
    const bool probability = objective.is_probability();
    if (period.empty()) {
        objective.period = probability ? ObjectivePeriod::EveryYear : ObjectivePeriod::All;
    } else if (period == "all") {
        if (probability) fail("p_all_targets_met has no period \"all\" (targets are per year): use every_year, first, last or a year");
        objective.period = ObjectivePeriod::All;
    } else if (period == "every_year") {
        if (!probability) fail(fmt::format("\"every_year\" is for p_all_targets_met; for {} use all, first, last or a year", name));
        objective.period = ObjectivePeriod::EveryYear;
    } else if (period == "first" || period == "last") {
        objective.period = ObjectivePeriod::Year;
        objective.year = period == "first" ? 0 : years.size() - 1;
    } else {
        const bool digits = period.size() == 4 && std::all_of(period.begin(), period.end(), [](char c) { return c >= '0' && c <= '9'; });
        const auto found = std::find_if(years.begin(), years.end(), [&](const YearFrame& y) {
            return digits && y.span.year == std::stoi(period);
        });
        if (found == years.end())
            fail(fmt::format("unknown period \"{}\" in \"{}\": expected all, first, last, every_year or a calendar year of "
                             "the horizon ({})",
                             printable_line(period), printable_line(text), year_list()));
        objective.period = ObjectivePeriod::Year;
        objective.year = static_cast<std::size_t>(found - years.begin());
    }
    if (objective.period == ObjectivePeriod::Year) objective.calendar_year = years[objective.year].span.year;

    if (probability) {
        objective.direction = Direction::Higher;
        const bool any = std::any_of(years.begin(), years.end(), [](const YearFrame& y) { return !y.targets.empty(); });
        if (objective.period == ObjectivePeriod::EveryYear && !any) fail("p_all_targets_met needs targets; the scenario gives none");
        if (objective.period == ObjectivePeriod::Year && years[objective.year].targets.empty())
            fail(fmt::format("p_all_targets_met@{} needs targets for {}; the scenario gives none for that year",
                             period, objective.calendar_year));
        return objective;
    }
    objective.direction = default_direction(name);
    bool directed = has_default_direction(name);
    if (objective.period == ObjectivePeriod::Year) {
        const auto& targets = years[objective.year].targets;
        if (const auto t = targets.find(name); t != targets.end()) {
            objective.direction = t->second.direction;
            directed = true;
        }
    }
    if (!directed)
        fail(fmt::format("{} has no direction of its own (neither more nor less is better) and no target in that period: "
                         "choose another objective",
                         name));
    return objective;
}

std::vector<double> objective_values(const HorizonObjective& objective, const ReplicationValues& values) {
    if (objective.is_probability()) {
        const std::vector<std::uint8_t>& met = objective.period == ObjectivePeriod::EveryYear
                                                   ? values.all_targets_met_every_year
                                                   : values.all_targets_met_by_year.at(objective.year);
        return std::vector<double>(met.begin(), met.end());
    }
    const std::size_t i = indicator_index(objective.indicator);
    if (objective.period == ObjectivePeriod::All) return values.horizon.at(i);
    return values.years.at(objective.year).at(i);
}

}  // namespace intsim
