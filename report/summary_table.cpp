#include "report/summary_table.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/indicator_catalogue.hpp"
#include "report/compare_words.hpp"
#include "report/console_table.hpp"
#include "report/run_words.hpp"
#include "report/track_words.hpp"

namespace intsim {

namespace w = words;

namespace {

constexpr std::size_t kYearsPerBlock = 5;  // columns side by side before the next block

// Each calendar year in a column: the mean, and P(met) where the year has a target.
std::string years_block(const Results& r, const Wording& say) {
    std::string out = fmt::format("\n{}\n", say(w::years_console));
    for (std::size_t from = 0; from < r.years.size(); from += kYearsPerBlock) {
        const std::size_t to = std::min(r.years.size(), from + kYearsPerBlock);
        ConsoleTable table;
        table.header = {""};
        for (std::size_t y = from; y < to; ++y)
            table.header.push_back(r.years[y].partial ? say(w::year_partial, r.years[y].year)
                                                      : std::to_string(r.years[y].year));
        const auto row = [&](const std::string& label, auto cell) {
            std::vector<std::string> line = {label};
            for (std::size_t y = from; y < to; ++y) line.push_back(cell(r.years[y]));
            table.rows.push_back(line);
        };
        for (const std::string& name : indicators_shown_in(kShownInConsoleYears))
            row(console_indicator_name(name, say), [&](const YearResult& year) {
                for (const auto& i : year.indicators) {
                    if (i.name != name) continue;
                    std::string cell = say.value(i.name, i.summary.mean);
                    if (i.p_target_met) cell += fmt::format(" [{}]", say.percent(*i.p_target_met));
                    else if (i.target) cell += fmt::format(" {}", say(w::target_bracket, say.value(i.name, *i.target)));
                    return cell;
                }
                return std::string();
            });
        if (!r.expected_only)
            row(say(w::p_all_targets_short), [&](const YearResult& year) {
                return year.p_all_targets_met ? say.percent(*year.p_all_targets_met) : say(w::no_targets);
            });
        row(say(w::operative_egt), [&](const YearResult& year) {
            if (!year.budget.present) return say(w::none_word);
            const std::string money = say.euro(year.budget.operative_egt);
            return year.egt_carried_forward ? say(w::carried_short, money) : money;
        });
        if (!r.expected_only)
            row(say(w::p_over_budget), [&](const YearResult& year) {
                return year.budget.present ? say.percent(year.budget.p_over_budget) : std::string();
            });
        out += console_table(table);
    }
    if (r.p_all_targets_met_every_year)
        out += say(w::p_all_every_year_line, say.percent(*r.p_all_targets_met_every_year)) + "\n";
    return out;
}

}  // namespace

std::string summary_table(const Results& r, const Wording& say) {
    const std::string ranks = r.run.ranks > 1 ? say(w::ranks_times, r.run.ranks) : "";
    const std::string threads = say(r.run.threads == 1 ? w::threads_n : w::threads_n_plural, r.run.threads);
    std::string out =
        r.expected_only
            ? say(w::expected_only_head, r.scenario_name) + "\n"
            : say(w::run_summary_head, r.scenario_name, say(w::replications_n, r.run.replications), r.run.seed, ranks,
                  threads, say.number(r.run.wall_seconds, 2),
                  say.number(r.run.wall_seconds > 0 ? r.run.person_months / r.run.wall_seconds / 1e6 : 0.0, 1)) +
                  "\n";
    ConsoleTable table;
    const auto percent_of_offer = static_cast<int>(r.run.offer_probability * 100 + 0.5);
    table.header = {say(w::console_indicator), say(w::mean), say(w::p05_p95), say(w::target), say(w::p_met),
                    say(w::offer_header, percent_of_offer)};
    if (r.expected_only) table.header.resize(4);
    if (r.years.size() > 1)
        out += say(w::first_year_console, say.month(r.years.front().months.front()),
                   say.month(r.years.front().months.back()), r.years.front().partial ? say(w::partial_suffix) : "") +
               "\n";
    for (const auto& i : r.indicators) {
        const auto value = [&](double x) { return say.value(i.name, x); };
        std::vector<std::string> row = {console_indicator_name(i.name, say), value(i.summary.mean),
                                        r.expected_only ? "" : say.range(value(i.summary.p05), value(i.summary.p95)),
                                        i.target ? value(*i.target) : ""};
        if (!r.expected_only) {
            row.push_back(i.p_target_met ? say.percent(*i.p_target_met) : "");
            row.push_back(i.offer_chosen ? value(*i.offer_chosen) : i.directed ? "" : say(w::no_direction));
        }
        table.rows.push_back(row);
    }
    out += console_table(table);
    if (r.p_all_targets_met) out += say(w::p_all_targets_line, say.percent(*r.p_all_targets_met)) + "\n";
    if (r.budget.present && r.expected_only)
        out += say(w::budget_line_expected, say.euro(r.budget.operative_egt), say.euro(r.budget.spend.mean)) + "\n";
    else if (r.budget.present)
        out += say(w::budget_line, say.euro(r.budget.operative_egt), say.euro(r.budget.spend.mean),
                   say.euro(r.budget.spend.p05), say.euro(r.budget.spend.p95), say.percent(r.budget.p_over_budget)) +
               "\n";
    // Several calendar years: the table above is the first; all of them side by side.
    if (r.years.size() > 1) out += years_block(r, say);
    return plain_spaces(out);
}

}  // namespace intsim
