#include "report/summary_table.hpp"

#include <cmath>

#include <fmt/format.h>

namespace intsim {

namespace {

std::string figure(double x, const std::string& indicator) {
    const bool rate = indicator.find("rate") != std::string::npos || indicator.find("pct") != std::string::npos;
    if (rate) return fmt::format("{:.1f}", x);
    // Thousands separated by a thin space keeps columns readable in any locale.
    const long long whole = std::llround(x);
    std::string digits = std::to_string(std::llabs(whole));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return (whole < 0 ? "-" : "") + out;
}

}  // namespace

std::string format_figure(double x, const std::string& indicator) { return figure(x, indicator); }

std::string summary_table(const Results& r) {
    const std::string ranks = r.run.ranks > 1 ? fmt::format("{} ranks x ", r.run.ranks) : "";
    std::string out = fmt::format("{}  ({} replications, seed {}, {}{} thread{}, {:.2f} s, {:.1f} M person-months/s)\n",
                                  r.scenario_name, r.run.replications, r.run.seed, ranks, r.run.threads,
                                  r.run.threads == 1 ? "" : "s", r.run.wall_seconds,
                                  r.run.wall_seconds > 0 ? r.run.person_months / r.run.wall_seconds / 1e6 : 0.0);
    const std::string offer_header = fmt::format("offer p{:.0f}", r.run.offer_probability * 100);
    out += fmt::format("{:<28} {:>12} {:>25} {:>12} {:>8} {:>12}\n", "indicator", "mean", "p05 - p95", "target",
                       "P(met)", offer_header);
    if (r.expected_only) out = r.scenario_name + "  (expected-value model: means only)\n" + out.substr(out.find('\n') + 1);
    for (const auto& i : r.indicators) {
        if (r.expected_only) {
            out += fmt::format("{:<28} {:>12} {:>25} {:>12}\n", i.name, figure(i.summary.mean, i.name), "",
                               i.target ? figure(*i.target, i.name) : "");
            continue;
        }
        const std::string range = figure(i.summary.p05, i.name) + " - " + figure(i.summary.p95, i.name);
        const std::string target = i.target ? figure(*i.target, i.name) : "";
        const std::string met = i.p_target_met ? fmt::format("{:.0f} %", *i.p_target_met * 100) : "";
        out += fmt::format("{:<28} {:>12} {:>25} {:>12} {:>8} {:>12}\n", i.name, figure(i.summary.mean, i.name),
                           range, target, met, i.offer_chosen ? figure(*i.offer_chosen, i.name) : "");
    }
    if (r.p_all_targets_met)
        out += fmt::format("P(all targets met together): {:.0f} %\n", *r.p_all_targets_met * 100);
    if (r.budget.present && r.expected_only)
        out += fmt::format("EGT budget: {} EUR operative, expected spend {} EUR\n", figure(r.budget.operative_egt, ""),
                           figure(r.budget.spend.mean, ""));
    else if (r.budget.present)
        out += fmt::format("EGT budget: {} EUR operative, spend {} EUR (p05-p95 {} - {}), P(over budget) {:.0f} %\n",
                           figure(r.budget.operative_egt, ""), figure(r.budget.spend.mean, ""),
                           figure(r.budget.spend.p05, ""), figure(r.budget.spend.p95, ""),
                           r.budget.p_over_budget * 100);
    return out;
}

}  // namespace intsim
