#include "report/summary_table.hpp"

#include "report/console_table.hpp"

namespace intsim {

namespace w = words;

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
    return plain_spaces(out);
}

}  // namespace intsim
