#pragma once
// The readers of the scenario's sections (docs/scenarios.md), one a section, called by
// parse_scenario (scenario.cpp) in the document's order: each reads its JSON object
// into the Scenario, checking it with a message that names the pointer. Who the
// customers are and how they move: scenario_population.cpp; the measures and their
// allocation: scenario_measures.cpp; the budget, targets and baseline:
// scenario_targets.cpp. Declared without scenario.hpp, which reads after this.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "engine/json_reader.hpp"

namespace intsim {

struct Scenario;
struct AttributeSpec;

// Bounds of the readers' numbers: a factor or a count beyond these is a typing error.
constexpr double kMaxFactor = 1e6;
constexpr double kMaxCount = 1e9;

// --- The sections -----------------------------------------------------------------------

/// population: the start stock, its attributes, LZB share, spell profile and warm-up
/// (a profile nobody gave is derived and noted in `defaults`).
void read_population(JsonReader& root, Scenario& s, DefaultLog* defaults);

/// inflow: newcomers per month, their season and mix, and re-entry.
void read_inflow(JsonReader& root, Scenario& s);

/// hazards: integration and other exit, and who stays in benefit on integration.
void read_hazards(JsonReader& root, Scenario& s);

/// measures (an object keyed by id, so that variants can patch one measure).
void read_measures(JsonReader& root, Scenario& s);

/// jobs: how long jobs taken up last (model/job_lasting.hpp), read after the measures:
/// its default is noted in `defaults` only where a statement on employment needs it.
void read_jobs(JsonReader& root, Scenario& s, DefaultLog* defaults);

/// allocation: the women-share rule.
void read_allocation(JsonReader& root, Scenario& s);

/// budget: the operative EGT, of the first year and of later ones.
void read_budget(JsonReader& root, Scenario& s);

/// targets and targets_by_year.
void read_targets(JsonReader& root, Scenario& s);

/// baseline: last year's figures by indicator.
void read_baseline(JsonReader& root, Scenario& s);

// --- What the sections share ----------------------------------------------------------

/// The index of the attribute called `name`, or -1.
int attribute_index(const std::vector<AttributeSpec>& attributes, const std::string& name);
std::vector<std::string> attribute_names(const std::vector<AttributeSpec>& attributes);
/// The index of `level` among the attribute's levels, or -1.
int level_index(const AttributeSpec& attribute, const std::string& level);

// `value` is an unknown name found at `key` (the key itself, or the value under it).
[[noreturn]] inline void fail_unknown(JsonReader& reader, const std::string& key, const std::string& what,
                               const std::vector<std::string>& valid, const std::string& value = "") {
    const std::string name = value.empty() ? key : value;
    const std::string near = nearest_key(name, valid);
    reader.fail(key, fmt::format("unknown {} \"{}\"{}", what, name,
                                 near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
}

}  // namespace intsim
