#include "report/calibration_report.hpp"

#include <cmath>

#include <fmt/format.h>

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

std::string identification_table(const Identification& id) {
    std::string out = "which figures inform which parameters (change of the figure in % when the parameter moves by "
                      "one prior sd):\n";
    out += fmt::format("  {:<28}", "figure \\ parameter");
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
        out += fmt::format("  [{}] {:<40} start {:<10.4g} prior sd {:.2f} (x{:.2f}), bounds {:.3g} .. {:.3g}\n", k + 1,
                           short_name(p.pointer), p.start, p.prior_log_sd, std::exp(p.prior_log_sd), p.lower, p.upper);
    }
    if (!id.figures.empty())
        out += fmt::format("  weakest combination: a one-sd move changes the figures by {:.2f} % ({} at least {:.1f} %)",
                           100 * id.weakest, id.identified ? "identified:" : "NOT identified: needs",
                           100 * kIdentifiable);
    out += "\n";
    return out;
}

std::string calibration_round_line(const CalibrationRound& round, int number) {
    std::string misses;
    for (const FigureCheck& c : round.checks)
        if (!c.met())
            misses += fmt::format("{}{} {:+.2f} % (tolerance {:.2f} %)", misses.empty() ? "" : ", ", c.figure,
                                  100 * c.mc_error(), 100 * c.tolerance() / c.actual);
    return fmt::format("round {}: fit in {} iterations ({} expected-model runs); Monte Carlo {}\n", number,
                       round.fit.iterations, round.fit.model_evaluations,
                       misses.empty() ? "meets every figure" : "misses " + misses);
}

std::string calibration_summary(const MonteCarloCalibration& calibration) {
    const CalibrationRound& last = calibration.last();
    std::string out = fmt::format("{:<28} {:>12} {:>12} {:>12} {:>12} {:>8} {:>9} {:>23}  {}\n", "figure", "actual",
                                  "exp. target", "exp. fit", "MC mean", "MC err", "tolerance", "MC p05 - p95", "met");
    for (const FigureCheck& c : last.checks)
        out += fmt::format("{:<28} {:>12.1f} {:>12.1f} {:>12.1f} {:>12.1f} {:>+7.2f}% {:>8.2f}% {:>11.1f} - {:<9.1f}  {}\n",
                           c.figure, c.actual, c.target, c.expected, c.mc_mean, 100 * c.mc_error(),
                           100 * c.tolerance() / c.actual, c.mc_p05, c.mc_p95, c.met() ? "yes" : "NO");
    for (const FigureCheck& c : last.watched)
        out += fmt::format("{:<28} {:>12.1f} {:>12} {:>12} {:>12.1f} {:>+7.2f}% {:>9} {:>11.1f} - {:<9.1f}  (not fitted)\n",
                           c.figure, c.actual, "", "", c.mc_mean, 100 * c.mc_error(), "", c.mc_p05, c.mc_p95);
    out += "parameters (start -> fitted):\n";
    for (const CalibrationParameter& p : last.fit.parameters)
        out += fmt::format("  {:<48} {:>12.6g} -> {:<12.6g}{}\n", p.pointer, p.start, p.fitted,
                           p.at_bound() ? fmt::format("  AT ITS BOUND ({:.3g} .. {:.3g})", p.lower, p.upper) : "");
    return out;
}

}  // namespace intsim
