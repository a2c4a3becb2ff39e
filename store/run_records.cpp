#include "store/run_records.hpp"

#include <utility>

namespace intsim {

namespace {

RunRecord with_facts(std::string kind, const RecordFacts& facts) {
    RunRecord r;
    r.kind = std::move(kind);
    r.origin = facts.origin;
    r.started_by = facts.started_by.empty() ? this_user_and_host() : facts.started_by;
    r.started_at = facts.started_at.empty() ? utc_now() : facts.started_at;
    r.finished_at = utc_now();
    r.version = facts.version;
    r.output = facts.output;
    r.note = facts.note;
    return r;
}

StoredIndicator indicator_row(int position, const std::string& period, const IndicatorResult& indicator,
                              bool expected_only) {
    StoredIndicator row;
    row.position = position;
    row.period = period;
    row.indicator = indicator.name;
    row.mean = indicator.summary.mean;
    if (!expected_only) {
        row.p05 = indicator.summary.p05;
        row.p95 = indicator.summary.p95;
    }
    row.target = indicator.target;
    row.p_target_met = indicator.p_target_met;
    return row;
}

}  // namespace

RunRecord run_record(const Results& results, const StoredScenario& scenario, const nlohmann::json& results_json,
                     const RecordFacts& facts) {
    RunRecord r = with_facts("run", facts);
    r.seed = results.run.seed;
    r.replications = results.run.replications;
    r.wall_seconds = results.run.wall_seconds;
    r.scenarios.push_back(scenario);
    r.summary = results_json;
    for (const YearResult& year : results.years)
        for (const IndicatorResult& indicator : year.indicators)
            r.indicators.push_back(indicator_row(0, std::to_string(year.year), indicator, results.expected_only));
    for (const IndicatorResult& indicator : results.horizon.indicators)
        r.indicators.push_back(indicator_row(0, "horizon", indicator, results.expected_only));
    return r;
}

RunRecord compare_record(const Comparison& comparison, const std::vector<StoredScenario>& scenarios,
                         const nlohmann::json& compare_json, double wall_seconds, const RecordFacts& facts) {
    RunRecord r = with_facts("compare", facts);
    r.seed = comparison.seed;
    r.replications = comparison.replications;
    r.wall_seconds = wall_seconds;
    r.scenarios = scenarios;
    r.summary = compare_json;
    for (std::size_t y = 0; y < comparison.years.size(); ++y) {
        const std::string period = std::to_string(comparison.years[y].year);
        for (std::size_t v = 0; v < comparison.variants.size(); ++v) {
            const VariantComparison& variant = comparison.variants[v];
            if (y >= variant.years.size()) continue;
            for (const PairedDifference& d : variant.years[y].indicators) {
                if (v == 0) {
                    StoredIndicator base;
                    base.position = 0;
                    base.period = period;
                    base.indicator = d.indicator;
                    base.mean = d.base_mean;
                    r.indicators.push_back(base);
                }
                StoredIndicator row;
                row.position = static_cast<int>(v + 1);
                row.period = period;
                row.indicator = d.indicator;
                row.mean = d.variant_mean;
                row.difference = d.mean_difference;
                row.difference_low = d.ci95_low;
                row.difference_high = d.ci95_high;
                r.indicators.push_back(row);
            }
        }
    }
    // The objective is the comparison's reading of the whole horizon (by default the
    // integrations summed over all years).
    for (std::size_t v = 0; v < comparison.variants.size(); ++v) {
        const PairedDifference& d = comparison.variants[v].objective;
        if (d.indicator.empty()) continue;
        if (v == 0) {
            StoredIndicator base;
            base.position = 0;
            base.period = "horizon";
            base.indicator = d.indicator;
            base.mean = d.base_mean;
            r.indicators.push_back(base);
        }
        StoredIndicator row;
        row.position = static_cast<int>(v + 1);
        row.period = "horizon";
        row.indicator = d.indicator;
        row.mean = d.variant_mean;
        row.difference = d.mean_difference;
        row.difference_low = d.ci95_low;
        row.difference_high = d.ci95_high;
        r.indicators.push_back(row);
    }
    return r;
}

RunRecord track_record(const TrackResult& track, const StoredScenario& plan, int year,
                       const nlohmann::json& track_json, double wall_seconds, const RecordFacts& facts) {
    RunRecord r = with_facts("track", facts);
    r.seed = track.seed;
    r.replications = track.replications;
    r.wall_seconds = wall_seconds;
    r.scenarios.push_back(plan);
    r.summary = track_json;
    for (std::size_t i = 0; i < track.indicator_names.size() && i < track.indicators.size(); ++i) {
        StoredIndicator row;
        row.period = std::to_string(year);
        row.indicator = track.indicator_names[i];
        row.mean = track.indicators[i].mean;
        row.p05 = track.indicators[i].p05;
        row.p95 = track.indicators[i].p95;
        for (const TrackedTarget& target : track.targets)
            if (target.indicator == row.indicator) {
                row.target = target.target.value;
                row.p_target_met = target.p_target_met;
            }
        r.indicators.push_back(row);
    }
    return r;
}

RunRecord optimise_record(const StoredScenario& plan, std::uint32_t seed, std::uint64_t replications,
                          const nlohmann::json& optimise_json, double wall_seconds, const RecordFacts& facts) {
    RunRecord r = with_facts("optimise", facts);
    r.seed = seed;
    r.replications = replications;
    r.wall_seconds = wall_seconds;
    r.scenarios.push_back(plan);
    r.summary = optimise_json;
    return r;
}

}  // namespace intsim
