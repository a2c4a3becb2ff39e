#include "model/build_model.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "engine/rng.hpp"
#include "model/effects/measure_effect.hpp"
#include "model/population.hpp"

namespace intsim {

namespace {

// Joint share of a cell: the product of (conditional) attribute shares.
std::vector<double> joint_shares(const Model& model,
                                 const std::vector<std::vector<std::vector<double>>>& shares) {
    const auto& attributes = model.scenario.attributes;
    std::vector<double> joint(static_cast<std::size_t>(model.cell_count), 1.0);
    for (int c = 0; c < model.cell_count; ++c) {
        double p = 1.0;
        for (std::size_t a = 0; a < attributes.size(); ++a) {
            const int level = model.level_of(static_cast<std::uint16_t>(c), static_cast<int>(a));
            const int by = attributes[a].by;
            const int row = by < 0 ? 0 : model.level_of(static_cast<std::uint16_t>(c), by);
            p *= shares[a][static_cast<std::size_t>(row)][static_cast<std::size_t>(level)];
        }
        joint[static_cast<std::size_t>(c)] = p;
    }
    return joint;
}

HazardLayout build_hazard_layout(const Model& model) {
    const Scenario& s = model.scenario;
    HazardLayout layout;
    std::map<std::pair<double, double>, int> classes;
    layout.class_of_cell.resize(static_cast<std::size_t>(model.cell_count));
    for (int c = 0; c < model.cell_count; ++c) {
        double integration = 1.0, exit = 1.0;
        for (std::size_t a = 0; a < s.attributes.size(); ++a) {
            const auto level = static_cast<std::size_t>(model.level_of(static_cast<std::uint16_t>(c), static_cast<int>(a)));
            integration *= s.integration.attribute_factor[a][level];
            exit *= s.exit.attribute_factor[a][level];
        }
        const auto [it, inserted] = classes.try_emplace({integration, exit}, layout.class_count);
        if (inserted) {
            ++layout.class_count;
            layout.class_integration.push_back(integration);
            layout.class_exit.push_back(exit);
        }
        layout.class_of_cell[static_cast<std::size_t>(c)] = static_cast<std::uint16_t>(it->second);
    }
    std::map<std::pair<double, double>, int> groups;
    for (int months = 0; months <= kHistoryMonths; ++months) {
        const bool ltr = is_ltr(months);
        const double integration = s.integration.months_in_benefit_factor[static_cast<std::size_t>(months)] *
                                   (ltr ? s.integration.ltr_factor : 1.0);
        const double exit = s.exit.months_in_benefit_factor[static_cast<std::size_t>(months)] *
                            (ltr ? s.exit.ltr_factor : 1.0);
        const auto [it, inserted] = groups.try_emplace({integration, exit}, layout.group_count);
        if (inserted) {
            ++layout.group_count;
            layout.group_integration.push_back(integration);
            layout.group_exit.push_back(exit);
        }
        layout.group_of_months[static_cast<std::size_t>(months)] = static_cast<std::uint8_t>(it->second);
    }
    return layout;
}

EligibilityMasks build_eligibility_masks(const Model& model) {
    EligibilityMasks masks;
    masks.by_cell.assign(static_cast<std::size_t>(model.cell_count), 0);
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        const std::uint64_t bit = std::uint64_t{1} << k;
        const MeasureModel& measure = model.measures[k];
        const Eligibility& e = measure.spec.eligible;
        for (int c = 0; c < model.cell_count; ++c)
            if (measure.eligible_cell[static_cast<std::size_t>(c)]) masks.by_cell[static_cast<std::size_t>(c)] |= bit;
        for (int months = 0; months <= kHistoryMonths; ++months) {
            const bool ltr = is_ltr(months);
            if ((!e.ltr || *e.ltr == ltr) && months >= e.min_months_in_benefit)
                masks.by_months_in_benefit[static_cast<std::size_t>(months)] |= bit;
        }
        for (int since = 0; since <= kNewCustomerMonthsCap; ++since)
            if (e.new_customer_months < 0 || since <= e.new_customer_months)
                masks.by_months_since_entry[static_cast<std::size_t>(since)] |= bit;
    }
    return masks;
}

static_assert(kMaxHorizonMonths <= (1 << 9), "newcomer uids hold 9 bits of the month");

// Person uids (person_columns.hpp): start persons below 2^31, newcomers 22 bits per
// month. A scenario beyond them would silently lose persons, so it is an input error.
// A stable subject for the random draws of a measure (its effect factor, its order in
// the allocation): adding or removing other measures leaves them unchanged.
std::uint32_t measure_subject(const std::string& id) {
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (unsigned char c : id) hash = (hash ^ c) * 16777619u;
    return hash | 0x80000000u;
}

void check_person_id_limits(const Scenario& s) {
    if (s.start_elb >= std::int64_t{1} << 31)
        throw InputError(s.origin, "/population/elb",
                         fmt::format("expected fewer than {} persons at the start", std::int64_t{1} << 31));
    const double busiest_month =
        s.inflow_monthly_mean * *std::max_element(s.inflow_season.begin(), s.inflow_season.end());
    // Half the id space, so that Poisson noise and a moderate inflow_sd stay inside it.
    const double limit = static_cast<double>(kMaxNewcomersPerMonth / 2);
    if (busiest_month > limit)
        throw InputError(s.origin, "/inflow/monthly_mean",
                         fmt::format("expected at most {:.0f} newcomers in the busiest month (mean x season), "
                                     "found {:.0f}",
                                     limit, busiest_month));
}

// Whether two measures state their effect alike: the same words, durations and persons.
bool same_effect_statement(const MeasureSpec& a, const MeasureSpec& b) {
    return a.id == b.id && a.published == b.published && a.lock_in == b.lock_in && a.post == b.post &&
           a.post_months == b.post_months && a.exit_factor == b.exit_factor &&
           a.duration_months == b.duration_months && a.duration_kind == b.duration_kind && a.eligible == b.eligible &&
           a.integration_on_entry == b.integration_on_entry && a.counts_as_integration == b.counts_as_integration &&
           a.leaves_benefit == b.leaves_benefit;
}

const MeasureEffect* effect_to_reuse(const Model* from, const MeasureSpec& measure, double measure_effect_sd) {
    if (from == nullptr || from->scenario.measure_effect_sd != measure_effect_sd) return nullptr;
    for (const auto& other : from->measures)
        if (same_effect_statement(other.spec, measure)) return &other.effect;
    return nullptr;
}

}  // namespace

