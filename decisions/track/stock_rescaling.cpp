#include "decisions/track/stock_rescaling.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include "model/population.hpp"
#include "montecarlo/simulate.hpp"

namespace intsim {

namespace {

// The first `needed` of one stratum's persons (their positions in the stock) in the
// order of a random key of (person, month), all of them when needed >= their number: the
// first ones go, or are copied, first. Keys are unique (the uid breaks ties), so the
// first `needed` come out the same as from a full sort, at a fraction of its cost.
std::vector<std::uint32_t> random_order(StreamKey key, int month, const PersonColumns& stock,
                                        const std::vector<std::uint32_t>& members, std::size_t needed) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    keyed.reserve(members.size());
    for (std::uint32_t i : members) {
        const std::uint32_t word = random_words(key, stock.uid[i], static_cast<std::uint32_t>(month), Stream::Rescaling)[0];
        keyed.emplace_back((static_cast<std::uint64_t>(word) << 32) | stock.uid[i], i);
    }
    const std::size_t first = std::min(needed, keyed.size());
    std::partial_sort(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(first), keyed.end());
    std::vector<std::uint32_t> order;
    order.reserve(first);
    for (std::size_t j = 0; j < first; ++j) order.push_back(keyed[j].second);
    return order;
}

}  // namespace

void rescale_stock(const Model& model, StreamKey key, const ObservedStock& observed, std::span<const double> tally,
                   Workspace& ws) {
    const TallyLayout layout = tally_layout(model);
    const auto m = static_cast<std::size_t>(observed.month);
    const std::int64_t simulated_elb = std::llround(tally[layout.monthly(MonthlyField::Elb, m)]);
    const std::int64_t simulated_ltr = std::llround(tally[layout.monthly(MonthlyField::Ltr, m)]);
    // [0]: LZB, [1]: the others.
    std::int64_t delta[2] = {0, 0};
    if (observed.elb && observed.ltr) {
        delta[0] = *observed.ltr - simulated_ltr;
        delta[1] = (*observed.elb - *observed.ltr) - (simulated_elb - simulated_ltr);
    } else if (observed.ltr) {
        delta[0] = *observed.ltr - simulated_ltr;
    } else if (observed.elb) {
        const std::int64_t total = *observed.elb - simulated_elb;
        delta[0] = simulated_elb > 0 ? std::llround(static_cast<double>(total) * static_cast<double>(simulated_ltr) /
                                                    static_cast<double>(simulated_elb))
                                     : 0;
        delta[1] = total - delta[0];
    }

    PersonColumns& stock = ws.stock;
    const std::size_t n = stock.size();
    std::vector<std::uint32_t> members[2];
    for (std::size_t i = 0; i < n; ++i)
        members[is_ltr(std::popcount(stock.history[i])) ? 0 : 1].push_back(static_cast<std::uint32_t>(i));

    std::vector<std::uint8_t> removed(n, 0);
    std::uint32_t next_uid = kCopiedPersonUidBase;
    for (int s = 0; s < 2; ++s) {
        if (delta[s] == 0) continue;
        // A stratum with nobody in it borrows persons of the other one, as new members.
        const bool borrow = members[s].empty();
        const auto& donors = borrow ? members[1 - s] : members[s];
        if (donors.empty()) continue;
        const auto needed = static_cast<std::size_t>(delta[s] < 0 ? -delta[s] : delta[s]);
        const std::vector<std::uint32_t> order = random_order(key, observed.month, stock, donors, needed);
        if (delta[s] < 0) {
            if (borrow) continue;
            const auto count = std::min<std::size_t>(static_cast<std::size_t>(-delta[s]), order.size());
            for (std::size_t j = 0; j < count; ++j) removed[order[j]] = 1;
            continue;
        }
        for (std::int64_t j = 0; j < delta[s]; ++j) {
            const std::uint32_t donor = order[static_cast<std::size_t>(j) % order.size()];
            stock.push_copy(stock, donor);
            const std::size_t c = stock.size() - 1;
            stock.uid[c] = next_uid++;
            stock.measure[c] = stock.measure_left[c] = stock.post_measure[c] = stock.effect_month[c] = 0;
            if (borrow) stock.history[c] = s == 0 ? kHistoryMask : 1u;
        }
    }

    // Remove the chosen persons, freeing their measure places; copies (at the end) stay.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < stock.size(); ++i) {
        if (i < n && removed[i]) {
            if (stock.measure[i] != 0) ws.measures[stock.measure[i] - 1u].occupied -= 1;
            continue;
        }
        if (kept != i) stock.move_within(i, kept);
        ++kept;
    }
    stock.resize(kept);
}

std::vector<double> simulate_rescaled_tallies(const Model& model, std::uint32_t seed, std::uint64_t count,
                                              const ObservedStock& observed, const RunControl& control) {
    std::vector<ReplicationFactors> levels;
    levels.reserve(count);
    for (std::uint64_t r = 0; r < count; ++r)
        levels.push_back(draw_replication_factors(model, {seed, static_cast<std::uint32_t>(r)}));
    return simulate_rescaled_tallies(model, seed, levels, observed, control);
}

std::vector<double> simulate_rescaled_tallies(const Model& model, std::uint32_t seed,
                                              std::span<const ReplicationFactors> levels,
                                              const std::optional<ObservedStock>& observed,
                                              const RunControl& control) {
    const std::size_t width = tally_layout(model).size();
    std::vector<double> tallies(levels.size() * width);
    const MonthEndHook hook = [&](int month, StreamKey key, std::span<const double> tally, Workspace& ws) {
        if (observed && month == observed->month) rescale_stock(model, key, *observed, tally, ws);
    };
    run_replications(
        0, levels.size(), control, [] { return Workspace{}; },
        [&](std::size_t replication, Workspace& workspace) {
            const StreamKey key{seed, static_cast<std::uint32_t>(replication)};
            simulate_replication(model, key, levels[replication], workspace,
                                 std::span<double>(tallies).subspan(replication * width, width),
                                 observed ? hook : MonthEndHook{});
        });
    return tallies;
}

}  // namespace intsim
