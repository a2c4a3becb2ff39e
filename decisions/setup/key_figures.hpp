#pragma once
// A jobcenter's key figures: what a controller has — the published BA figures of the
// base year and the programme of the plan year — typed and checked. The format is
// described in docs/own-jobcenter.md and shown by scenarios/own-jobcenter/; everything
// a controller does not have comes from model/national_defaults at set-up.
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/csv_reader.hpp"
#include "model/scenario.hpp"

namespace intsim {

/// A stock the BA publishes monthly: its yearly average and its December value.
struct StockFigures {
    double average = 0;
    double end = 0;
    std::optional<double> start;  ///< December of the year before, when the controller gives it
};

/// A categorical attribute of the jobcenter's own (e.g. profile groups).
struct OwnAttribute {
    std::string name;
    std::vector<std::string> levels;
    std::vector<double> shares;
    std::vector<double> integration_factors;  ///< empty: no effect on integrations
    std::string source;
};

/// One row of the programme, as the controller writes it.
struct MeasureRow {
    std::string file;     ///< where it was written: the file,
    std::string where;    ///< and "line 4" (CSV) or "/measures/2" (JSON)
    std::string id, name, type;
    std::string label_de;  ///< the name German reports use; "" = `name`
    CapacityKind unit = CapacityKind::Slots;
    double capacity = 0;
    std::optional<double> duration_months;
    std::optional<double> cost;
    std::string cost_unit;  ///< per_slot_month, per_participant_month, per_entry; "" = the unit's usual
    double fixed_cost = 0;
    std::string funded_by;  ///< egt, third_party; "" = the type's usual
    std::string eligible;   ///< e.g. "ltr", "u25+women", "profile=market|activation"; "" = the type's usual
    std::string effect;     ///< the effects catalogue's entry; "" when lock_in/post give it, or none ("other")
    bool effect_by_type = false;  ///< `effect` is the type's entry, the row naming none
    std::optional<double> lock_in, post, post_months;
    std::string end;        ///< "YYYY-MM" or ""
    std::string source;
};

struct KeyFigures {
    std::string file;  ///< named in messages and in the scenarios' sources
    std::string name, jobcenter_id, region, source;
    int base_year = 0;
    StockFigures elb, ltr;
    double women_share = 0, single_parent_share = 0;
    std::optional<double> u25_share, over50_share;
    std::vector<OwnAttribute> own_attributes;
    double integrations_total = 0, integrations_women = 0, integrations_single_parents = 0, integrations_ltr = 0;
    std::optional<double> newcomers_monthly;  ///< newcomers a month (entries minus returners), if known
    std::optional<nlohmann::json> uncertainty; ///< the controller's own spreads, if any
    int plan_year = 0;
    std::map<std::string, nlohmann::json> targets;  ///< by indicator: a number or {value, direction}
    double operative_egt = 0;
    std::optional<double> egt_total;
    std::vector<MeasureRow> measures;
    std::string measures_file;  ///< the CSV file the measures came from, "" when inline
    std::string effects_catalogue;  ///< the catalogue file, relative to the working directory; "" when none
};

/// The measure table's columns (CSV header, and the keys of a row in JSON).
const std::vector<std::string>& measure_columns();

/// @throw InputError naming the row's file and line (or JSON pointer) and its column `key`
[[noreturn]] void fail_measure_row(const MeasureRow& row, const std::string& key, const std::string& expected);

/// What the caller read from the files the key-figure document names.
struct KeyFigureFiles {
    std::optional<CsvTable> measures_table;  ///< the CSV named in "measures"; empty when inline
    std::string measures_file;
    std::string effects_catalogue;                ///< named in "effects_catalogue"; "" when none
    std::vector<std::string> catalogue_entries;   ///< its entries' names
};

/// Checks the key-figure document.
/// @throw InputError naming the file, the JSON pointer or CSV line, and what was expected
KeyFigures parse_key_figures(const nlohmann::json& document, const std::string& file,
                             const KeyFigureFiles& files = {});

/// The CSV file a key-figure document names in "measures", relative to the document, or
/// "" when the measures are inline. @throw InputError when "measures" is neither
std::string measures_file_of(const nlohmann::json& document, const std::string& file);

/// The effects catalogue a key-figure document names in "effects_catalogue", relative to
/// the document, or "" when it names none. @throw InputError when it is not a string
std::string effects_catalogue_of(const nlohmann::json& document, const std::string& file);

}  // namespace intsim
