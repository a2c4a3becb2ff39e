#include "models/batch_totals.hpp"

#include <algorithm>
#include <stdexcept>

#include "models/indicators.hpp"

namespace intsim {

namespace {

/// Positions of the batch indicators among indicator_names().
std::vector<std::size_t> batch_indicator_positions() {
    const auto& all = indicator_names();
    std::vector<std::size_t> positions;
    for (const auto& name : batch_indicator_names())
        positions.push_back(static_cast<std::size_t>(std::find(all.begin(), all.end(), name) - all.begin()));
    return positions;
}

/// Quantiles of each indicator's values, the budget overrun probability, and the line.
BatchLine line_of(std::string name, const std::vector<std::vector<double>>& values, double operative_egt,
                  double person_months) {
    BatchLine line;
    line.name = std::move(name);
    for (const auto& v : values) line.indicators.push_back(quantiles_of(v));
    line.operative_egt = operative_egt;
    line.person_months = person_months;
    const auto& spend = values.back();  // budget_spend is the last batch indicator
    if (operative_egt > 0 && !spend.empty())
        line.p_over_budget = static_cast<double>(std::count_if(spend.begin(), spend.end(),
                                                               [&](double x) { return x > operative_egt; })) /
                             static_cast<double>(spend.size());
    return line;
}

}  // namespace

const std::vector<std::string>& batch_indicator_names() {
    static const std::vector<std::string> names{"integrations_total", "ltr_avg", "budget_spend"};
    return names;
}

BatchTotals::BatchTotals(std::size_t replications)
    : replications_(replications),
      sums_(batch_indicator_names().size(), std::vector<double>(replications, 0.0)) {}

BatchLine BatchTotals::add(const Model& model, std::span<const double> tallies) {
    const TallyLayout layout = tally_layout(model);
    if (tallies.size() != replications_ * layout.size())
        throw std::invalid_argument("BatchTotals::add: expected the tallies of every replication");
    const auto positions = batch_indicator_positions();
    std::vector<std::vector<double>> values(positions.size(), std::vector<double>(replications_));
    double person_months = 0;
    for (std::size_t r = 0; r < replications_; ++r) {
        const auto tally = tallies.subspan(r * layout.size(), layout.size());
        const auto row = replication_indicators(model, layout, tally);
        for (std::size_t i = 0; i < positions.size(); ++i) {
            values[i][r] = row[positions[i]];
            sums_[i][r] += row[positions[i]];
        }
        person_months += tally[layout.person_months()];
    }
    ++jobcenters_;
    operative_egt_ += model.scenario.operative_egt;
    person_months_ += person_months;
    return line_of(model.scenario.name, values, model.scenario.operative_egt, person_months);
}

BatchLine BatchTotals::total() const { return line_of("total", sums_, operative_egt_, person_months_); }

}  // namespace intsim
