// The scenario's budget, targets and baseline (scenario_sections.hpp): what the year
// is planned with and measured against.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/indicator_catalogue.hpp"
#include "model/scenario.hpp"
#include "model/scenario_sections.hpp"

namespace intsim {

namespace {

// Targets: indicator -> number, or {"value", "direction"}.
std::map<std::string, Target> read_target_values(JsonReader& targets) {
    const auto& names = indicator_names();
    std::map<std::string, Target> out;
    for (const auto& key : targets.keys()) {
        if (is_documentation_key(key)) continue;
        if (std::find(names.begin(), names.end(), key) == names.end()) fail_unknown(targets, key, "indicator", names);
        Target target;
        target.direction = default_direction(key);
        if (targets.raw(key).is_object()) {
            JsonReader t = targets.object(key);
            target.value = t.number("value");
            if (t.has("direction"))
                target.direction = t.choice_or("direction", "higher", {"higher", "lower"}) == "higher"
                                       ? Direction::Higher : Direction::Lower;
            else
                t.allow({"direction"});
            t.finish();
        } else {
            target.value = targets.number(key);
        }
        out[key] = target;
    }
    targets.finish();
    return out;
}

// A key of a per-year object: a calendar year after the scenario's first one, within the
// longest horizon. Years the horizon does not reach are allowed (a 36-month scenario run
// with --set months=12 keeps its later targets) and simply not used.
int read_later_year(JsonReader& by_year, const std::string& key, const Scenario& s, const char* what,
                    const char* first_year_key) {
    const int first = s.start.year;
    const int last = s.start.plus(kMaxHorizonMonths - 1).year;
    const bool digits = key.size() == 4 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int year = digits ? std::stoi(key) : 0;
    if (year == first)
        by_year.fail(key, fmt::format("the {} of the first year ({}) belong in {}", what, first, first_year_key));
    if (year < first + 1 || year > last)
        by_year.fail(key, fmt::format("expected a calendar year from {} to {} (the years after the first of a "
                                      "horizon of at most {} months), found \"{}\"",
                                      first + 1, last, kMaxHorizonMonths, key));
    return year;
}

}  // namespace

void read_budget(JsonReader& root, Scenario& s) {
    if (auto budget = root.optional_object("budget")) {
        s.operative_egt = budget->number("operative_egt", 0.0, kMaxCount * 100.0);
        if (auto by_year = budget->optional_object("operative_egt_by_year")) {
            for (const auto& key : by_year->keys()) {
                if (is_documentation_key(key) || by_year->raw(key).is_null()) continue;
                const int year = read_later_year(*by_year, key, s, "operative EGT", "\"operative_egt\"");
                s.operative_egt_by_year[year] = by_year->number(key, 0.0, kMaxCount * 100.0);
            }
            by_year->finish();
        }
        budget->allow({"egt_total", "administration", "total"});
        for (const char* key : {"egt_total", "administration", "total"})
            if (budget->has(key)) budget->number(key, 0.0, kMaxCount * 100.0);
        budget->finish();
    }
}

void read_targets(JsonReader& root, Scenario& s) {
    if (auto targets = root.optional_object("targets")) s.targets = read_target_values(*targets);
    if (auto by_year = root.optional_object("targets_by_year")) {
        for (const auto& key : by_year->keys()) {
            if (is_documentation_key(key) || by_year->raw(key).is_null()) continue;
            const int year = read_later_year(*by_year, key, s, "targets", "\"targets\"");
            JsonReader year_targets = by_year->object(key);
            s.targets_by_year[year] = read_target_values(year_targets);
        }
        by_year->finish();
    }
}

void read_baseline(JsonReader& root, Scenario& s) {
    const auto& names = indicator_names();
    if (auto baseline = root.optional_object("baseline")) {
        for (const auto& key : baseline->keys()) {
            if (is_documentation_key(key)) continue;
            if (std::find(names.begin(), names.end(), key) == names.end())
                fail_unknown(*baseline, key, "indicator", names);
            s.baseline[key] = baseline->number(key);
        }
        baseline->finish();
    }
}

}  // namespace intsim
