#include "report/calibration_report.hpp"

#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "report/calibration_words.hpp"
#include "report/glossary.hpp"

namespace intsim {

namespace {

// "/hazards/integration/factors/sex/female" -> "integration.factors.sex.female"
std::string short_name(const std::string& pointer) {
    std::string out = pointer.rfind("/hazards/", 0) == 0 ? pointer.substr(9) : pointer.substr(1);
    if (out.empty()) return out;
    for (char& c : out)
        if (c == '/') c = '.';
    return out;
}

}  // namespace

namespace w = words;

std::string identification_table(const Identification& id, Language language) {
    std::string out = say(language, w::ident_head) + "\n";
    out += fmt::format("  {:<28}", say(language, w::ident_corner));
    for (std::size_t k = 0; k < id.parameters.size(); ++k) out += fmt::format(" {:>9}", fmt::format("[{}]", k + 1));
    out += "\n";
    for (std::size_t i = 0; i < id.figures.size(); ++i) {
        out += fmt::format("  {:<28}", id.figures[i]);
        for (double v : id.response[i])
            out += std::abs(v) < 1e-3 ? fmt::format(" {:>9}", "") : fmt::format(" {:>+8.1f}%", 100 * v);
        out += "\n";
    }
    for (std::size_t k = 0; k < id.parameters.size(); ++k) {
        const CalibrationParameter& p = id.parameters[k];
        out += fmt::format("  [{}] {:<40} {}\n", k + 1, short_name(p.pointer),
                           say(language, w::ident_parameter, p.start, p.prior_log_sd, std::exp(p.prior_log_sd), p.lower,
                               p.upper));
    }
    if (!id.figures.empty())
        out += "  " + say(language, w::ident_weakest, 100 * id.weakest,
                          say(language, id.identified ? w::ident_identified : w::ident_not_identified),
                          100 * kIdentifiable);
    out += "\n";
    return out;
}

std::string setup_note_text(const SetupNote& note, Language language) {
    switch (note.kind) {
        case SetupNote::Kind::GroupAllOrNone: {
            const Term& group = note.figure == "integrations_women" ? w::note_women : w::note_single_parents;
            return say(language, note.all ? w::note_group_all : w::note_group_none, say(language, group), note.figure);
        }
        case SetupNote::Kind::LtrEndChecked: return say(language, w::note_ltr_end_checked);
        case SetupNote::Kind::LtrStartFitted: return say(language, w::note_ltr_start_fitted);
        case SetupNote::Kind::NewcomersGiven: return say(language, w::note_newcomers_given);
        case SetupNote::Kind::NewcomersFitted: return say(language, w::note_newcomers_fitted);
        case SetupNote::Kind::WeaklyIdentified:
            return say(language, w::note_weakly_identified, fmt::join(note.figures, ", "),
                       fmt::join(note.parameters, ", "), 100 * note.weakest, 100 * kIdentifiable);
    }
    return "";
}

std::string calibration_round_line(const CalibrationRound& round, int number, Language language) {
    std::string misses;
    for (const FigureCheck& c : round.checks)
        if (!c.met())
            misses += (misses.empty() ? "" : ", ") + say(language, w::round_misses_item, c.figure, 100 * c.mc_error(),
                                                         100 * c.tolerance() / c.actual);
    return say(language, w::round_line, number, round.fit.iterations, round.fit.model_evaluations,
               misses.empty() ? say(language, w::round_meets) : say(language, w::round_misses, misses)) +
           "\n";
}

std::string calibration_summary(const MonteCarloCalibration& calibration, Language language) {
    const CalibrationRound& last = calibration.last();
    const auto t = [&](const Term& term) { return say(language, term); };
    std::string out = fmt::format("{:<28} {:>12} {:>12} {:>12} {:>12} {:>8} {:>9} {:>23}  {}\n", t(w::fit_figure),
                                  t(w::fit_actual), t(w::fit_target), t(w::fit_expected), t(w::fit_mc_mean),
                                  t(w::fit_mc_error), t(w::fit_tolerance), "MC p05 - p95", t(w::fit_met));
    for (const FigureCheck& c : last.checks)
        out += fmt::format("{:<28} {:>12.1f} {:>12.1f} {:>12.1f} {:>12.1f} {:>+7.2f}% {:>8.2f}% {:>11.1f} - {:<9.1f}  {}\n",
                           c.figure, c.actual, c.target, c.expected, c.mc_mean, 100 * c.mc_error(),
                           100 * c.tolerance() / c.actual, c.mc_p05, c.mc_p95, t(c.met() ? w::fit_yes : w::fit_no));
    for (const FigureCheck& c : last.watched)
        out += fmt::format("{:<28} {:>12.1f} {:>12} {:>12} {:>12.1f} {:>+7.2f}% {:>9} {:>11.1f} - {:<9.1f}  {}\n",
                           c.figure, c.actual, "", "", c.mc_mean, 100 * c.mc_error(), "", c.mc_p05, c.mc_p95,
                           t(w::fit_not_fitted));
    out += t(w::fit_parameters) + "\n";
    for (const CalibrationParameter& p : last.fit.parameters)
        out += fmt::format("  {:<48} {:>12.6g} -> {:<12.6g}{}\n", p.pointer, p.start, p.fitted,
                           p.at_bound() ? say(language, w::fit_at_bound, p.lower, p.upper) : "");
    return out;
}

}  // namespace intsim
