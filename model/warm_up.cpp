#include "model/warm_up.hpp"

#include <algorithm>
#include <cmath>

#include "engine/statistics.hpp"
#include "model/model.hpp"
#include "model/monthly_rules.hpp"

namespace intsim {

namespace {

constexpr int kColumns = kHistoryMonths + 1;  // months in benefit 0..24

// Mass by attribute cell and months in benefit, one row of 25 per cell.
struct Grid {
    std::vector<double> mass;
    double& at(int cell, int months) { return mass[static_cast<std::size_t>(cell * kColumns + months)]; }
    double at(int cell, int months) const { return mass[static_cast<std::size_t>(cell * kColumns + months)]; }
};

// The population part of the expected-value model (expected/expected_model.cpp): persons in
// gap-free spells (`none`), returners whose months in benefit stay flat for `f` more
// month ends (`returning[f]`, f = 1..23), and leavers who may come back, by months away
// (`pool[away - 1]`) and months in benefit at the exit. The same steps in the same order.
struct WarmUpChain {
    const Model& model;
    const Scenario& s;
    const int cells;
    Grid none;
    std::vector<Grid> returning;  // [flat], 0 unused
    std::vector<Grid> pool;       // [away - 1]
    Grid leavers;
    std::vector<double> p_integrate, p_exit;  // [hazard class * groups + group], this month

    explicit WarmUpChain(const Model& m)
        : model(m), s(m.scenario), cells(m.cell_count) {
        const Grid empty{std::vector<double>(static_cast<std::size_t>(cells * kColumns), 0.0)};
        none = leavers = empty;
        returning.assign(static_cast<std::size_t>(kHistoryMonths), empty);
        pool.assign(static_cast<std::size_t>(s.reentry_within_months), empty);
    }

    // The stated stock as the spell profile builds it, in its first month.
    void seed() {
        for (const Stratum& stratum : spell_profile_strata(model))
            none.at(stratum.cell, std::min(stratum.months_in_benefit + 1, kHistoryMonths)) += stratum.expected;
    }

    void arrive(int calendar) {
        const int within = s.reentry_within_months;
        const double rate = s.reentry_monthly_rate;
        for (int away = within; away >= 1; --away) {
            Grid& g = pool[static_cast<std::size_t>(away - 1)];
            for (int c = 0; c < cells; ++c)
                for (int d = 0; d < kColumns; ++d) {
                    const double m = g.at(c, d);
                    if (m == 0.0) continue;
                    const int flat = returner_flat_months(d, away);
                    Grid& into = flat > 0 ? returning[static_cast<std::size_t>(flat)] : none;
                    into.at(c, std::min(months_on_return(d, away), kHistoryMonths)) += m * rate;
                    g.at(c, d) = m * (1 - rate);
                }
            if (away < within) pool[static_cast<std::size_t>(away)] = g;
        }
        if (within > 0) std::fill(pool[0].mass.begin(), pool[0].mass.end(), 0.0);
        const double newcomers = inflow_mean(s, calendar, 1.0);
        double previous = 0;
        for (int c = 0; c < cells; ++c) {
            const double share = model.inflow_cell_cdf[static_cast<std::size_t>(c)] - previous;
            previous = model.inflow_cell_cdf[static_cast<std::size_t>(c)];
            none.at(c, 1) += newcomers * share;
        }
    }

