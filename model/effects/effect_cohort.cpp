#include "model/effects/effect_cohort.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "model/model.hpp"
#include "model/monthly_rules.hpp"

namespace intsim {

namespace {

// From this many months in benefit on, further months no longer change a person's
// hazards (its months-in-benefit group stays that of 24 months): such persons share a
// state whatever their months.
int months_where_hazards_settle(const HazardLayout& layout) {
    int settled = kHistoryMonths;
    while (settled > 1 && layout.group_of_months[static_cast<std::size_t>(settled - 1)] ==
                              layout.group_of_months[kHistoryMonths])
        --settled;
    return settled;
}

// Mass of the start stock by (hazard class, months in benefit), as the expected model
// starts it, restricted to the measure's eligible persons unless `everyone`.
std::map<std::pair<int, int>, double> start_mass(const Model& model, std::size_t measure, bool everyone) {
    const int settled = months_where_hazards_settle(model.hazards);
    std::map<std::pair<int, int>, double> mass;
    for (const Stratum& stratum : model.start_strata) {
        const int months = std::min(stratum.months_in_benefit + 1, kHistoryMonths);
        if (!everyone && !eligible_in_spell(model, measure, stratum.cell, months)) continue;
        const int hazard_class = model.hazards.class_of_cell[stratum.cell];
        mass[{hazard_class, std::min(months, settled)}] += stratum.expected;
    }
    return mass;
}

}  // namespace

EffectCohort effect_cohort(const Model& model, std::size_t measure, int months) {
    EffectCohort cohort;
    cohort.months = months;
    auto mass = start_mass(model, measure, false);
    double total = 0;
    for (const auto& [state, m] : mass) total += m;
    if (!(total > 0)) {
        cohort.whole_stock = true;
        mass = start_mass(model, measure, true);
        total = 0;
        for (const auto& [state, m] : mass) total += m;
    }
    const std::size_t n = mass.size();
    cohort.states = n;
    const std::size_t cells = static_cast<std::size_t>(months) * n;
    cohort.hazard_integration.resize(cells);
    cohort.hazard_exit.resize(cells);
    cohort.untreated_integrate.resize(cells);
    cohort.untreated_any.resize(cells);
    cohort.untreated.assign(static_cast<std::size_t>(months), 0.0);

    const Scenario& s = model.scenario;
    const HazardLayout& hz = model.hazards;
    const double level_integration = yearly_hazard_level(s.integration, 1.0);
    const double level_exit = yearly_hazard_level(s.exit, 1.0);
    std::vector<double> at_risk, integrated;
    std::size_t i = 0;
    for (const auto& [state, m] : mass) {
        const auto hazard_class = static_cast<std::size_t>(state.first);
        cohort.weight.push_back(total > 0 ? m / total : 0.0);
        for (int t = 0; t < months; ++t) {
            const int months_in_benefit = std::min(state.second + t, kHistoryMonths);
            const auto group = static_cast<std::size_t>(hz.group_of_months[static_cast<std::size_t>(months_in_benefit)]);
            const std::size_t at = static_cast<std::size_t>(t) * n + i;
            cohort.hazard_integration[at] =
                person_hazard(level_integration, hz.class_integration[hazard_class], hz.group_integration[group]);
            cohort.hazard_exit[at] = person_hazard(level_exit, hz.class_exit[hazard_class], hz.group_exit[group]);
            const MonthEvents events = competing_events(cohort.hazard_integration[at], cohort.hazard_exit[at]);
            cohort.untreated_integrate[at] = events.integrate;
            cohort.untreated_any[at] = events.any;
        }
        ++i;
    }
    // The untreated twin: at risk until its first integration or another exit.
    at_risk.assign(n, 1.0);
    integrated.assign(n, 0.0);
    for (int t = 0; t < months; ++t) {
        double share = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const std::size_t at = static_cast<std::size_t>(t) * n + j;
            integrated[j] += at_risk[j] * cohort.untreated_integrate[at];
            at_risk[j] *= 1.0 - cohort.untreated_any[at];
            share += cohort.weight[j] * integrated[j];
        }
        cohort.untreated[static_cast<std::size_t>(t)] = share;
    }
    return cohort;
}

EventCache::EventCache(const EffectCohort& cohort)
    : cohort_(&cohort),
      slots_(static_cast<std::size_t>(cohort.months) * kSlots),
      p_integrate_(slots_.size() * cohort.states),
      p_any_(slots_.size() * cohort.states) {}

std::pair<const double*, const double*> EventCache::at(int t, double fi, double fe) {
    const std::size_t n = cohort_->states;
    const std::size_t first = static_cast<std::size_t>(t) * kSlots;
    ++clock_;
    std::size_t k = first;
    for (std::size_t slot = first; slot < first + kSlots; ++slot) {
        if (slots_[slot].fi == fi && slots_[slot].fe == fe) {
            slots_[slot].used = clock_;
            return {p_integrate_.data() + slot * n, p_any_.data() + slot * n};
        }
        if (slots_[slot].used < slots_[k].used) k = slot;
    }
    slots_[k] = {fi, fe, clock_};
    const std::size_t row = static_cast<std::size_t>(t) * n;
    double* p_integrate = p_integrate_.data() + k * n;
    double* p_any = p_any_.data() + k * n;
    for (std::size_t j = 0; j < n; ++j) {
        const MonthEvents events =
            competing_events(cohort_->hazard_integration[row + j] * fi, cohort_->hazard_exit[row + j] * fe);
        p_integrate[j] = events.integrate;
        p_any[j] = events.any;
    }
    return {p_integrate, p_any};
}

