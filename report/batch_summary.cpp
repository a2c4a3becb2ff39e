#include "report/batch_summary.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/results_json.hpp"
#include "report/wording.hpp"

namespace intsim {

namespace {

nlohmann::json line_to_json(const BatchLine& line) {
    nlohmann::json doc = nlohmann::json::object();
    const auto& names = batch_indicator_names();
    for (std::size_t i = 0; i < names.size(); ++i) doc[names[i]] = quantiles_to_json(line.indicators[i]);
    doc["operative_egt"] = round_figure(line.operative_egt);
    doc["p_over_budget"] = round_figure(line.p_over_budget);
    doc["person_months"] = line.person_months;
    return doc;
}

std::string csv_number(double x) { return fmt::format("{:.10g}", round_figure(x)); }

/// RFC 4180: quote a field that holds a separator, a quote or a line break.
std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csv_row(const BatchLine& line) {
    std::string row = csv_field(line.name);
    for (const auto& q : line.indicators)
        for (double x : {q.mean, q.p05, q.p50, q.p95}) row += fmt::format(",{}", csv_number(x));
    return row + fmt::format(",{},{}\n", csv_number(line.operative_egt), csv_number(line.p_over_budget));
}

std::string table_row(const BatchLine& line) {
    const auto& names = batch_indicator_names();
    std::string row = fmt::format("{:<28}", line.name);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Quantiles& q = line.indicators[i];
        row += fmt::format(" {:>12} {:>25}", Wording{}.value(names[i], q.mean),
                           Wording{}.value(names[i], q.p05) + " - " + Wording{}.value(names[i], q.p95));
    }
    return row + "\n";
}

}  // namespace

nlohmann::json batch_summary_to_json(const BatchSummary& s, const std::string& version) {
    nlohmann::json doc;
    doc["intsim_version"] = version;
    doc["batch"] = s.name;
    doc["run"] = {{"replications", s.replications},
                  {"seed", s.seed},
                  {"threads", s.threads},
                  {"ranks", s.ranks},
                  {"wall_seconds", std::round(s.wall_seconds * 1000.0) / 1000.0},
                  {"person_months", s.total.person_months},
                  {"scenarios", s.jobcenters.size() + s.failures.size()},
                  {"failed", s.failures.size()}};
    doc["method"] =
        "Every scenario runs replications 0..n-1 with the same seed. The total's mean and quantiles are "
        "taken over the n per-replication sums across jobcenters, not by adding quantiles.";
    nlohmann::json jobcenters = nlohmann::json::array();
    for (const auto& j : s.jobcenters) {
        nlohmann::json entry = {{"name", j.line.name}, {"file", j.file}, {"sha256", j.sha256}, {"results", j.results}};
        entry.update(line_to_json(j.line));
        jobcenters.push_back(entry);
    }
    doc["jobcenters"] = jobcenters;
    nlohmann::json total = {{"jobcenters", s.jobcenters.size()}};
    total.update(line_to_json(s.total));
    doc["total"] = total;
    nlohmann::json failed = nlohmann::json::array();
    for (const auto& f : s.failures)
        failed.push_back({{"scenario", f.scenario},
                          {"file", f.file},
                          {"rank", f.rank},
                          {"error", f.bad_input ? "input" : "internal"},
                          {"message", f.message}});
    doc["failed"] = failed;
    return doc;
}

std::string batch_summary_csv(const BatchSummary& s) {
    std::string out = "jobcenter";
    for (const auto& name : batch_indicator_names())
        for (const char* q : {"mean", "p05", "p50", "p95"}) out += "," + name + "_" + q;
    out += ",operative_egt,p_over_budget\n";
    for (const auto& j : s.jobcenters) out += csv_row(j.line);
    return out + csv_row(s.total);
}

std::string batch_summary_table(const BatchSummary& s) {
    const std::string ranks = s.ranks > 1 ? fmt::format("{} ranks x ", s.ranks) : "";
    std::string out = fmt::format("{}  ({} jobcenter{}, {} replications each, seed {}, {}{} thread{}, {:.2f} s)\n",
                                  s.name, s.jobcenters.size(), s.jobcenters.size() == 1 ? "" : "s", s.replications,
                                  s.seed, ranks, s.threads, s.threads == 1 ? "" : "s", s.wall_seconds);
    out += fmt::format("{:<28}", "jobcenter");
    for (const auto& name : batch_indicator_names()) out += fmt::format(" {:>12} {:>25}", name, "p05 - p95");
    out += "\n";
    for (const auto& j : s.jobcenters) out += table_row(j.line);
    out += table_row(s.total);
    if (s.total.operative_egt > 0)
        out += fmt::format("EGT of all jobcenters: {} EUR operative, P(total spend over it) {:.0f} %\n",
                           Wording{}.number(s.total.operative_egt), s.total.p_over_budget * 100);
    if (!s.failures.empty())
        out += fmt::format("{} of {} scenarios failed (listed above and in batch-summary.json)\n", s.failures.size(),
                           s.failures.size() + s.jobcenters.size());
    return out;
}

}  // namespace intsim
