#include "report/summary_table.hpp"

#include <algorithm>
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

// The indicators the years block shows, in this order.
constexpr const char* kYearRows[] = {"integrations_total", "integrations_women", "integrations_single_parents",
                                     "integrations_ltr", "integration_rate", "ltr_integration_rate", "elb_avg",
                                     "ltr_avg", "ltr_end", "budget_spend"};
constexpr std::size_t kYearsPerBlock = 5;  // columns side by side before the next block
constexpr int kCell = 20;

std::string percent(double p) { return fmt::format("{:.0f} %", p * 100); }

// Each calendar year in a column: the mean, and P(met) where the year has a target.
std::string years_block(const Results& r) {
    std::string out = "\nCalendar years (mean; [P(target met)] where the year has a target):\n";
    for (std::size_t from = 0; from < r.years.size(); from += kYearsPerBlock) {
        const std::size_t to = std::min(r.years.size(), from + kYearsPerBlock);
        out += fmt::format("{:<28}", "");
        for (std::size_t y = from; y < to; ++y)
            out += fmt::format(" {:>{}}", fmt::format("{}{}", r.years[y].year, r.years[y].partial ? " (partial)" : ""), kCell);
        out += "\n";
        const auto row = [&](const std::string& label, auto cell) {
            out += fmt::format("{:<28}", label);
            for (std::size_t y = from; y < to; ++y) out += fmt::format(" {:>{}}", cell(r.years[y]), kCell);
            out += "\n";
        };
        for (const char* name : kYearRows) {
            row(name, [&](const YearResult& year) {
                for (const auto& i : year.indicators) {
                    if (i.name != name) continue;
                    std::string cell = figure(i.summary.mean, i.name);
                    if (i.p_target_met) cell += " [" + percent(*i.p_target_met) + "]";
                    else if (i.target) cell += " [target " + figure(*i.target, i.name) + "]";
                    return cell;
                }
                return std::string();
            });
        }
        if (!r.expected_only)
            row("P(all targets met)", [](const YearResult& year) {
                return year.p_all_targets_met ? percent(*year.p_all_targets_met) : std::string("no targets");
            });
        row("operative EGT", [](const YearResult& year) {
            if (!year.budget.present) return std::string("none");
            return figure(year.budget.operative_egt, "") + (year.egt_carried_forward ? " (carried)" : "");
        });
        if (!r.expected_only)
            row("P(over budget)", [](const YearResult& year) {
                return year.budget.present ? percent(year.budget.p_over_budget) : std::string();
            });
    }
    if (r.p_all_targets_met_every_year)
        out += fmt::format("P(all targets met in every year with targets): {}\n", percent(*r.p_all_targets_met_every_year));
    return out;
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
    if (r.years.size() > 1)
        out.insert(out.find('\n') + 1, fmt::format("First calendar year, {} to {}{}:\n", r.years.front().months.front(),
                                                    r.years.front().months.back(),
                                                    r.years.front().partial ? " (partial)" : ""));
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
    // Several calendar years: the table above is the first; all of them side by side.
    if (r.years.size() > 1) out += years_block(r);
    return out;
}

}  // namespace intsim