    void live(int calendar) {
        const HazardLayout& hz = model.hazards;
        const double level_integration = hazard_level(s.integration, calendar, 1.0);
        const double level_exit = hazard_level(s.exit, calendar, 1.0);
        const auto groups = static_cast<std::size_t>(hz.group_count);
        p_integrate.resize(static_cast<std::size_t>(hz.class_count) * groups);
        p_exit.resize(p_integrate.size());
        for (std::size_t c = 0; c < static_cast<std::size_t>(hz.class_count); ++c)
            for (std::size_t g = 0; g < groups; ++g) {
                const MonthEvents p = competing_events(
                    person_hazard(level_integration, hz.class_integration[c], hz.group_integration[g]),
                    person_hazard(level_exit, hz.class_exit[c], hz.group_exit[g]));
                p_integrate[c * groups + g] = p.integrate;
                p_exit[c * groups + g] = p.exit;
            }
        const double stays = s.stays_in_benefit_share;
        std::fill(leavers.mass.begin(), leavers.mass.end(), 0.0);
        const auto live_block = [&](Grid& block) {
            for (int c = 0; c < cells; ++c) {
                const std::size_t first = hz.class_of_cell[static_cast<std::size_t>(c)] * groups;
                for (int d = 0; d < kColumns; ++d) {
                    const double m = block.at(c, d);
                    if (m == 0.0) continue;
                    const std::size_t row = first + hz.group_of_months[static_cast<std::size_t>(d)];
                    const double integrating = m * p_integrate[row];
                    const double exiting = m * p_exit[row];
                    leavers.at(c, d) += exiting + integrating * (1 - stays);
                    block.at(c, d) = m - exiting - integrating * (1 - stays);
                }
            }
        };
        live_block(none);
        for (std::size_t f = 1; f < returning.size(); ++f) live_block(returning[f]);
        if (!pool.empty())
            for (std::size_t i = 0; i < leavers.mass.size(); ++i) pool[0].mass[i] += leavers.mass[i];
    }

