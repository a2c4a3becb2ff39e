#include "model/scenario.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "engine/json_reader.hpp"
#include "model/job_lasting.hpp"
#include "model/national_defaults.hpp"

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

constexpr double kMaxFactor = 1e6;
constexpr double kMaxCount = 1e9;

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

// `value` is an unknown name found at `key` (the key itself, or the value under it).
[[noreturn]] void fail_unknown(JsonReader& reader, const std::string& key, const std::string& what,
                               const std::vector<std::string>& valid, const std::string& value = "") {
    const std::string name = value.empty() ? key : value;
    const std::string near = nearest_key(name, valid);
    reader.fail(key, fmt::format("unknown {} \"{}\"{}", what, name,
                                 near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
}

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

Eligibility read_eligibility(JsonReader e, const std::vector<AttributeSpec>& attributes) {
    Eligibility out;
    out.allowed_levels.resize(attributes.size());
    for (const auto& key : e.keys()) {
        if (is_documentation_key(key) || key == "ltr" || key == "new_customer_months" ||
            key == "min_months_in_benefit")
            continue;
        const int a = attribute_index(attributes, key);
        if (a < 0) {
            std::vector<std::string> valid = attribute_names(attributes);
            for (const char* k : {"ltr", "new_customer_months", "min_months_in_benefit"}) valid.push_back(k);
            fail_unknown(e, key, "eligibility key (an attribute or ltr, new_customer_months, min_months_in_benefit)", valid);
        }
        const AttributeSpec& attribute = attributes[static_cast<std::size_t>(a)];
        auto& allowed = out.allowed_levels[static_cast<std::size_t>(a)];
        allowed.assign(attribute.levels.size(), false);
        for (const auto& level : e.strings(key)) {
            const int l = level_index(attribute, level);
            if (l < 0) {
                const std::string near = nearest_key(level, attribute.levels);
                e.fail(key, fmt::format("unknown level \"{}\" of \"{}\"{}", level, key,
                                        near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
            }
            allowed[static_cast<std::size_t>(l)] = true;
        }
    }
    if (e.has("ltr")) out.ltr = e.boolean_or("ltr", false);
    else e.allow({"ltr"});
    out.new_customer_months = static_cast<int>(e.integer_or("new_customer_months", -1, 0, kMaxHorizonMonths));
    out.min_months_in_benefit = static_cast<int>(e.integer_or("min_months_in_benefit", 0, 0, kHistoryMonths));
    e.finish();
    return out;
}

// Documentation text under `key` (a string, or an array of strings), "; "-joined.
std::string documentation_text(const JsonReader& r, const std::string& key) {
    const auto it = r.node().find(key);
    if (it == r.node().end()) return "";
    if (it->is_string()) return it->get<std::string>();
    std::string text;
    if (it->is_array())
        for (const auto& item : *it)
            if (item.is_string()) text += (text.empty() ? "" : "; ") + item.get<std::string>();
    return text;
}

std::string joined(const std::string& a, const std::string& b) {
    return a.empty() ? b : b.empty() ? a : a + "; " + b;
}

// An effect as studies report it (docs/effects.md): what was measured, the lock-in, and
// the difference in percentage points at months after entry with its 90 % range.
PublishedEffect read_published_effect(JsonReader p, bool translated) {
    PublishedEffect e;
    e.measured = p.string("measured");
    if (e.measured.empty()) p.fail("measured", "expected what the study measured, e.g. \"share in regular employment\"");
    e.quantity_stated = p.has("quantity");
    const std::string quantity = p.choice_or("quantity", "employed", {"employed", "out_of_benefit", "ever_integrated"});
    e.quantity = quantity == "employed"         ? EffectQuantity::Employed
                 : quantity == "out_of_benefit" ? EffectQuantity::OutOfBenefit
                                                : EffectQuantity::EverIntegrated;
    e.quantity_caveat = p.string_or("quantity_caveat", "");
    const bool by_months = p.has("lock_in_months"), by_factor = p.has("lock_in");
    if (translated && by_months == by_factor)
        p.fail_here("expected exactly one of \"lock_in_months\" (the month after entry from which the effect is "
                    "positive, 0 for no lock-in) and \"lock_in\" (the integration-hazard factor while participating)");
    if (by_months && by_factor)
        p.fail("lock_in", "expected only one of \"lock_in_months\" and \"lock_in\"");
    if (by_months) e.lock_in_months = static_cast<int>(p.integer("lock_in_months", 0, kMaxEffectMonths - 1));
    else p.allow({"lock_in_months"});
    if (by_factor) e.lock_in = p.number("lock_in", 0.0, kMaxFactor);
    else p.allow({"lock_in"});
    const auto points = p.objects("points");
    if (points.empty()) p.fail("points", "expected at least one point {\"month\", \"pp\", \"p05\", \"p95\"}");
    for (auto point : points) {
        EffectPoint q;
        const int after = e.points.empty() ? 0 : e.points.back().month;
        q.month = static_cast<int>(point.integer("month", 1, kMaxEffectMonths));
        if (q.month <= after)
            point.fail("month", fmt::format("expected points in ascending months, after month {}", after));
        q.pp = point.number("pp", -100.0, 100.0);
        q.p05 = point.number("p05", -100.0, q.pp);
        q.p95 = point.number("p95", q.pp, 100.0);
        point.finish();
        e.points.push_back(q);
    }
    if (e.lock_in_months >= e.points.front().month)
        p.fail("lock_in_months", fmt::format("expected a lock-in that ends before the first point (month {})",
                                             e.points.front().month));
    if (translated && e.lock_in_months > 0 && !(e.points.front().pp > 0))
        p.fail("lock_in_months", "a lock-in ends where the effect turns positive: expected a positive \"pp\" at the "
                                 "first point, or \"lock_in\" as a factor");
    p.finish();
    return e;
}

// A measure's effect: hazard factors, or as published (then translated), plus where
// it came from.
void read_effect(JsonReader effect, MeasureSpec& spec) {
    spec.effect_catalogue = effect.string_or("from_catalogue", "");
    spec.exit_factor = effect.number_or("exit", 1.0, 0.0, kMaxFactor);
    spec.effect_source = documentation_text(effect, "source");
    spec.effect_assumption = documentation_text(effect, "assumption");
    if (effect.has("published")) {
        for (const char* key : {"lock_in", "post", "post_months"})
            if (effect.has(key))
                effect.fail(key, "an effect is stated either as factors (lock_in, post, post_months) or as "
                                 "\"published\", not both");
        JsonReader published = effect.object("published");
        // The entry itself is the integration: nothing to translate (docs/effects.md).
        const bool translated = !entry_decides(spec);
        spec.published = read_published_effect(published, translated);
        spec.effect_source = joined(spec.effect_source, documentation_text(published, "source"));
        spec.effect_assumption = joined(spec.effect_assumption, documentation_text(published, "assumption"));
    } else {
        if (effect.has("lock_in") && holds_counted_employment(spec))
            effect.fail("lock_in", "no lock-in for a measure whose entry counts as an integration: its participants are "
                                   "in employment and integrate no further while it lasts (K2 rule, docs/years.md); "
                                   "remove \"lock_in\" or set \"counts_as_integration\": false");
        spec.lock_in = effect.number_or("lock_in", 1.0, 0.0, kMaxFactor);
        spec.post = effect.number_or("post", 1.0, 0.0, kMaxFactor);
        spec.post_months = static_cast<int>(effect.integer_or("post_months", 0, 0, kMaxHorizonMonths));
    }
    effect.finish();
}

// How long jobs taken up last (model/job_lasting.hpp), needed where an effect is stated on
// the share employed.
void read_jobs(JsonReader& root, Scenario& s, DefaultLog* defaults, bool needed) {
    std::vector<JobPoint> points;
    double loss_after = kDefaultMonthlyLossAfter;
    if (auto jobs = root.optional_object("jobs")) {
        for (auto point : jobs->objects("lasting")) {
            JobPoint q;
            const JobPoint before = points.empty() ? JobPoint{} : points.back();
            q.months = static_cast<int>(point.integer("months", 1, kMaxEffectMonths));
            if (q.months <= before.months)
                point.fail("months", fmt::format("expected points in ascending months, after month {}", before.months));
            q.share = point.number("share", 0.0, before.share);
            if (!(q.share > 0)) point.fail("share", "expected a share of jobs above 0 (every job ending by then leaves nobody employed)");
            point.finish();
            points.push_back(q);
        }
        if (points.empty()) jobs->fail("lasting", "expected at least one point {\"months\", \"share\"}");
        loss_after = jobs->number_or("monthly_loss_after", kDefaultMonthlyLossAfter, 0.0, 1.0);
        if (!(loss_after < 1.0)) jobs->fail("monthly_loss_after", "expected a monthly chance below 1");
        s.job_lasting_source = joined(documentation_text(*jobs, "source"), documentation_text(*jobs, "assumption"));
        jobs->finish();
    } else {
        root.allow({"jobs"});
        points.assign(std::begin(kDefaultJobLasting), std::end(kDefaultJobLasting));
        s.job_lasting_source = kDefaultJobLastingWhy;
        if (defaults && needed) {
            nlohmann::json value = nlohmann::json::array();
            for (const JobPoint& q : points) value.push_back({{"months", q.months}, {"share", q.share}});
            defaults->push_back({"/jobs/lasting", value, kDefaultJobLastingWhy});
        }
    }
    s.job_lasting = job_lasting_curve(points, loss_after, kMaxEffectMonths);
}

int read_month_offset(JsonReader& r, const std::string& key, const YearMonth& start) {
    const std::string text = r.string(key);
    const auto ym = parse_year_month(text);
    if (!ym) r.fail(key, "expected a month as \"YYYY-MM\", found \"" + text + "\"");
    return (ym->year * 12 + ym->month - 1) - (start.year * 12 + start.month - 1);
}

MeasureSpec read_measure(JsonReader m, const std::string& id, const Scenario& s) {
    MeasureSpec spec;
    spec.id = id;
    spec.name = m.string_or("name", id);
    spec.label_de = m.string_or("label_de", "");
    if (m.has("label_de") && (spec.label_de.empty() || spec.label_de.size() > 200))
        m.fail("label_de", "expected the measure's name in German, a text of 1 to 200 bytes");

    JsonReader capacity = m.object("capacity");
    int kinds = 0;
    for (const CapacityKind kind : kCapacityKinds) {
        const std::string key(capacity_kind_name(kind));
        if (capacity.has(key)) {
            ++kinds;
            spec.capacity_kind = kind;
            spec.capacity = capacity.number(key, 0.0, kMaxCount * 100.0);
        } else {
            capacity.allow({key.c_str()});
        }
    }
    capacity.finish();
    if (kinds != 1) capacity.fail_here("expected exactly one of \"slots\", \"entries\" or \"budget\"");

    spec.duration_months = m.number_or("duration_months", 1.0, 1.0, kMaxHorizonMonths);
    spec.duration_kind = m.choice_or("duration", "fixed", {"fixed", "geometric"}) == "fixed"
                             ? DurationKind::Fixed : DurationKind::Geometric;
    if (auto e = m.optional_object("eligible")) spec.eligible = read_eligibility(*e, s.attributes);
    else spec.eligible.allowed_levels.resize(s.attributes.size());
    const std::string priority = m.choice_or("priority", "random", {"random", "longest_in_benefit", "newest"});
    spec.priority = priority == "random" ? Priority::Random
                    : priority == "newest" ? Priority::Newest : Priority::LongestInBenefit;
    spec.integration_on_entry = m.boolean_or("integration_on_entry", false);
    spec.counts_as_integration = m.boolean_or("counts_as_integration", true);
    spec.leaves_benefit = m.boolean_or("leaves_benefit", false);
    if (spec.leaves_benefit && !spec.integration_on_entry)
        m.fail("leaves_benefit", "only measures with \"integration_on_entry\": true can end the benefit spell on entry");
    read_effect(m.object_or_empty("effect"), spec);
    {
        JsonReader cost = m.object_or_empty("cost");
        spec.cost_per_slot_month = cost.number_or("per_slot_month", 0.0, 0.0, kMaxCount);
        spec.cost_per_participant_month = cost.number_or("per_participant_month", 0.0, 0.0, kMaxCount);
        spec.cost_per_entry = cost.number_or("per_entry", 0.0, 0.0, kMaxCount);
        spec.cost_fixed = cost.number_or("fixed", 0.0, 0.0, kMaxCount * 100.0);
        cost.finish();
    }
    if (spec.capacity_kind == CapacityKind::Budget &&
        spec.cost_per_entry + spec.cost_per_participant_month <= 0.0)
        m.fail("cost", "a budget-limited measure needs a cost per entry or per participant-month");
    if (spec.capacity_kind == CapacityKind::Slots && spec.cost_per_slot_month == 0.0 &&
        spec.integration_on_entry && spec.leaves_benefit)
        m.fail("capacity", "a measure whose entrants leave the benefit holds no slots; use \"entries\"");
    spec.start_month = m.has("start") ? read_month_offset(m, "start", s.start) : 0;
    if (!m.has("start")) m.allow({"start"});
    spec.end_month = m.has("end") ? read_month_offset(m, "end", s.start) : kMaxHorizonMonths;
    if (!m.has("end")) m.allow({"end"});
    if (spec.end_month <= spec.start_month) {
        if (!m.has("end"))
            m.fail("start", fmt::format("expected a start month less than {} months after the scenario start",
                                        kMaxHorizonMonths));
        m.fail("end", "expected an end month after the start month");
    }
    spec.egt_funded = m.choice_or("funded_by", "egt", {"egt", "third_party"}) == "egt";
    if (auto demand = m.optional_object("employer_demand")) {
        if (!holds_counted_employment(spec))
            m.fail("employer_demand", "employer demand is stated for a measure whose entry is a counted hire "
                                      "(\"integration_on_entry\": true and \"counts_as_integration\": true)");
        if (demand->has("entries_per_year")) spec.employer_ceiling = demand->number("entries_per_year", 0.0, kMaxCount);
        else demand->allow({"entries_per_year"});
        spec.deadweight_share = demand->number_or("deadweight_share", 0.0, 0.0, 1.0);
        if (!(spec.deadweight_share < 1.0))
            demand->fail("deadweight_share", "expected a share below 1: a measure all of whose hires would have happened "
                                             "anyway adds nothing and needs no model");
        spec.employer_demand_source = joined(documentation_text(*demand, "source"), documentation_text(*demand, "assumption"));
        demand->finish();
    }
    m.finish();
    return spec;
}

// Targets: indicator -> number, or {"value", "direction"}.
std::map<std::string, Target> read_targets(JsonReader& targets) {
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

    // Population.
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
        throw InputError(file, "/population/attributes/sex/levels", "expected a level \"female\"");
    if (s.single_parent_level < 0)
        throw InputError(file, "/population/attributes/single_parent/levels", "expected a level \"yes\"");
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

    // Inflow and re-entry.
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

    // Hazards.
    JsonReader hazards = root.object("hazards");
    s.integration = read_hazard(hazards.object("integration"), s.attributes);
    s.exit = read_hazard(hazards.object("exit"), s.attributes);
    s.stays_in_benefit_share = hazards.probability_or("stays_in_benefit_share", 0.0);
    hazards.finish();

    {
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

    // Measures: an object keyed by id, so that variants can patch one measure.
    if (auto measures = root.optional_object("measures")) {
        for (const auto& id : measures->keys()) {
            if (is_documentation_key(id)) continue;
            if (measures->raw(id).is_null()) continue;  // removed by a merge patch
            s.measures.push_back(read_measure(measures->object(id), id, s));
        }
        if (s.measures.size() > static_cast<std::size_t>(kMaxMeasures))
            measures->fail_here(fmt::format("expected at most {} measures", kMaxMeasures));
        measures->finish();
    }
    {
        bool employed = false;  // a statement that measures employment needs how long jobs last
        for (const MeasureSpec& m : s.measures)
            employed |= m.published && m.published->quantity == EffectQuantity::Employed;
        read_jobs(root, s, defaults, employed);
    }
    {
        JsonReader allocation = root.object_or_empty("allocation");
        s.women_share_rule = allocation.boolean_or("women_share_rule", true);
        if (allocation.has("women_share_min"))
            s.women_share_min = allocation.probability("women_share_min");
        else
            allocation.allow({"women_share_min"});
        allocation.finish();
    }
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

    if (auto targets = root.optional_object("targets")) s.targets = read_targets(*targets);
    if (auto by_year = root.optional_object("targets_by_year")) {
        for (const auto& key : by_year->keys()) {
            if (is_documentation_key(key) || by_year->raw(key).is_null()) continue;
            const int year = read_later_year(*by_year, key, s, "targets", "\"targets\"");
            JsonReader year_targets = by_year->object(key);
            s.targets_by_year[year] = read_targets(year_targets);
        }
        by_year->finish();
    }
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
    root.allow({"optimise"});  // typed and checked by parse_optimise_section (decisions)
    root.finish();
    return s;
}

}  // namespace intsim