std::vector<double> share_difference(const EffectCohort& cohort, const MeasureSpec& measure,
                                     const EffectCurve& curve, int months, EventCache* cache) {
    const std::size_t n = cohort.states;
    const auto length = static_cast<int>(curve.post.size());
    // Persons at risk (neither integrated nor gone) by phase: participating, in the
    // after-effect (by post index), or without any effect.
    std::vector<double> participating(n, 1.0), free(n, 0.0), integrated(n, 0.0);
    std::vector<std::vector<double>> after(static_cast<std::size_t>(length));
    std::vector<char> after_held(static_cast<std::size_t>(length), 0);
    bool free_held = false, participation_held = true;
    const bool fixed = measure.duration_kind == DurationKind::Fixed;
    const int duration = fixed_duration_months(measure);
    const double stay = geometric_continue_probability(measure);
    std::vector<double> difference(static_cast<std::size_t>(months), 0.0);

    // The month's event probabilities under one pair of factors, kept while the next
    // state has the same ones (an after-effect's months mostly do).
    std::vector<double> p_integrate(n), p_any(n);
    double cached_fi = -1, cached_fe = -1;
    int month = 0;
    const auto live = [&](std::vector<double>& mass, const double* hi, const double* he, double fi, double fe) {
        if (cache != nullptr) {
            const auto [pi, pa] = cache->at(month, fi, fe);
            for (std::size_t j = 0; j < n; ++j) {
                integrated[j] += mass[j] * pi[j];
                mass[j] *= 1.0 - pa[j];
            }
            return;
        }
        if (fi != cached_fi || fe != cached_fe) {
            for (std::size_t j = 0; j < n; ++j) {
                const MonthEvents events = competing_events(hi[j] * fi, he[j] * fe);
                p_integrate[j] = events.integrate;
                p_any[j] = events.any;
            }
            cached_fi = fi;
            cached_fe = fe;
        }
        for (std::size_t j = 0; j < n; ++j) {
            integrated[j] += mass[j] * p_integrate[j];
            mass[j] *= 1.0 - p_any[j];
        }
    };
    const auto add_to = [&](std::vector<double>& to, const std::vector<double>& from, double share) {
        for (std::size_t j = 0; j < n; ++j) to[j] += from[j] * share;
    };
    for (int t = 0; t < months; ++t) {
        const std::size_t row = static_cast<std::size_t>(t) * n;
        const double* hi = cohort.hazard_integration.data() + row;
        const double* he = cohort.hazard_exit.data() + row;
        cached_fi = cached_fe = -1;  // a new month
        month = t;
        if (participation_held) live(participating, hi, he, curve.lock_in, curve.exit);
        for (int index = 0; index < length; ++index)
            if (after_held[static_cast<std::size_t>(index)])
                live(after[static_cast<std::size_t>(index)], hi, he, curve.post[static_cast<std::size_t>(index)], 1.0);
        if (free_held) {
            for (std::size_t j = 0; j < n; ++j) {
                integrated[j] += free[j] * cohort.untreated_integrate[row + j];
                free[j] *= 1.0 - cohort.untreated_any[row + j];
            }
        }
        // Month end, in the order of the monthly step: after-effects move on (the last
        // month's end), then participations end and their after-effect starts.
        for (int index = length - 1; index >= 0; --index) {
            const auto from = static_cast<std::size_t>(index);
            if (!after_held[from]) continue;
            if (index + 1 < length) {
                std::swap(after[from + 1], after[from]);
                after_held[from + 1] = 1;
            } else {
                if (!free_held) free.assign(n, 0.0);
                add_to(free, after[from], 1.0);
                free_held = true;
            }
            after_held[from] = 0;
        }
        if (participation_held) {
            const double leaving = fixed ? (t + 1 == duration ? 1.0 : 0.0) : 1.0 - stay;
            if (leaving > 0) {
                const int start = curve.since_entry ? t + 1 : 0;
                if (start < length) {
                    auto& to = after[static_cast<std::size_t>(start)];
                    if (!after_held[static_cast<std::size_t>(start)]) to.assign(n, 0.0);
                    add_to(to, participating, leaving);
                    after_held[static_cast<std::size_t>(start)] = 1;
                } else {
                    if (!free_held) free.assign(n, 0.0);
                    add_to(free, participating, leaving);
                    free_held = true;
                }
                for (double& m : participating) m *= 1.0 - leaving;
                if (fixed) participation_held = false;
            }
        }
        double share = 0;
        for (std::size_t j = 0; j < n; ++j) share += cohort.weight[j] * integrated[j];
        difference[static_cast<std::size_t>(t)] = share - cohort.untreated[static_cast<std::size_t>(t)];
    }
    return difference;
}

std::vector<double> on_entry_share_difference(const EffectCohort& cohort, int months, bool counts) {
    std::vector<double> difference(static_cast<std::size_t>(months));
    for (int t = 0; t < months; ++t)
        difference[static_cast<std::size_t>(t)] = (counts ? 1.0 : 0.0) - cohort.untreated[static_cast<std::size_t>(t)];
    return difference;
}

}  // namespace intsim