    // Month end: months in benefit move on (capped at 24); returners count down their
    // flat months, the last ones going on as gap-free at the months they have.
    void age() {
        for (int c = 0; c < cells; ++c) {
            none.at(c, kHistoryMonths) += none.at(c, kHistoryMonths - 1);
            for (int d = kHistoryMonths - 1; d >= 1; --d) none.at(c, d) = none.at(c, d - 1);
            none.at(c, 0) = 0.0;
        }
        for (std::size_t i = 0; i < none.mass.size(); ++i) none.mass[i] += returning[1].mass[i];
        for (std::size_t f = 1; f + 1 < returning.size(); ++f) returning[f].mass.swap(returning[f + 1].mass);
        std::fill(returning.back().mass.begin(), returning.back().mass.end(), 0.0);
    }
};

}  // namespace

// Cell c's LZB get alpha_c lambda, its others alpha_c, with alpha_c = T_c / (lambda A_c +
// B_c). The LZB total, the sum of T_c lambda A_c / (lambda A_c + B_c), grows with lambda:
// a bisection in log lambda finds it.
CellFactors fit_to_stated(const std::vector<double>& lzb, const std::vector<double>& others,
                          const std::vector<double>& cell_total, double ltr_total) {
    const std::size_t cells = cell_total.size();
    const auto ltr_at = [&](double lambda) {
        double total = 0;
        for (std::size_t c = 0; c < cells; ++c) {
            const double denominator = lambda * lzb[c] + others[c];
            if (denominator > 0) total += cell_total[c] * lambda * lzb[c] / denominator;
        }
        return total;
    };
    CellFactors f{std::vector<double>(cells, 0.0), std::vector<double>(cells, 0.0)};
    double most = 0;  // the LZB total as lambda grows without bound
    for (std::size_t c = 0; c < cells; ++c)
        if (lzb[c] > 0) most += cell_total[c];
    if (ltr_total >= most) {
        // Everyone who can be LZB is.
        for (std::size_t c = 0; c < cells; ++c) {
            if (lzb[c] > 0) f.ltr[c] = cell_total[c] / lzb[c];
            else if (others[c] > 0) f.others[c] = cell_total[c] / others[c];
        }
        return f;
    }
    double lambda = 0;
    if (ltr_total > 0) {
        double lo = -1, hi = 1;
        while (ltr_at(std::exp(lo)) > ltr_total && lo > -700) lo *= 2;
        while (ltr_at(std::exp(hi)) < ltr_total && hi < 700) hi *= 2;
        for (int i = 0; i < 200; ++i) {
            const double mid = 0.5 * (lo + hi);
            (ltr_at(std::exp(mid)) < ltr_total ? lo : hi) = mid;
        }
        lambda = std::exp(0.5 * (lo + hi));
    }
    for (std::size_t c = 0; c < cells; ++c) {
        const double denominator = lambda * lzb[c] + others[c];
        if (!(denominator > 0)) continue;
        f.others[c] = cell_total[c] / denominator;
        f.ltr[c] = f.others[c] * lambda;
    }
    return f;
}

StartStrata warm_up_strata(const Model& model) {
    const Scenario& s = model.scenario;
    WarmUpChain chain(model);
    chain.seed();
    const int months = s.warm_up_months;
    for (int w = 0; w < months; ++w) {
        // The calendar month of warm-up month w: the months just before the start.
        const int calendar = ((s.start.month - 1 - months + w) % 12 + 12) % 12;
        chain.arrive(calendar);
        chain.live(calendar);
        if (w + 1 < months) chain.age();
    }

    // The last month before the start, at its end: who is LZB, by cell.
    const int cells = model.cell_count;
    std::vector<double> lzb(static_cast<std::size_t>(cells), 0.0), others = lzb, cell_total = lzb;
    const auto count = [&](const Grid& g) {
        for (int c = 0; c < cells; ++c)
            for (int d = 0; d < kColumns; ++d) (is_ltr(d) ? lzb : others)[static_cast<std::size_t>(c)] += g.at(c, d);
    };
    count(chain.none);
    for (std::size_t f = 1; f < chain.returning.size(); ++f) count(chain.returning[f]);
    const double stock = static_cast<double>(s.start_elb);
    for (int c = 0; c < cells; ++c)
        cell_total[static_cast<std::size_t>(c)] = stock * model.stock_cell_share[static_cast<std::size_t>(c)];
    const CellFactors factor = fit_to_stated(lzb, others, cell_total, stock * s.start_ltr_share);
    const auto factor_of = [&](int c, int d) {
        return (is_ltr(d) ? factor.ltr : factor.others)[static_cast<std::size_t>(c)];
    };

    // Strata: the LZB first (the LZB count of every replication is then within one of its
    // expectation), each block by cell and months. Strata expecting next to nobody are
    // left out: they would cost every replication a step and change no count.
    const double negligible = 1e-12 * std::max(stock, 1.0);
    StartStrata strata;
    for (const bool ltr_pass : {true, false})
        for (std::size_t f = 0; f < chain.returning.size(); ++f) {
            const Grid& g = f == 0 ? chain.none : chain.returning[f];
            for (int c = 0; c < cells; ++c)
                for (int d = 1; d < kColumns; ++d) {
                    if (is_ltr(d) != ltr_pass) continue;
                    const double expected = g.at(c, d) * factor_of(c, d);
                    if (expected > negligible)
                        strata.stock.push_back(gap_stratum(static_cast<std::uint16_t>(c), d, static_cast<int>(f), expected));
                }
        }
    // The pool in proportion to the stratum each leaver left: exits grow with the stock.
    if (!(s.reentry_monthly_rate > 0.0)) return strata;  // nobody comes back
    for (std::size_t a = 0; a < chain.pool.size(); ++a)
        for (int c = 0; c < cells; ++c)
            for (int d = 1; d < kColumns; ++d) {
                const double expected = chain.pool[a].at(c, d) * factor_of(c, d);
                if (expected > negligible)
                    strata.pool.push_back({static_cast<std::uint16_t>(c), spell_history(d), static_cast<std::uint8_t>(a + 1),
                                           expected});
            }
    return strata;
}

namespace {

void set_cumulative(std::vector<Stratum>& strata, double stock) {
    // Rescale so that the expected counts add up to the stock exactly, whatever the
    // rounding of the input shares.
    CompensatedSum total;
    for (const auto& stratum : strata) total.add(stratum.expected);
    if (total.value() > 0)
        for (auto& stratum : strata) stratum.expected *= stock / total.value();
    std::vector<double> expected;
    for (const auto& stratum : strata) expected.push_back(stratum.expected);
    const std::vector<double> cumulative = cumulative_expected(expected);
    for (std::size_t k = 0; k < strata.size(); ++k) strata[k].cumulative = cumulative[k];
}

void set_cumulative(std::vector<PoolStratum>& strata) {
    std::vector<double> expected;
    for (const auto& stratum : strata) expected.push_back(stratum.expected);
    const std::vector<double> cumulative = cumulative_expected(expected);
    for (std::size_t k = 0; k < strata.size(); ++k) strata[k].cumulative = cumulative[k];
}

}  // namespace

StartStrata start_strata(const Model& model) {
    const Scenario& s = model.scenario;
    StartStrata strata = s.warm_up_months > 0 ? warm_up_strata(model) : StartStrata{spell_profile_strata(model), {}};
    set_cumulative(strata.stock, static_cast<double>(model.scenario.start_elb));
    set_cumulative(strata.pool);
    return strata;
}

}  // namespace intsim
