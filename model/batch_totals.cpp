#include "model/batch_totals.hpp"

#include <algorithm>
#include <stdexcept>

#include "model/indicator_catalogue.hpp"
#include "model/indicators.hpp"

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

/// An indicator's values judged by a target (if any) or by the catalogue's direction.
BatchTarget judged(const std::string& indicator, const std::vector<double>& values, const std::optional<Target>& target) {
    BatchTarget out;
    out.direction = target ? target->direction : default_direction(indicator);
    out.directed = target || has_default_direction(indicator);
    const bool higher = out.direction == Direction::Higher;
    if (out.directed && !values.empty()) {
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        out.offer_p80 = offer_value(sorted, 0.8, higher);
    }
    if (target) {
        out.target = target->value;
        out.p_target_met = share_meeting(values, target->value, higher);
    }
    return out;
}

/// Quantiles of each indicator's values, the budget overrun probability, and the line.
BatchLine line_of(std::string name, const std::vector<std::vector<double>>& values,
                  const std::vector<std::optional<Target>>& targets, double operative_egt, double person_months) {
    BatchLine line;
    line.name = std::move(name);
    for (const auto& v : values) line.indicators.push_back(quantiles_of(v));
    for (std::size_t i = 0; i < values.size(); ++i)
        line.targets.push_back(judged(batch_indicator_names()[i], values[i], targets[i]));
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

const std::vector<std::string>& batch_indicator_names() { return indicators_shown_in(kShownInBatch); }

BatchTotals::BatchTotals(std::size_t replications)
    : replications_(replications),
      sums_(batch_indicator_names().size(), std::vector<double>(replications, 0.0)),
      all_met_(replications, 1) {}

BatchLine BatchTotals::add(const Model& model, std::span<const double> tallies) {
    const TallyLayout layout = tally_layout(model);
    if (tallies.size() != replications_ * layout.size())
        throw std::invalid_argument("BatchTotals::add: expected the tallies of every replication");
    const auto positions = batch_indicator_positions();
    const auto& all_names = indicator_names();
    const auto& targets = model.scenario.targets;
    std::vector<std::vector<double>> values(positions.size(), std::vector<double>(replications_));
    std::size_t all_met = 0;
    double person_months = 0;
    for (std::size_t r = 0; r < replications_; ++r) {
        const auto tally = tallies.subspan(r * layout.size(), layout.size());
        const auto row = replication_indicators(model, layout, tally);
        for (std::size_t i = 0; i < positions.size(); ++i) {
            values[i][r] = row[positions[i]];
            sums_[i][r] += row[positions[i]];
        }
        bool met = true;
        for (std::size_t i = 0; i < all_names.size(); ++i)
            if (const auto t = targets.find(all_names[i]); t != targets.end())
                met = met && (t->second.direction == Direction::Higher ? row[i] >= t->second.value
                                                                       : row[i] <= t->second.value);
        all_met += met;
        all_met_[r] &= static_cast<std::uint8_t>(met);
        person_months += tally[layout.person_months()];
    }
    // The total's targets: the sum of the jobcenters', while every one has one with the same direction.
    std::vector<std::optional<Target>> own;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        const auto t = targets.find(batch_indicator_names()[i]);
        own.push_back(t != targets.end() ? std::optional<Target>(t->second) : std::nullopt);
        if (jobcenters_ == 0) target_sums_.push_back(own.back());
        else if (!own.back() || !target_sums_[i] || target_sums_[i]->direction != own.back()->direction)
            target_sums_[i].reset();
        else target_sums_[i]->value += own.back()->value;
    }
    any_targets_ = any_targets_ || !targets.empty();
    ++jobcenters_;
    operative_egt_ += model.scenario.operative_egt;
    person_months_ += person_months;
    BatchLine line = line_of(model.scenario.name, values, own, model.scenario.operative_egt, person_months);
    if (!targets.empty() && replications_ > 0)
        line.p_all_targets_met = static_cast<double>(all_met) / static_cast<double>(replications_);
    return line;
}

BatchLine BatchTotals::total() const {
    std::vector<std::optional<Target>> targets = target_sums_;
    targets.resize(sums_.size());
    BatchLine line = line_of("total", sums_, targets, operative_egt_, person_months_);
    if (any_targets_ && replications_ > 0)
        line.p_all_targets_met = static_cast<double>(std::count(all_met_.begin(), all_met_.end(), 1)) /
                                 static_cast<double>(replications_);
    return line;
}

}  // namespace intsim
