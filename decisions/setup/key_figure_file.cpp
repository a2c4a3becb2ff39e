#include "decisions/setup/key_figure_file.hpp"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "engine/csv_reader.hpp"
#include "engine/csv_values.hpp"
#include "engine/document.hpp"
#include "engine/json_file.hpp"
#include "engine/input_error.hpp"
#include "model/column_glossary.hpp"

namespace intsim {

namespace {

// A file the key figures name that is not there: say where it is named.
void check_named_file(const std::string& path, const std::string& file, const std::string& pointer) {
    if (!is_input_file(path))
        throw InputError(file, pointer, fmt::format("expected a file, relative to this one; there is none at {}", path));
}

}  // namespace

KeyFigures read_key_figures(const std::string& file) {
    const nlohmann::json document = parse_json_file(file);
    if (!document.is_object()) throw InputError(file, "/", "expected a JSON object of key figures");
    KeyFigureFiles files;
    files.measures_file = measures_file_of(document, file);
    if (!files.measures_file.empty()) {
        check_named_file(files.measures_file, file, "/measures");
        files.measures_table = read_csv_file(files.measures_file);
        name_csv_columns(*files.measures_table, column_names(measure_columns()), files.measures_file);
    }
    files.effects_catalogue = effects_catalogue_of(document, file);
    if (!files.effects_catalogue.empty()) {
        check_named_file(files.effects_catalogue, file, "/effects_catalogue");
        const nlohmann::json catalogue = parse_json_file(files.effects_catalogue);
        const auto entries = catalogue.is_object() ? catalogue.find("entries") : catalogue.end();
        if (!catalogue.is_object() || entries == catalogue.end() || !entries->is_object())
            throw InputError(files.effects_catalogue, "/entries", "expected an effects catalogue: {\"entries\": {NAME: {...}}}");
        for (const auto& entry : entries->items()) files.catalogue_entries.push_back(entry.key());
    }
    return parse_key_figures(document, file, files);
}

// Where each calibrated figure stands in the key-figure file.
std::string key_figure_pointer(const std::string& figure) {
    static const std::map<std::string, std::string> pointers = {
        {"integrations_total", "/integrations/total"},
        {"integrations_women", "/integrations/women"},
        {"integrations_single_parents", "/integrations/single_parents"},
        {"integrations_ltr", "/integrations/ltr"},
        {"elb_avg", "/elb/average"},
        {"ltr_avg", "/ltr/average"},
        {"ltr_end", "/ltr/end"}};
    const auto it = pointers.find(figure);
    return it == pointers.end() ? "/" + figure : it->second;
}

}  // namespace intsim
