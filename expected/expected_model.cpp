#include "expected/expected_model.hpp"

#include "expected/chain.hpp"
#include "model/indicators.hpp"

namespace intsim {

std::vector<double> expected_tally(const Model& model) {
    expected_chain::Chain chain(model);
    chain.start();
    for (int month = 0; month < model.months; ++month) {
        chain.arrive(month);
        chain.allocate(month);
        chain.live(month);
    }
    return chain.tally;
}

Results expected_results(const Model& model) {
    const std::vector<double> tally = expected_tally(model);
    Results results = summarise_replications(model, tally, 1, 0.8);
    results.expected_only = true;
    results.run.replications = 0;
    results.p_all_targets_met.reset();
    results.p_all_targets_met_every_year.reset();
    for (auto& indicator : results.indicators) indicator.p_target_met.reset();
    for (auto& year : results.years) {
        year.p_all_targets_met.reset();
        for (auto& indicator : year.indicators) indicator.p_target_met.reset();
    }
    return results;
}

}  // namespace intsim
