#include "report/plausibility_text.hpp"

#include "report/calibration_words.hpp"
#include "report/markup.hpp"

namespace intsim {

namespace w = words;

namespace {

bool in_euros(PlausibilityCheck check) {
    return check == PlausibilityCheck::CostPerMonth || check == PlausibilityCheck::CostPerEntry;
}

std::string figure_name(const PlausibilityFinding& f, const Wording& say) {
    switch (f.check) {
        case PlausibilityCheck::IntegrationRate: return say(w::plaus_k2);
        case PlausibilityCheck::WomenIntegrationRate: return say(w::plaus_k2_women);
        case PlausibilityCheck::SingleParentIntegrationRate: return say(w::plaus_k2e4);
        case PlausibilityCheck::LtrIntegrationRate: return say(w::plaus_k3e1);
        case PlausibilityCheck::LtrShare: return say(w::plaus_ltr_share);
        case PlausibilityCheck::NewcomersPerElb: return say(w::plaus_newcomers);
        case PlausibilityCheck::CostPerMonth: return say(w::plaus_cost_month, f.subject);
        case PlausibilityCheck::CostPerEntry: return say(w::plaus_cost_entry, f.subject);
    }
    return "";
}

}  // namespace

std::string plausibility_text(const PlausibilityFinding& f, const Wording& say) {
    const bool euros = in_euros(f.check);
    const auto value = [&](double x) {
        return euros ? say.euro(x) : say.number(x, x < 10 && x != static_cast<int>(x) ? 1 : 0) + " %";
    };
    const PlausibilityRange& range = plausibility_range(f.check);
    std::string name = figure_name(f, say);
    if (!name.empty()) name[0] = static_cast<char>(name[0] >= 'a' && name[0] <= 'z' ? name[0] - 'a' + 'A' : name[0]);
    if (f.refused)
        return say(w::plaus_refused, name, say.number(f.value, 1) + (euros ? " €" : " %"), value(range.refuse_above),
                   value(range.warn_below), value(range.warn_above));
    return say(w::plaus_warned, name, euros ? say.euro(f.value) : say.number(f.value, 1) + " %", value(range.warn_below),
               value(range.warn_above));
}

std::string plausibility_section_html(const std::vector<std::string>& warnings, const Wording& say) {
    if (warnings.empty()) return "";
    std::string out = "<h2>" + escape_markup(say(w::plaus_report_head)) + "</h2>\n<ul class=\"warnings\">\n";
    for (const auto& warning : warnings) out += "<li>" + escape_markup(warning) + "</li>\n";
    return out + "</ul>\n";
}

}  // namespace intsim
