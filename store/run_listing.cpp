#include "store/run_listing.hpp"

#include <map>
#include <tuple>

#include <fmt/format.h>

#include "report/console_table.hpp"
#include "report/decision_report_support.hpp"

namespace intsim {

namespace {

std::string figure(const std::optional<double>& x) {
    if (!x) return "";
    return table_figure(*x, *x != static_cast<double>(static_cast<long long>(*x)));
}

std::string signed_figure(const std::optional<double>& x) {
    if (!x) return "";
    return table_signed_figure(*x, *x != static_cast<double>(static_cast<long long>(*x)));
}

std::string scenario_name(const RunRecord& r, int position) {
    return position >= 0 && static_cast<std::size_t>(position) < r.scenarios.size() ? r.scenarios[position].name : "?";
}

using RowKey = std::tuple<int, std::string, std::string>;

std::map<RowKey, const StoredIndicator*> rows_by_key(const RunRecord& r) {
    std::map<RowKey, const StoredIndicator*> out;
    for (const StoredIndicator& row : r.indicators) out[{row.position, row.period, row.indicator}] = &row;
    return out;
}

struct DiffRow {
    int position;
    std::string scenario, period, indicator;
    std::optional<double> a, b;
};

std::vector<DiffRow> diff_rows(const StoredRun& a, const StoredRun& b) {
    const auto in_b = rows_by_key(b.record);
    std::vector<DiffRow> out;
    for (const StoredIndicator& row : a.record.indicators) {
        const auto found = in_b.find({row.position, row.period, row.indicator});
        if (found == in_b.end()) continue;
        out.push_back({row.position, scenario_name(a.record, row.position), row.period, row.indicator, row.mean,
                       found->second->mean});
    }
    return out;
}

std::vector<std::array<std::string, 3>> differing_settings(const StoredRun& a, const StoredRun& b) {
    std::vector<std::array<std::string, 3>> out;
    const RunRecord &x = a.record, &y = b.record;
    if (x.kind != y.kind) out.push_back({"kind", x.kind, y.kind});
    if (x.seed != y.seed) out.push_back({"seed", std::to_string(x.seed), std::to_string(y.seed)});
    if (x.replications != y.replications)
        out.push_back({"replications", std::to_string(x.replications), std::to_string(y.replications)});
    if (x.version != y.version) out.push_back({"intsim_version", x.version, y.version});
    const std::size_t n = std::max(x.scenarios.size(), y.scenarios.size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::string sa = i < x.scenarios.size() ? x.scenarios[i].name + " " + x.scenarios[i].sha256.substr(0, 12) : "-";
        const std::string sb = i < y.scenarios.size() ? y.scenarios[i].name + " " + y.scenarios[i].sha256.substr(0, 12) : "-";
        if (sa != sb) out.push_back({fmt::format("scenario {}", i), sa, sb});
    }
    return out;
}

}  // namespace

std::string runs_list_text(const std::vector<RunSummary>& runs) {
    if (runs.empty()) return "no runs recorded\n";
    ConsoleTable table;
    table.header = {"id", "kind", "started (UTC)", "by", "scenarios", "reps", "seed", "note"};
    table.right_aligned = {true, false, false, false, false, true, true, false};
    for (const RunSummary& r : runs)
        table.rows.push_back({std::to_string(r.id), r.kind, r.started_at, r.origin + ": " + r.started_by, r.scenarios,
                              std::to_string(r.replications), std::to_string(r.seed), r.note});
    return console_table(table);
}

std::string run_show_text(const StoredRun& run) {
    const RunRecord& r = run.record;
    std::string out = fmt::format("run {}: {} from the {}, started {} by {}, finished {}\n", run.id, r.kind,
                                  r.origin == "page" ? "workbench page" : "command line", r.started_at, r.started_by,
                                  r.finished_at);
    out += fmt::format("  intsim {}, seed {}, {} replications, {:.1f} s{}\n", r.version, r.seed, r.replications,
                       r.wall_seconds, r.output.empty() ? "" : ", wrote " + r.output);
    if (!r.note.empty()) out += "  note: " + r.note + "\n";
    for (std::size_t i = 0; i < r.scenarios.size(); ++i)
        out += fmt::format("  {} {}: {}{}, sha256 {}\n", r.scenarios[i].role, i, r.scenarios[i].name,
                           r.scenarios[i].file.empty() ? "" : " (" + r.scenarios[i].file + ")", r.scenarios[i].sha256);
    if (r.indicators.empty()) return out + "  (no indicators per year: see the command's JSON, runs show --json)\n";
    ConsoleTable table;
    table.header = {"scenario", "period", "indicator", "mean", "p05", "p95", "target", "P(met)", "difference",
                    "interval"};
    table.right_aligned = {false, false, false, true, true, true, true, true, true, true};
    for (const StoredIndicator& row : r.indicators)
        table.rows.push_back(
            {scenario_name(r, row.position), row.period, row.indicator, figure(row.mean), figure(row.p05),
             figure(row.p95), figure(row.target),
             row.p_target_met ? fmt::format("{:.0f} %", *row.p_target_met * 100) : "", signed_figure(row.difference),
             row.difference_low ? signed_figure(row.difference_low) + " .. " + signed_figure(row.difference_high) : ""});
    return out + console_table(table);
}

std::string runs_diff_text(const StoredRun& a, const StoredRun& b) {
    std::string out = fmt::format("run {} (A) and run {} (B)\n", a.id, b.id);
    const auto settings = differing_settings(a, b);
    if (settings.empty()) out += "  same settings and scenarios\n";
    for (const auto& s : settings) out += fmt::format("  {}: A {}, B {}\n", s[0], s[1], s[2]);
    const auto rows = diff_rows(a, b);
    if (rows.empty()) return out + "  no indicators in common\n";
    ConsoleTable table;
    table.header = {"scenario", "period", "indicator", "A", "B", "B - A"};
    table.right_aligned = {false, false, false, true, true, true};
    for (const DiffRow& row : rows)
        table.rows.push_back({row.scenario, row.period, row.indicator, figure(row.a), figure(row.b),
                              row.a && row.b ? signed_figure(*row.b - *row.a) : ""});
    return out + console_table(table);
}

nlohmann::json run_summary_json(const RunSummary& r) {
    return {{"id", r.id}, {"kind", r.kind}, {"origin", r.origin}, {"started_by", r.started_by},
            {"started_at", r.started_at}, {"seed", r.seed}, {"replications", r.replications},
            {"scenarios", r.scenarios}, {"note", r.note}, {"report", r.has_report}};
}

namespace {

nlohmann::json optional_json(const std::optional<double>& x) { return x ? nlohmann::json(*x) : nlohmann::json(); }

}  // namespace

nlohmann::json stored_run_json(const StoredRun& run) {
    const RunRecord& r = run.record;
    nlohmann::json out = {{"id", run.id}, {"kind", r.kind}, {"origin", r.origin}, {"started_by", r.started_by},
                          {"started_at", r.started_at}, {"finished_at", r.finished_at}, {"intsim_version", r.version},
                          {"seed", r.seed}, {"replications", r.replications}, {"wall_seconds", r.wall_seconds},
                          {"output", r.output}, {"note", r.note}};
    out["scenarios"] = nlohmann::json::array();
    for (const StoredScenario& s : r.scenarios)
        out["scenarios"].push_back({{"role", s.role}, {"name", s.name}, {"file", s.file}, {"sha256", s.sha256}});
    out["indicators"] = nlohmann::json::array();
    for (const StoredIndicator& row : r.indicators)
        out["indicators"].push_back({{"position", row.position}, {"period", row.period}, {"indicator", row.indicator},
                                     {"mean", optional_json(row.mean)}, {"p05", optional_json(row.p05)},
                                     {"p95", optional_json(row.p95)}, {"target", optional_json(row.target)},
                                     {"p_target_met", optional_json(row.p_target_met)},
                                     {"difference", optional_json(row.difference)},
                                     {"difference_low", optional_json(row.difference_low)},
                                     {"difference_high", optional_json(row.difference_high)}});
    return out;
}

nlohmann::json runs_diff_json(const StoredRun& a, const StoredRun& b) {
    nlohmann::json out = {{"a", a.id}, {"b", b.id}, {"settings", nlohmann::json::array()}, {"rows", nlohmann::json::array()}};
    for (const auto& s : differing_settings(a, b)) out["settings"].push_back({{"what", s[0]}, {"a", s[1]}, {"b", s[2]}});
    for (const DiffRow& row : diff_rows(a, b))
        out["rows"].push_back({{"scenario", row.scenario}, {"period", row.period}, {"indicator", row.indicator},
                               {"a", optional_json(row.a)}, {"b", optional_json(row.b)},
                               {"difference", row.a && row.b ? nlohmann::json(*row.b - *row.a) : nlohmann::json()}});
    return out;
}

}  // namespace intsim
