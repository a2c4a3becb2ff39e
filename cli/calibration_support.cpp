#include "cli/calibration_support.hpp"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "model/build_model.hpp"
#include "model/model.hpp"

namespace intsim {

namespace {

// The figures of a calibration, named: "integrations_ltr and ltr_end".
std::string named_list(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

std::string pointer_in(const FigurePointer& pointer_of, const std::string& figure) {
    return pointer_of ? pointer_of(figure) : "/" + figure;
}

}  // namespace

void refuse_unidentified(const Identification& id, const std::string& actuals_file, const FigurePointer& pointer_of) {
    if (id.identified) return;
    throw InputError(actuals_file,
                     pointer_in(pointer_of, id.weak_figures.empty() ? id.figures.front() : id.weak_figures.front()),
                     fmt::format("the figures {} cannot tell {} apart: moved together by one prior sd in the "
                                 "direction these figures see least, the parameters change them by {:.2f} % (at "
                                 "least {:.1f} % needed); leave out one of the figures, or fit fewer parameters",
                                 named_list(id.weak_figures), named_list(id.weak_parameters), 100 * id.weakest,
                                 100 * kIdentifiable));
}

void refuse_unmet(const MonteCarloCalibration& calibration, const std::string& actuals_file,
                  const FigurePointer& pointer_of) {
    if (calibration.met()) return;
    if (calibration.unreachable) {
        const CalibrationResult& fit = *calibration.unreachable;
        const CalibrationFit* worst = &fit.fits.front();
        for (const CalibrationFit& f : fit.fits)
            if (std::abs(f.relative_error()) > std::abs(worst->relative_error())) worst = &f;
        std::string parameters;
        for (const auto& p : fit.parameters)
            parameters += fmt::format("{}{} {:.6g} -> {:.6g}{}", parameters.empty() ? "" : ", ", p.pointer, p.start,
                                      p.fitted, p.at_bound() ? " (its bound)" : "");
        throw InputError(actuals_file, pointer_in(pointer_of, worst->figure),
                         fmt::format("the scenario cannot reach {:.1f}: the best fit gives {:.1f} ({:+.1f} %) with {}; "
                                     "check the figures against the scenario's stock, inflow and each other; nothing "
                                     "written",
                                     worst->target, worst->fitted, 100 * worst->relative_error(), parameters));
    }
    const FigureCheck* worst = nullptr;
    for (const FigureCheck& c : calibration.last().checks)
        if (!c.met() && (!worst || std::abs(c.mc_mean - c.actual) / c.tolerance() >
                                       std::abs(worst->mc_mean - worst->actual) / worst->tolerance()))
            worst = &c;
    std::string bounds;
    for (const CalibrationParameter& p : calibration.last().fit.parameters)
        if (p.at_bound()) bounds += fmt::format("{}{} at {:.3g}", bounds.empty() ? "; parameters at their bounds: " : ", ",
                                                p.pointer, p.fitted);
    throw InputError(actuals_file, pointer_in(pointer_of, worst->figure),
                     fmt::format("after {} rounds the Monte Carlo mean misses {:.1f} by {:+.2f} % ({:.1f}; tolerance "
                                 "{:.2f} %){}; check the figure against the scenario's stock, inflow and the other "
                                 "figures; nothing written",
                                 calibration.rounds.size(), worst->actual, 100 * worst->mc_error(), worst->mc_mean,
                                 100 * worst->tolerance() / worst->actual, bounds));
}

void check_loads_as_scenario(const nlohmann::json& parent, const nlohmann::json& document, const std::string& file) {
    nlohmann::json resolved = parent.is_null() ? nlohmann::json::object() : parent;
    nlohmann::json patch = document;
    patch.erase("extends");
    resolved.merge_patch(patch);
    try {
        (void)build_model(parse_scenario(resolved, file));
    } catch (const InputError& e) {
        throw std::logic_error(std::string("refusing to write a scenario that would not load: ") + e.what());
    }
}

}  // namespace intsim
