#pragma once
// What one replication counts, as one flat array of doubles: the runner stores one such
// array per replication and the indicators are computed from them afterwards, in
// replication order. Counts are whole numbers held in doubles (exact below 2^53).
#include <cstddef>
#include <span>
#include <vector>

namespace intsim {

enum class MonthlyField : std::size_t {
    Elb,               ///< stock at the end of the month
    Ltr,
    Women,
    SingleParents,
    Integrations,      ///< K2 integrations during the month
    IntegrationsWomen,
    IntegrationsSingleParents,
    IntegrationsLtr,   ///< of persons who were LZB when they integrated
    Inflow,            ///< newcomers and returners
    Reentries,
    Exits,             ///< persons leaving the stock (integrated or otherwise)
    SpendEgt,          ///< money spent from the EGT this month
    Count
};

enum class MeasureField : std::size_t {
    Entries,
    EntriesWomen,
    ParticipantMonths,
    Spend,
    IntegrationsAfter,  ///< integrations during participation or the after-effect
    Count
};

struct TallyLayout {
    std::size_t months = 0;
    std::size_t measures = 0;

    std::size_t monthly(MonthlyField f, std::size_t month) const {
        return static_cast<std::size_t>(f) * months + month;
    }
    std::size_t measure(MeasureField f, std::size_t k) const {
        return static_cast<std::size_t>(MonthlyField::Count) * months +
               static_cast<std::size_t>(f) * measures + k;
    }
    std::size_t start_elb() const { return measure(MeasureField::Count, 0); }
    std::size_t start_ltr() const { return start_elb() + 1; }
    std::size_t person_months() const { return start_elb() + 2; }
    std::size_t size() const { return start_elb() + 3; }
};

/// The K2 integrations of a month: of everyone, of women, of single parents and of persons
/// who were LZB when they integrated. Counts (Monte Carlo) or expected masses.
struct IntegrationCounts {
    double total = 0, women = 0, single_parents = 0, ltr = 0;
};

/// Adds `counts` to month `month`'s integrations.
inline void count_integrations(const TallyLayout& layout, std::span<double> tally, std::size_t month,
                               const IntegrationCounts& counts) {
    tally[layout.monthly(MonthlyField::Integrations, month)] += counts.total;
    tally[layout.monthly(MonthlyField::IntegrationsWomen, month)] += counts.women;
    tally[layout.monthly(MonthlyField::IntegrationsSingleParents, month)] += counts.single_parents;
    tally[layout.monthly(MonthlyField::IntegrationsLtr, month)] += counts.ltr;
}

struct Model;

/// The layout of a model's tally: the same for a Monte Carlo replication and the expected model.
TallyLayout tally_layout(const Model& model);

}  // namespace intsim
