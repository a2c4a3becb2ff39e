#include "server/plan.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "expected/expected_model.hpp"
#include "model/build_model.hpp"
#include "model/measure_patches.hpp"

namespace intsim {

const std::vector<std::string>& editable_fields() {
    static const std::vector<std::string> fields = {"capacity", "cost.per_slot_month", "cost.per_participant_month",
                                                    "cost.per_entry", "cost.fixed"};
    return fields;
}

namespace {

std::string capacity_key(CapacityKind kind) {
    switch (kind) {
        case CapacityKind::Slots: return "slots";
        case CapacityKind::Entries: return "entries";
        case CapacityKind::Budget: return "budget";
    }
    return "slots";
}

// The JSON pointer an edit sets, as `--set` would write it. A measure the plan lacks
// keeps the field's natural key, so that the patch check names it and its nearest id.
std::string edit_pointer(const Plan& plan, const MeasureEdit& edit) {
    if (std::find(editable_fields().begin(), editable_fields().end(), edit.field) == editable_fields().end())
        throw InputError(plan.file, "/measures/" + edit.measure,
                         fmt::format("the workbench edits capacity, cost.per_slot_month, cost.per_participant_month, "
                                     "cost.per_entry or cost.fixed of a measure, not \"{}\" (did you mean \"{}\"?)",
                                     edit.field, nearest_key(edit.field, editable_fields())));
    std::string key = edit.field;
    if (edit.field == "capacity") {
        const auto& measures = plan.scenario.measures;
        const auto found = std::find_if(measures.begin(), measures.end(),
                                        [&](const MeasureSpec& m) { return m.id == edit.measure; });
        key = "capacity." + capacity_key(found == measures.end() ? CapacityKind::Slots : found->capacity_kind);
    }
    // Written as a user writes --set (measures.ID.capacity.slots), so that the messages
    // are those of `intsim validate PLAN --set ...`; an id with a dot, a slash or a tilde
    // takes the pointer form, whose escapes bring it to the scenario unchanged.
    if (edit.measure.find_first_of("./~") == std::string::npos && !edit.measure.empty())
        return "measures." + edit.measure + "." + key;
    std::string rest = key;
    std::replace(rest.begin(), rest.end(), '.', '/');
    return "/measures/" + escape_pointer_token(edit.measure) + "/" + rest;
}

// The edit into the variant's merge patch, at the place apply_set put it.
void set_in_patch(nlohmann::json& patch, const std::string& assignment_path, const nlohmann::json& value) {
    std::string pointer = assignment_path;
    if (pointer.front() != '/') {
        pointer = "/" + pointer;
        std::replace(pointer.begin(), pointer.end(), '.', '/');
    }
    patch[nlohmann::json::json_pointer(pointer)] = value;
}

}  // namespace

Plan load_plan(const std::string& file) {
    Plan plan;
    plan.file = file;
    plan.document = load_document(file);
    plan.sha256 = sha256_hex(canonical_dump(plan.document.json));
    check_measures_from_patches(plan.document.json, plan.document.provenance);
    plan.scenario = parse_scenario(plan.document.json, file);
    plan.id = plan.scenario.name;
    plan.model = build_model(plan.scenario);
    plan.expected = expected_results(plan.model);
    plan.expected.scenario_sha256 = plan.sha256;
    return plan;
}

std::string variant_name(const Plan& plan, const std::string& wanted) {
    return wanted.empty() ? plan.scenario.name + "-variant" : wanted;
}

Variant make_variant(const Plan& plan, const std::vector<MeasureEdit>& edits, const std::string& name) {
    ResolvedDocument document = plan.document;
    Variant variant;
    variant.name = variant_name(plan, name);
    variant.patch = nlohmann::json::object();
    // Name and description are part of the file the page offers, so they are part of
    // the variant: the file resolves to these very bytes.
    const std::string description = fmt::format(
        "A variant of {} made on the intsim workbench; save it in the folder of {}.", plan.scenario.name,
        std::filesystem::path(plan.file).filename().string());
    apply_set_naming(document, plan.file, "/name=" + nlohmann::json(variant.name).dump());
    apply_set_naming(document, plan.file, "/description=" + nlohmann::json(description).dump());
    variant.patch["name"] = variant.name;
    variant.patch["description"] = description;
    for (const MeasureEdit& edit : edits) {
        const std::string path = edit_pointer(plan, edit);
        // Text as the command line would give it, so that --set reads it the same way.
        const std::string value = edit.value.is_string() ? edit.value.get<std::string>() : edit.value.dump();
        apply_set_naming(document, plan.file, path + "=" + value);
        set_in_patch(variant.patch, path, edit.value);
    }
    check_measures_from_patches(document.json, document.provenance);
    variant.resolved = document.json;
    variant.sha256 = sha256_hex(canonical_dump(variant.resolved));
    variant.scenario = parse_scenario(variant.resolved, plan.file);
    return variant;
}

Model variant_model(const Plan& plan, const Variant& variant) { return build_model(variant.scenario, &plan.model); }

std::string variant_file_text(const Plan& plan, const Variant& variant) {
    nlohmann::json file = nlohmann::json::object();
    file["extends"] = std::filesystem::path(plan.file).filename().string();
    for (const auto& [key, value] : variant.patch.items()) file[key] = value;
    return file.dump(2) + "\n";
}

}  // namespace intsim