Model build_model(const Scenario& scenario, const Model* effects_from) {
    Model model;
    model.scenario = scenario;
    model.months = scenario.months;
    for (int m = 0; m < scenario.months; ++m)
        model.calendar_month.push_back(scenario.start.plus(m).month - 1);
    model.years = year_frames(scenario);
    for (std::size_t y = 0; y < model.years.size(); ++y)
        model.year_of_month.insert(model.year_of_month.end(), static_cast<std::size_t>(model.years[y].span.months),
                                   static_cast<int>(y));

    std::int64_t cells = 1;
    for (const auto& a : scenario.attributes) {
        model.cell_stride.push_back(static_cast<int>(cells));
        cells *= static_cast<std::int64_t>(a.levels.size());
        if (cells > 65536)
            throw InputError(scenario.origin, "/population/attributes",
                             fmt::format("the attributes combine to more than 65,536 cells "
                                         "(the product of their level counts); merge or drop levels"));
    }
    model.cell_count = static_cast<int>(cells);
    check_person_id_limits(scenario);
    model.person_domain = stream_domain(scenario.jobcenter_id);
    model.parameter_domain = stream_domain(scenario.region);
    for (int c = 0; c < model.cell_count; ++c) {
        const auto cell = static_cast<std::uint16_t>(c);
        model.cell_is_woman.push_back(model.level_of(cell, scenario.sex_attribute) == scenario.female_level);
        model.cell_is_single_parent.push_back(
            model.level_of(cell, scenario.single_parent_attribute) == scenario.single_parent_level);
        model.cell_counted.push_back(model.cell_is_woman.back() | (std::uint32_t{model.cell_is_single_parent.back()} << 1));
    }
    std::vector<std::vector<std::vector<double>>> stock_shares;
    for (const auto& a : scenario.attributes) stock_shares.push_back(a.shares);
    model.stock_cell_share = joint_shares(model, stock_shares);
    const std::vector<double> inflow_share = joint_shares(model, scenario.inflow_shares);
    double cumulative = 0.0;
    for (double p : inflow_share) model.inflow_cell_cdf.push_back(cumulative += p);
    model.inflow_cell_cdf.back() = 1.0;

    model.hazards = build_hazard_layout(model);

    for (const auto& spec : scenario.measures) {
        MeasureModel measure{spec, measure_subject(spec.id), {}, {}};
        for (int c = 0; c < model.cell_count; ++c) {
            bool ok = true;
            for (std::size_t a = 0; a < scenario.attributes.size(); ++a) {
                const auto& allowed = spec.eligible.allowed_levels[a];
                if (!allowed.empty() && !allowed[static_cast<std::size_t>(model.level_of(static_cast<std::uint16_t>(c), static_cast<int>(a)))])
                    ok = false;
            }
            measure.eligible_cell.push_back(ok);
        }
        model.measures.push_back(std::move(measure));
    }
    model.eligibility = build_eligibility_masks(model);
    model.start_strata = start_strata(model);
    for (std::size_t k = 0; k < model.measures.size(); ++k) {
        const MeasureEffect* reuse = effect_to_reuse(effects_from, model.measures[k].spec, scenario.measure_effect_sd);
        model.measures[k].effect = reuse ? *reuse : derive_measure_effect(model, k);
    }
    return model;
}

}  // namespace intsim
