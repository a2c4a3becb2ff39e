#include "report/glossary.hpp"

#include <stdexcept>

#include "model/indicator_catalogue.hpp"

namespace intsim {

Language report_language(std::string_view code) {
    if (code == "en") return Language::En;
    if (code == "de") return Language::De;
    throw std::invalid_argument("unknown language " + std::string(code) + " (expected en or de)");
}

std::string_view language_code(Language language) { return language == Language::De ? "de" : "en"; }

std::string indicator_label(const std::string& name, Language language) {
    try {
        const IndicatorInfo& info = indicator_info(name);
        return std::string(language == Language::De ? info.label_de : info.label_en);
    } catch (const std::out_of_range&) {
        return name;
    }
}

}  // namespace intsim
