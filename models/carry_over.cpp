#include "models/carry_over.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "models/simulate.hpp"

namespace intsim {

namespace {

// The draws of the base year's runs: a seed of their own, so that they are the same for
// every plan, variant and seed that continues the base year.
constexpr std::uint32_t kCarryOverSeed = 0x43415252u;  // "CARR"
constexpr int kMaxContinuationDepth = 8;

// The histories of the base year's last month, by uid: at the end of the month before, the
// history column already holds them for everyone who stays (returners of the last month
// bring theirs from the pool), and the carried persons are those who stayed.
using HistoryByUid = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

void snapshot(const Workspace& ws, int last_month, HistoryByUid& out) {
    out.clear();
    for (std::size_t i = 0; i < ws.stock.size(); ++i) out.emplace_back(ws.stock.uid[i], ws.stock.history[i]);
    for (std::size_t i = 0; i < ws.pool.size(); ++i)
        if (ws.pool.month_stamp[i] == last_month) out.emplace_back(ws.pool.uid[i], ws.pool.history[i]);
    std::sort(out.begin(), out.end());
}

void append_end(const Workspace& ws, int months, const HistoryByUid& before, CarriedStart& carried) {
    PersonColumns& stock = carried.stock;
    for (std::size_t i = 0; i < ws.stock.size(); ++i) {
        stock.push_copy(ws.stock, i);
        const std::size_t j = stock.size() - 1;
        const auto it = std::lower_bound(before.begin(), before.end(), std::pair{ws.stock.uid[i], 0u});
        // Not there the month before: a newcomer of the last month, in benefit one month.
        stock.history[j] = it != before.end() && it->first == ws.stock.uid[i] ? it->second : 1u;
        stock.month_stamp[j] = static_cast<std::int16_t>(ws.stock.month_stamp[i] - months);
    }
    for (std::size_t i = 0; i < ws.pool.size(); ++i) {
        if (ws.pool.month_stamp[i] < months) continue;
        carried.returners.push_copy(ws.pool, i);
        carried.returners.month_stamp.back() = static_cast<std::int16_t>(ws.pool.month_stamp[i] - months);
    }
}

}  // namespace

std::shared_ptr<CarriedStart> carry_over(const Model& base) {
    const Scenario& s = base.scenario;
    if (base.months < 2)
        throw InputError(s.origin, "/months", "expected a base year of at least two months to carry over");
    auto carried = std::make_shared<CarriedStart>();
    carried->base_file = s.origin;
    for (const MeasureModel& m : base.measures) carried->measure_ids.push_back(m.spec.id);
    for (const AttributeSpec& a : s.attributes) {
        carried->attribute_names.push_back(a.name);
        carried->attribute_levels.push_back(a.levels);
    }
    carried->stock_cell_share = base.stock_cell_share;
    carried->runs = static_cast<int>(
        std::clamp(std::ceil(kCarriedPersons / std::max(1.0, static_cast<double>(s.start_elb))), 1.0, 64.0));

    Model model = base;
    model.returners_kept_months = s.reentry_within_months;
    ReplicationFactors central;
    central.levels.assign(model.years.size(), LevelFactors{});
    central.measure_draw.assign(model.measures.size(), 0.0);
    Workspace ws;
    std::vector<double> tally(tally_layout(model).size());
    HistoryByUid before;
    const MonthEndHook hook = [&](int month, StreamKey, std::span<const double>, Workspace& w) {
        if (month == model.months - 2) snapshot(w, model.months - 1, before);
        if (month == model.months - 1) append_end(w, model.months, before, *carried);
    };
    for (int run = 0; run < carried->runs; ++run)
        simulate_replication(model, {kCarryOverSeed, static_cast<std::uint32_t>(run)}, central, ws, tally, hook);
    return carried;
}

void load_continuation(Scenario& scenario) {
    // The base years, nearest first, then carried over from the oldest on.
    std::vector<Scenario> bases;
    std::vector<nlohmann::json> documents;
    bases.reserve(kMaxContinuationDepth + 1);
    const Scenario* at = &scenario;
    while (!at->continues_file.empty() && !at->carried_start) {
        if (static_cast<int>(bases.size()) >= kMaxContinuationDepth)
            throw InputError(scenario.origin, "/continues",
                             fmt::format("expected at most {} base years, each continuing the next (a cycle?)",
                                         kMaxContinuationDepth));
        const ResolvedDocument document = load_document(at->continues_file);
        Scenario base = parse_scenario(document.json, at->continues_file);
        const YearMonth ends = base.start.plus(base.months);
        if (ends.year != at->start.year || ends.month != at->start.month)
            throw InputError(at->origin, "/continues",
                             fmt::format("expected a base year that ends where this scenario starts ({}): {} runs from "
                                         "{} to {}",
                                         at->start.text(), at->continues_file, base.start.text(),
                                         base.start.plus(base.months - 1).text()));
        bases.push_back(std::move(base));
        documents.push_back(document.json);
        at = &bases.back();
    }
    if (bases.empty()) return;
    for (std::size_t i = bases.size(); i-- > 0;) {
        Scenario& continuing = i == 0 ? scenario : bases[i - 1];
        std::shared_ptr<CarriedStart> carried = carry_over(build_model(bases[i]));
        carried->base_sha256 = sha256_hex(canonical_dump(identity_document(documents[i], bases[i])));
        continuing.carried_start = std::move(carried);
    }
}

nlohmann::json identity_document(nlohmann::json resolved, const Scenario& scenario) {
    if (scenario.carried_start && resolved.contains("continues"))
        resolved["continues"] = {{"sha256", scenario.carried_start->base_sha256}};
    return resolved;
}

}  // namespace intsim
