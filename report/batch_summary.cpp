#include "report/batch_summary.hpp"

#include "engine/input_error.hpp"

#include <cmath>

#include "report/batch_words.hpp"
#include "report/console_table.hpp"
#include "report/optimise_words.hpp"
#include "report/results_json.hpp"
#include "report/run_words.hpp"

namespace intsim {

namespace {

namespace w = words;

nlohmann::json optional_json(const std::optional<double>& x) {
    return x ? nlohmann::json(round_figure(*x)) : nlohmann::json(nullptr);
}

nlohmann::json line_to_json(const BatchLine& line) {
    nlohmann::json doc = nlohmann::json::object();
    const auto& names = batch_indicator_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        nlohmann::json entry = quantiles_to_json(line.indicators[i]);
        const BatchTarget& t = line.targets.at(i);
        entry["direction"] = direction_name(t.direction);
        entry["directed"] = t.directed;
        entry["target"] = optional_json(t.target);
        entry["p_target_met"] = optional_json(t.p_target_met);
        entry["offer_p80"] = optional_json(t.offer_p80);
        doc[names[i]] = entry;
    }
    doc["operative_egt"] = round_figure(line.operative_egt);
    doc["p_over_budget"] = round_figure(line.p_over_budget);
    doc["p_all_targets_met"] = optional_json(line.p_all_targets_met);
    doc["person_months"] = line.person_months;
    return doc;
}

CsvOutputCell number(double x) { return round_figure(x); }
CsvOutputCell optional_number(const std::optional<double>& x) { return x ? number(*x) : CsvOutputCell{}; }

std::vector<CsvOutputCell> csv_row(const BatchLine& line) {
    std::vector<CsvOutputCell> row;
    row.push_back(line.name);
    for (std::size_t i = 0; i < line.indicators.size(); ++i) {
        const Quantiles& q = line.indicators[i];
        for (double x : {q.mean, q.p05, q.p50, q.p95}) row.push_back(number(x));
        const BatchTarget& t = line.targets.at(i);
        row.push_back(optional_number(t.target));
        row.push_back(optional_number(t.p_target_met));
        row.push_back(optional_number(t.offer_p80));
    }
    row.push_back(number(line.operative_egt));
    row.push_back(number(line.p_over_budget));
    row.push_back(optional_number(line.p_all_targets_met));
    return row;
}

std::vector<std::string> table_row(const BatchLine& line, const std::string& name, const Wording& say) {
    const auto& names = batch_indicator_names();
    std::vector<std::string> row = {name};
    for (std::size_t i = 0; i < names.size(); ++i) {
        const BatchTarget& t = line.targets.at(i);
        row.push_back(say.value(names[i], line.indicators[i].mean));
        if (names[i] == "budget_spend") continue;
        row.push_back(t.target ? say.value(names[i], *t.target) : "");
        row.push_back(t.p_target_met ? say.percent(*t.p_target_met) : "");
        row.push_back(t.offer_p80 ? say.value(names[i], *t.offer_p80) : "");
    }
    row.push_back(line.operative_egt > 0 ? say.percent(line.p_over_budget) : "");
    row.push_back(line.p_all_targets_met ? say.percent(*line.p_all_targets_met) : "");
    return row;
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
        "taken over the n per-replication sums across jobcenters, not by adding quantiles. The total's target "
        "is the sum of the jobcenters' targets (when every jobcenter has one); its p_all_targets_met is the "
        "share of replications in which every jobcenter with targets meets all of its own.";
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

CsvOutputTable batch_summary_csv(const BatchSummary& s) {
    CsvOutputTable table;
    table.header = {"jobcenter"};
    for (const auto& name : batch_indicator_names())
        for (const char* column : {"mean", "p05", "p50", "p95", "target", "p_target_met", "offer_p80"})
            table.header.push_back(name + "_" + column);
    for (const char* column : {"operative_egt", "p_over_budget", "p_all_targets_met"}) table.header.emplace_back(column);
    for (const auto& j : s.jobcenters) table.rows.push_back(csv_row(j.line));
    table.rows.push_back(csv_row(s.total));
    return table;
}

std::string batch_summary_table(const BatchSummary& s, const Wording& say) {
    const std::string ranks = s.ranks > 1 ? say(w::ranks_times, s.ranks) : "";
    std::string out = say(w::batch_head, s.name, s.jobcenters.size(), say.number(static_cast<double>(s.replications)),
                          s.seed, ranks, say(s.threads == 1 ? w::threads_n : w::threads_n_plural, s.threads),
                          say.number(s.wall_seconds, 2)) +
                      "\n";
    ConsoleTable table;
    table.header = {say(w::jobcenter)};
    for (const auto& name : batch_indicator_names()) {
        table.header.push_back(console_indicator_name(name, say));
        if (name == "budget_spend") continue;
        for (const Term* t : {&w::target, &w::p_met, &w::offer_header}) table.header.push_back(say(*t, 80));
    }
    table.header.push_back(say(w::p_over_budget));
    table.header.push_back(say(w::p_all_short));
    for (const auto& j : s.jobcenters) table.rows.push_back(table_row(j.line, j.line.name, say));
    table.rows.push_back(table_row(s.total, say(w::total), say));
    out += console_table(table);
    if (s.total.operative_egt > 0)
        out += say(w::batch_egt_line, say.euro(s.total.operative_egt), say.percent(s.total.p_over_budget)) + "\n";
    if (!s.failures.empty())
        out += say(w::batch_failed_line, s.failures.size(), s.failures.size() + s.jobcenters.size()) + "\n";
    return plain_spaces(out + say(w::batch_console_note) + "\n");
}

void stage_batch_outputs(OutputSet& outputs, const BatchSummary& summary, const std::string& version,
                         const ReportOptions& options) {
    if (options.json) outputs.add("batch-summary.json", batch_summary_to_json(summary, version).dump(1) + "\n");
    if (options.csv) outputs.add("batch-summary.csv", to_csv(batch_summary_csv(summary), options.csv_dialect));
    if (options.html) outputs.add("report.html", batch_summary_html(summary, version, options.wording()));
    outputs.retire({"batch-summary.json", "batch-summary.csv", "report.html"});
}

void check_batch_folder_name(const std::string& name, const std::string& file,
                             const std::map<std::string, std::string>& used) {
    if (name == "." || name == ".." || name == "report.html" || name.rfind("batch-summary.", 0) == 0)
        throw InputError(file, "/name", "\"" + name + "\" cannot name an output folder of a batch");
    if (const auto other = used.find(name); other != used.end())
        throw InputError(file, "/name",
                         "the name \"" + name + "\" is already used by " + other->second +
                             " in this batch (each scenario's outputs go to a folder of that name)");
}

int batch_exit_code(const std::vector<BatchFailure>& failures) {
    if (failures.empty()) return 0;
    for (const auto& f : failures)
        if (!f.bad_input) return 1;
    return 2;
}

}  // namespace intsim
