// The scenario's measures and their allocation (scenario_sections.hpp): each measure's
// capacity, duration, costs, eligibility, effect and employers' demand.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "model/scenario.hpp"
#include "model/job_lasting.hpp"
#include "model/scenario_sections.hpp"

namespace intsim {

namespace {

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

}  // namespace

void read_measures(JsonReader& root, Scenario& s) {
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
}

void read_allocation(JsonReader& root, Scenario& s) {
    JsonReader allocation = root.object_or_empty("allocation");
    s.women_share_rule = allocation.boolean_or("women_share_rule", true);
    if (allocation.has("women_share_min"))
        s.women_share_min = allocation.probability("women_share_min");
    else
        allocation.allow({"women_share_min"});
    allocation.finish();
}

// How long jobs taken up last (model/job_lasting.hpp), needed where an effect is stated on
// the share employed.
void read_jobs(JsonReader& root, Scenario& s, DefaultLog* defaults) {
    bool needed = false;  // a statement that measures employment needs how long jobs last
    for (const MeasureSpec& m : s.measures)
        needed |= m.published && m.published->quantity == EffectQuantity::Employed;
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

}  // namespace intsim
