#include "decisions/optimise/optimise_section.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "engine/json_reader.hpp"

namespace intsim {

std::size_t OptimiseRange::count() const {
    return static_cast<std::size_t>(std::floor((max - min) / step + 1e-9)) + 1;
}

double OptimiseRange::value(std::size_t i) const { return min + static_cast<double>(i) * step; }

std::size_t OptimiseRange::nearest(double x) const {
    const double i = std::round((x - min) / step);
    return static_cast<std::size_t>(std::clamp(i, 0.0, static_cast<double>(count() - 1)));
}

namespace {

bool whole(double x) { return std::floor(x) == x; }

}  // namespace

std::optional<OptimiseSection> parse_optimise_section(const nlohmann::json& document, const std::string& file,
                                                      const Scenario& scenario) {
    if (!document.is_object() || !document.contains("optimise")) return std::nullopt;
    JsonReader root(document, file);
    JsonReader section = root.object("optimise");
    OptimiseSection out;
    if (section.has("objective")) {
        out.objective_text = section.string("objective");
        if (out.objective_text != "p_all")
            parse_objective(out.objective_text, scenario, file, section.child_pointer("objective"));
    } else {
        section.allow({"objective"});
    }
    JsonReader measures = section.object("measures");
    std::vector<std::string> ids;
    for (const auto& m : scenario.measures) ids.push_back(m.id);
    for (const auto& id : measures.keys()) {
        if (is_documentation_key(id)) continue;
        const auto it = std::find(ids.begin(), ids.end(), id);
        if (it == ids.end()) {
            const std::string near = nearest_key(id, ids);
            measures.fail(id, fmt::format("unknown measure \"{}\"{}", id,
                                          near.empty() ? " (the scenario's measures can be optimised)"
                                                       : " (did you mean \"" + near + "\"?)"));
        }
        OptimiseRange range;
        range.measure_id = id;
        range.measure = static_cast<std::size_t>(it - ids.begin());
        const MeasureSpec& spec = scenario.measures[range.measure];
        JsonReader r = measures.object(id);
        range.min = r.number("min", 0.0);
        range.max = r.number("max", range.min);
        range.step = r.number("step", 0.0);
        if (!(range.step > 0.0)) r.fail("step", "expected a step > 0");
        if (spec.capacity_kind != CapacityKind::Budget) {
            const std::string_view unit = capacity_kind_name(spec.capacity_kind);
            for (const char* key : {"min", "max", "step"})
                if (!whole(r.number(key, 0.0)))
                    r.fail(key, fmt::format("expected a whole number of {} (\"{}\" has {} capacity)", unit, id, unit));
        }
        if (spec.employer_ceiling && spec.capacity_kind == CapacityKind::Entries) {
            // The optimiser never passes what employers take up (docs/effects.md section 8).
            const double ceiling = *spec.employer_ceiling;
            if (range.min > ceiling)
                r.fail("min", fmt::format("expected at most the {:g} entries a year employers take up "
                                          "(measures/{}/employer_demand/entries_per_year)", ceiling, id));
            if (range.max >= ceiling) {
                range.max = range.min + std::floor((ceiling - range.min) / range.step + 1e-9) * range.step;
                range.ceiling = ceiling;
            }
        }
        if ((range.max - range.min) / range.step + 1 > static_cast<double>(kMaxGridValues))
            r.fail("step", fmt::format("expected at most {} values from min to max; use a larger step", kMaxGridValues));
        r.finish();
        out.ranges.push_back(range);
    }
    if (out.ranges.empty()) measures.fail_here("expected at least one measure with \"min\", \"max\" and \"step\"");
    if (out.ranges.size() > kMaxOptimisedMeasures)
        measures.fail_here(fmt::format("expected at most {} measures", kMaxOptimisedMeasures));
    measures.finish();
    section.finish();
    return out;
}

}  // namespace intsim
