#pragma once
// optimise.json (docs/optimise.schema.json) and the table `intsim optimise` prints.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "models/decisions/mix_confirmation.hpp"
#include "report/decision_report_support.hpp"

namespace intsim {

struct OptimiseReport {
    const Scenario* plan = nullptr;
    const OptimiseSection* section = nullptr;
    const MixSearchOptions* search_options = nullptr;
    const MixSearchResult* search = nullptr;
    const MixConfirmation* confirmation = nullptr;
    std::string budget_source;  ///< "operative_egt", "--budget" or "none"
    std::string evaluator;      ///< how the search estimated mixes
    std::uint64_t search_replications = 0, replications = 0;
    std::uint32_t seed = 1;
    std::vector<CalendarYear> years;  ///< the plan's calendar years
};

nlohmann::json optimise_to_json(const OptimiseReport& report, const ScenarioIdentity& scenario, const RunFacts& facts,
                                const std::string& version);

std::string optimise_table(const OptimiseReport& report, const RunFacts& facts);

}  // namespace intsim
