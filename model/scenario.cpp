#include "model/scenario.hpp"


#include <fmt/format.h>

#include "engine/json_reader.hpp"
#include "model/national_defaults.hpp"
#include "model/scenario_sections.hpp"

namespace intsim {

YearMonth YearMonth::plus(int months) const {
    const int index = year * 12 + (month - 1) + months;
    return {index / 12, index % 12 + 1};
}

std::string_view capacity_kind_name(CapacityKind kind) {
    switch (kind) {
        case CapacityKind::Slots: return "slots";
        case CapacityKind::Entries: return "entries";
        case CapacityKind::Budget: return "budget";
    }
    return "slots";
}

std::optional<CapacityKind> capacity_kind_named(std::string_view name) {
    for (const CapacityKind kind : kCapacityKinds)
        if (capacity_kind_name(kind) == name) return kind;
    return std::nullopt;
}

std::string YearMonth::text() const { return fmt::format("{:04d}-{:02d}", year, month); }

std::optional<YearMonth> parse_year_month(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const YearMonth ym{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2))};
    if (ym.month < 1 || ym.month > 12 || ym.year < 1900) return std::nullopt;
    return ym;
}

namespace {

// uncertainty: the spreads of the year's levels and of the measures' effects.
void read_uncertainty(JsonReader& root, Scenario& s, DefaultLog* defaults) {
    // A spread nobody gave is not zero: zero would claim the year's levels are known.
    // The documented national defaults stand in, and say so (model/national_defaults).
    const std::size_t noted = defaults ? defaults->size() : 0;
    JsonReader u = root.object_or_empty("uncertainty");
    const DefaultSpreads& spreads = default_spreads();
    s.integration_sd = u.number_or("integration_sd", spreads.integration.value, 0.0, 3.0);
    s.exit_sd = u.number_or("exit_sd", spreads.exit.value, 0.0, 3.0);
    s.inflow_sd = u.number_or("inflow_sd", spreads.inflow.value, 0.0, 3.0);
    s.measure_effect_sd = u.number_or("measure_effect_sd", spreads.measure_effect.value, 0.0, 3.0);
    // From one calendar year to the next the levels move on by a further lognormal
    // step, by default as large as the first year's spread (docs/years.md).
    s.integration_drift_sd = u.number_or("integration_drift_sd", s.integration_sd, 0.0, 3.0);
    s.exit_drift_sd = u.number_or("exit_drift_sd", s.exit_sd, 0.0, 3.0);
    s.inflow_drift_sd = u.number_or("inflow_drift_sd", s.inflow_sd, 0.0, 3.0);
    u.finish();
    if (defaults) {
        for (std::size_t i = noted; i < defaults->size(); ++i) {
            UsedDefault& d = (*defaults)[i];
            for (const auto& [key, value] :
                 {std::pair{"integration_sd", &spreads.integration}, std::pair{"exit_sd", &spreads.exit},
                  std::pair{"inflow_sd", &spreads.inflow}, std::pair{"measure_effect_sd", &spreads.measure_effect}})
                if (d.pointer == std::string("/uncertainty/") + key)
                    d.why = std::string(value->assumption ? "assumption: " : "source: ") + std::string(value->text);
        }
    }
}

}  // namespace

Scenario parse_scenario(const nlohmann::json& document, const std::string& file, DefaultLog* defaults) {
    JsonReader root(document, file, "", defaults);
    Scenario s;
    s.origin = file;
    s.name = root.string("name");
    if (s.name.empty() || s.name.find_first_of("/\\") != std::string::npos)
        root.fail("name", "expected a non-empty name without slashes (it names the output folder)");
    s.description = root.string_or("description", "");
    for (auto [key, field] : {std::pair{"jobcenter_id", &s.jobcenter_id}, std::pair{"region", &s.region}}) {
        *field = root.string_or(key, "");
        if (root.has(key) && (field->empty() || field->size() > 64))
            root.fail(key, "expected a non-empty identifier of at most 64 characters, e.g. the BA's "
                           "region key \"06532\" or a state \"hessen\"");
    }
    root.allow({"extends"});
    const std::string start = root.string("start");
    const auto start_month = parse_year_month(start);
    if (!start_month) root.fail("start", "expected a month as \"YYYY-MM\", found \"" + start + "\"");
    s.start = *start_month;
    s.months = static_cast<int>(root.integer_or("months", 12, 1, kMaxHorizonMonths));

    read_population(root, s, defaults);
    read_inflow(root, s);
    read_hazards(root, s);
    read_uncertainty(root, s, defaults);
    read_measures(root, s);
    read_jobs(root, s, defaults);
    read_allocation(root, s);
    read_budget(root, s);
    read_targets(root, s);
    read_baseline(root, s);
    root.allow({"optimise"});  // typed and checked by parse_optimise_section (decisions)
    root.finish();
    return s;
}

}  // namespace intsim
