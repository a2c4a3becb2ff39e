#pragma once
// A plan the workbench serves (a scenario file named on the command line) and the
// variants made of it on the page. A variant is a list of edits of the plan's measures;
// each edit is applied as `--set` would apply it, so a refused value gets the message
// `intsim validate PLAN --set ...` gives, word for word, and the variant the Monte Carlo
// runs is the scenario its downloaded file resolves to (the same sha256).
//
// What depends on the population but not on the mix, the translation of published
// effects into hazard factors, is done once per plan (Plan::model) and reused for every
// variant (build_model's effects_from), which makes an expected answer a matter of
// milliseconds instead of most of a second.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "engine/document.hpp"
#include "model/model.hpp"
#include "model/results.hpp"

namespace intsim {

/// One edited value of a measure. `field` is "capacity" (the measure's own kind: slots,
/// entries or budget), or one of its cost keys: "cost.per_slot_month",
/// "cost.per_participant_month", "cost.per_entry", "cost.fixed".
struct MeasureEdit {
    std::string measure;
    std::string field;
    nlohmann::json value;
};

/// The fields the page may edit.
const std::vector<std::string>& editable_fields();

struct Plan {
    std::string id;    ///< the scenario's name, unique among the served plans
    std::string file;  ///< as named on the command line
    ResolvedDocument document;
    std::string sha256;
    Scenario scenario;
    Model model;        ///< with its effects translated: the variants borrow them
    Results expected;   ///< the plan's expected answer
};

/// Loads, validates and prepares a plan (InputError as `intsim validate` would give).
Plan load_plan(const std::string& file);

struct Variant {
    std::string name;  ///< the variant scenario's name
    nlohmann::json resolved;
    std::string sha256;
    Scenario scenario;
    nlohmann::json patch;  ///< the edits as a merge patch of the plan: {"measures": {...}}
};

/// The variant `edits` make of `plan` (no edits: the plan under another name).
/// @throw InputError with validate's message: an unknown measure (with the nearest id),
///        a field the page cannot edit, a value out of range.
Variant make_variant(const Plan& plan, const std::vector<MeasureEdit>& edits, const std::string& name);

/// The variant's model, borrowing the plan's translated effects.
Model variant_model(const Plan& plan, const Variant& variant);

/// The variant as a scenario file: {"extends": the plan's file name, "name", "description",
/// "measures": ...}, to be saved in the plan's folder (its `extends` is relative to it).
std::string variant_file_text(const Plan& plan, const Variant& variant);

/// "<plan name>-variant" unless `wanted` is given.
std::string variant_name(const Plan& plan, const std::string& wanted);

}  // namespace intsim
