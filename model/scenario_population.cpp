// The scenario's sections on who the customers are and how they move: population,
// inflow (with re-entry) and hazards (scenario_sections.hpp).
#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "model/national_defaults.hpp"
#include "model/scenario.hpp"
#include "model/scenario_sections.hpp"

namespace intsim {

int attribute_index(const std::vector<AttributeSpec>& attributes, const std::string& name) {
    for (std::size_t i = 0; i < attributes.size(); ++i)
        if (attributes[i].name == name) return static_cast<int>(i);
    return -1;
}

std::vector<std::string> attribute_names(const std::vector<AttributeSpec>& attributes) {
    std::vector<std::string> names;
    for (const auto& a : attributes) names.push_back(a.name);
    return names;
}

int level_index(const AttributeSpec& attribute, const std::string& level) {
    const auto it = std::find(attribute.levels.begin(), attribute.levels.end(), level);
    return it == attribute.levels.end() ? -1 : static_cast<int>(it - attribute.levels.begin());
}

namespace {

std::vector<double> read_shares(JsonReader& reader, const std::string& key, std::size_t size) {
    std::vector<double> shares = reader.numbers(key, size, 0.0, 1.0);
    const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
    if (std::fabs(total - 1.0) > 1e-6)
        reader.fail(key, fmt::format("expected shares that sum to 1, found a sum of {:.6g}", total));
    return shares;
}

// Shares of one attribute: an array aligned with its levels, or with `by`, an object of
// such arrays keyed by the levels of the conditioning attribute.
std::vector<std::vector<double>> read_attribute_shares(JsonReader& reader,
                                                       const AttributeSpec& attribute,
                                                       const std::vector<AttributeSpec>& all) {
    if (attribute.by < 0) return {read_shares(reader, "shares", attribute.levels.size())};
    const AttributeSpec& parent = all[static_cast<std::size_t>(attribute.by)];
    JsonReader by_level = reader.object("shares");
    std::vector<std::vector<double>> shares;
    for (const auto& level : parent.levels) {
        if (!by_level.has(level))
            by_level.fail(level, "missing shares for \"" + parent.name + "\" = \"" + level + "\"");
        shares.push_back(read_shares(by_level, level, attribute.levels.size()));
    }
    by_level.finish();
    return shares;
}

std::vector<AttributeSpec> read_attributes(JsonReader& population) {
    JsonReader attributes = population.object("attributes");
    std::vector<AttributeSpec> specs;
    for (const auto& name : attributes.keys()) {
        if (is_documentation_key(name)) continue;
        JsonReader a = attributes.object(name);
        AttributeSpec spec;
        spec.name = name;
        spec.levels = a.strings("levels");
        if (spec.levels.size() < 2 || spec.levels.size() > 64)
            a.fail("levels", "expected between 2 and 64 levels");
        for (std::size_t i = 0; i < spec.levels.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (spec.levels[i] == spec.levels[j])
                    a.fail("levels", "level \"" + spec.levels[i] + "\" appears twice");
        specs.push_back(spec);
    }
    if (specs.empty()) attributes.fail_here("expected at least the attributes \"sex\" and \"single_parent\"");
    // The indicators need women and single parents; check before any shares refer to them.
    for (const auto& [name, level] : {std::pair{"sex", "female"}, std::pair{"single_parent", "yes"}}) {
        const int a = attribute_index(specs, name);
        if (a < 0) attributes.fail_here(std::string("expected an attribute \"") + name + "\" with a level \"" + level + "\"");
        if (level_index(specs[static_cast<std::size_t>(a)], level) < 0)
            throw InputError(attributes.file(), attributes.child_pointer(name) + "/levels",
                             std::string("expected a level \"") + level + "\"");
    }
    // Second pass: `by` may name any attribute that is not conditional itself.
    for (auto& spec : specs) {
        JsonReader a = attributes.object(spec.name);
        a.strings("levels");
        if (a.has("by")) {
            const std::string by = a.string("by");
            spec.by = attribute_index(specs, by);
            if (spec.by < 0) fail_unknown(a, "by", "attribute", attribute_names(specs), by);
            if (spec.by == attribute_index(specs, spec.name))
                a.fail("by", "an attribute cannot be conditional on itself");
        } else {
            a.allow({"by"});
        }
    }
    for (auto& spec : specs) {
        JsonReader a = attributes.object(spec.name);
        a.strings("levels");
        a.allow({"by"});
        if (spec.by >= 0 && specs[static_cast<std::size_t>(spec.by)].by >= 0)
            a.fail("by", "\"" + specs[static_cast<std::size_t>(spec.by)].name +
                             "\" is itself conditional; only one level of conditioning is supported");
        spec.shares = read_attribute_shares(a, spec, specs);
        a.finish();
    }
    attributes.finish();
    return specs;
}

HazardSpec read_hazard(JsonReader h, const std::vector<AttributeSpec>& attributes) {
    HazardSpec spec;
    spec.base = h.number("base", 0.0, 50.0);
    spec.attribute_factor.resize(attributes.size());
    for (std::size_t i = 0; i < attributes.size(); ++i)
        spec.attribute_factor[i].assign(attributes[i].levels.size(), 1.0);
    if (auto factors = h.optional_object("factors")) {
        for (const auto& name : factors->keys()) {
            if (is_documentation_key(name)) continue;
            const int a = attribute_index(attributes, name);
            if (a < 0) fail_unknown(*factors, name, "attribute", attribute_names(attributes));
            JsonReader by_level = factors->object(name);
            const AttributeSpec& attribute = attributes[static_cast<std::size_t>(a)];
            for (const auto& level : by_level.keys()) {
                if (is_documentation_key(level)) continue;
                const int l = level_index(attribute, level);
                if (l < 0) fail_unknown(by_level, level, "level", attribute.levels);
                spec.attribute_factor[static_cast<std::size_t>(a)][static_cast<std::size_t>(l)] =
                    by_level.number(level, 0.0, kMaxFactor);
            }
            by_level.finish();
        }
        factors->finish();
    }
    spec.ltr_factor = h.number_or("ltr", 1.0, 0.0, kMaxFactor);
    spec.months_in_benefit_factor.fill(1.0);
    if (h.has("months_in_benefit")) {
        int from = 0;
        const auto bands = h.objects("months_in_benefit");
        if (bands.empty()) h.fail("months_in_benefit", "expected at least one band");
        for (auto band : bands) {
            if (from > kHistoryMonths) band.fail_here("expected no band after the one that ends at 24");
            const int max = static_cast<int>(band.integer("max", from, kHistoryMonths));
            const double factor = band.number("factor", 0.0, kMaxFactor);
            for (int m = from; m <= max; ++m) spec.months_in_benefit_factor[static_cast<std::size_t>(m)] = factor;
            from = max + 1;
            band.finish();
        }
        if (from != kHistoryMonths + 1)
            h.fail("months_in_benefit", "expected bands up to \"max\": 24 (the last band must end at 24)");
    } else {
        h.allow({"months_in_benefit"});
    }
    if (h.has("season")) {
        const auto season = h.numbers("season", 12, 0.0, kMaxFactor);
        std::copy(season.begin(), season.end(), spec.season.begin());
    } else {
        h.allow({"season"});
        spec.season.fill(1.0);
    }
    h.finish();
    return spec;
}

}  // namespace

void read_population(JsonReader& root, Scenario& s, DefaultLog* defaults) {
    JsonReader population = root.object("population");
    s.start_elb = population.integer("elb", 0, static_cast<std::int64_t>(kMaxCount));
    s.attributes = read_attributes(population);
    s.sex_attribute = attribute_index(s.attributes, "sex");
    s.single_parent_attribute = attribute_index(s.attributes, "single_parent");
    if (s.sex_attribute < 0)
        population.fail("attributes", "expected an attribute \"sex\" with a level \"female\"");
    if (s.single_parent_attribute < 0)
        population.fail("attributes", "expected an attribute \"single_parent\" with a level \"yes\"");
    s.female_level = level_index(s.attributes[static_cast<std::size_t>(s.sex_attribute)], "female");
    s.single_parent_level =
        level_index(s.attributes[static_cast<std::size_t>(s.single_parent_attribute)], "yes");
    if (s.female_level < 0)
        throw InputError(s.origin, "/population/attributes/sex/levels", "expected a level \"female\"");
    if (s.single_parent_level < 0)
        throw InputError(s.origin, "/population/attributes/single_parent/levels", "expected a level \"yes\"");
    s.start_ltr_share = population.probability("ltr_share");
    s.warm_up_months = static_cast<int>(population.integer_or("warm_up_months", kDefaultWarmUpMonths, 0, kMaxWarmUpMonths));
    if (!population.has("non_ltr_spell_months")) {
        // Controllers do not have this profile: derive it (model/national_defaults.hpp).
        population.allow({"non_ltr_spell_months"});
        const SpellProfile profile = default_spell_profile(s.start_ltr_share);
        s.non_ltr_spell_share = profile.shares;
        if (defaults) {
            nlohmann::json bands = nlohmann::json::array();
            for (std::size_t d = 0; d < profile.shares.size(); ++d)
                bands.push_back({{"max", d + 1}, {"share", profile.shares[d]}});
            defaults->push_back({population.child_pointer("non_ltr_spell_months"), bands,
                                 spell_profile_reason(profile)});
        }
    } else {
        const auto bands = population.objects("non_ltr_spell_months");
        if (bands.empty()) population.fail("non_ltr_spell_months", "expected at least one band");
        s.non_ltr_spell_share.assign(kLtrMinMonths - 1, 0.0);
        int from = 1;
        double total = 0.0;
        for (auto band : bands) {
            if (from > kLtrMinMonths - 1)
                band.fail_here(fmt::format("expected no band after the one that ends at {}", kLtrMinMonths - 1));
            const int max = static_cast<int>(band.integer("max", from, kLtrMinMonths - 1));
            const double share = band.probability("share");
            for (int m = from; m <= max; ++m)
                s.non_ltr_spell_share[static_cast<std::size_t>(m - 1)] = share / (max - from + 1);
            total += share;
            from = max + 1;
            band.finish();
        }
        if (std::fabs(total - 1.0) > 1e-6)
            population.fail("non_ltr_spell_months",
                            fmt::format("expected band shares that sum to 1, found {:.6g}", total));
    }
    population.finish();
}

void read_inflow(JsonReader& root, Scenario& s) {
    JsonReader inflow = root.object("inflow");
    s.inflow_monthly_mean = inflow.number("monthly_mean", 0.0, kMaxCount);
    if (inflow.has("season")) {
        const auto season = inflow.numbers("season", 12, 0.0, kMaxFactor);
        std::copy(season.begin(), season.end(), s.inflow_season.begin());
    } else {
        inflow.allow({"season"});
        s.inflow_season.fill(1.0);
    }
    s.inflow_shares.clear();
    for (const auto& a : s.attributes) s.inflow_shares.push_back(a.shares);
    if (auto mix = inflow.optional_object("mix")) {
        for (const auto& name : mix->keys()) {
            if (is_documentation_key(name)) continue;
            const int a = attribute_index(s.attributes, name);
            if (a < 0) fail_unknown(*mix, name, "attribute", attribute_names(s.attributes));
            JsonReader attribute = mix->object(name);
            s.inflow_shares[static_cast<std::size_t>(a)] =
                read_attribute_shares(attribute, s.attributes[static_cast<std::size_t>(a)], s.attributes);
            attribute.finish();
        }
        mix->finish();
    }
    if (auto reentry = inflow.optional_object("reentry")) {
        s.reentry_within_months = static_cast<int>(reentry->integer("within_months", 0, kHistoryMonths));
        s.reentry_monthly_rate = reentry->probability("monthly_rate");
        reentry->finish();
    }
    inflow.finish();
}

void read_hazards(JsonReader& root, Scenario& s) {
    JsonReader hazards = root.object("hazards");
    s.integration = read_hazard(hazards.object("integration"), s.attributes);
    s.exit = read_hazard(hazards.object("exit"), s.attributes);
    s.stays_in_benefit_share = hazards.probability_or("stays_in_benefit_share", 0.0);
    hazards.finish();
}

}  // namespace intsim
