#include "decisions/setup/key_figures.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "decisions/setup/measure_types.hpp"
#include "engine/document.hpp"
#include "engine/csv_values.hpp"
#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "model/column_glossary.hpp"
#include "model/indicator_catalogue.hpp"

namespace intsim {

const std::vector<std::string>& measure_columns() {
    static const std::vector<std::string> columns = {
        "id", "name", "label_de", "type", "capacity", "unit", "duration_months", "cost", "cost_unit", "fixed_cost",
        "funded_by", "eligible", "effect", "lock_in", "post", "post_months", "end", "source"};
    return columns;
}

namespace {

constexpr double kMaxCount = 1e9;

// One row of the measure table, from a JSON object or a CSV row: the same checks, the
// messages pointing at "/measures/2/capacity" or "line 4: column capacity".
class RowReader {
public:
    RowReader(const nlohmann::json& row, std::string file, std::string pointer)
        : json_(&row), file_(std::move(file)), where_(std::move(pointer)) {}
    RowReader(const CsvTable& table, const CsvRow& row, std::string file)
        : table_(&table), row_(&row), file_(std::move(file)), where_(fmt::format("line {}", row.line)) {}

    const std::string& file() const { return file_; }
    const std::string& where() const { return where_; }

    [[noreturn]] void fail(const std::string& key, const std::string& expected) const {
        if (json_) throw InputError(file_, where_ + "/" + escape_pointer_token(key), expected);
        const int column = table_->column(key);
        if (column < 0) throw InputError(file_, where_, "column \"" + key + "\": " + expected);
        throw InputError(file_, csv_cell_pointer(*table_, *row_, column), "column " + csv_column_shown(*table_, column) + ": " + expected);
    }

    /// A month: "YYYY-MM" in JSON; in CSV also as spreadsheets write it ("01.05.2025",
    /// "Mai 2025"), returned as "YYYY-MM". "" when absent or empty.
    std::string month(const std::string& key) const {
        const std::string value = text(key);
        if (value.empty()) return value;
        if (json_) {
            if (!parse_year_month(value)) fail(key, "expected a month as \"YYYY-MM\", found \"" + value + "\"");
            return value;
        }
        const auto read = parse_csv_month(value);
        if (!read) fail(key, fmt::format("expected a month as {}, found \"{}\"", kCsvMonthForms, value));
        return YearMonth{read->year, read->month}.text();
    }

    /// "" when absent or empty.
    std::string text(const std::string& key) const {
        if (json_) {
            const auto it = json_->find(key);
            if (it == json_->end() || it->is_null()) return "";
            if (!it->is_string()) fail(key, "expected a string, found " + json_type_words(*it));
            return it->get<std::string>();
        }
        const int column = table_->column(key);
        if (column < 0) return "";
        std::string value = row_->fields[static_cast<std::size_t>(column)];
        const auto first = value.find_first_not_of(" \t"), last = value.find_last_not_of(" \t");
        return first == std::string::npos ? "" : value.substr(first, last - first + 1);
    }

    std::optional<double> number(const std::string& key, double min, double max) const {
        double x = 0;
        std::string shown;
        if (json_) {
            const auto it = json_->find(key);
            if (it == json_->end() || it->is_null()) return std::nullopt;
            if (!it->is_number()) fail(key, "expected a number, found " + json_type_words(*it));
            x = it->get<double>();
            shown = it->dump();
        } else {
            const std::string field = text(key);
            if (field.empty()) return std::nullopt;
            const auto parsed = csv_cell_number(*table_, *row_, table_->column(key), file_);
            if (!parsed)
                fail(key, fmt::format("expected a number{}, found \"{}\"", number_format_hint(field, table_->dialect), field));
            x = *parsed;
            shown = field;
        }
        if (!(x >= min && x <= max)) fail(key, fmt::format("expected a number in [{}, {}], found {}", min, max, shown));
        return x;
    }

    void check_keys() const {
        if (!json_) return;
        for (const auto& item : json_->items()) {
            const auto& valid = measure_columns();
            if (std::find(valid.begin(), valid.end(), item.key()) != valid.end() || is_documentation_key(item.key()))
                continue;
            const std::string near = nearest_key(item.key(), valid);
            fail(item.key(), fmt::format("unknown column \"{}\"{}", item.key(),
                                         near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
    }

private:
    const nlohmann::json* json_ = nullptr;
    const CsvTable* table_ = nullptr;
    const CsvRow* row_ = nullptr;
    std::string file_, where_;
};

std::string one_of(const RowReader& r, const std::string& key, const std::vector<std::string>& choices,
                   bool required) {
    const std::string value = r.text(key);
    if (value.empty()) {
        if (required) r.fail(key, fmt::format("expected one of {}", fmt::join(choices, ", ")));
        return value;
    }
    if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
        const std::string near = nearest_key(value, choices);
        r.fail(key, fmt::format("expected one of {}, found \"{}\"{}", fmt::join(choices, ", "), value,
                                near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
    }
    return value;
}

MeasureRow read_row(const RowReader& r, const KeyFigureFiles& files) {
    r.check_keys();
    MeasureRow m;
    m.file = r.file();
    m.where = r.where();
    m.id = r.text("id");
    if (m.id.empty() || m.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") != std::string::npos)
        r.fail("id", fmt::format("expected an id of lowercase letters, digits, '_' and '-', found \"{}\"", m.id));
    m.name = r.text("name");
    m.label_de = r.text("label_de");
    if (m.label_de.size() > 200) r.fail("label_de", "expected the measure's name in German, a text of at most 200 bytes");
    m.type = one_of(r, "type", measure_type_names(), true);
    std::vector<std::string> units;
    for (const CapacityKind kind : kCapacityKinds) units.emplace_back(capacity_kind_name(kind));
    m.unit = *capacity_kind_named(one_of(r, "unit", units, true));
    const auto capacity = r.number("capacity", 0, kMaxCount * 100);
    if (!capacity) r.fail("capacity", "expected the number of slots, entries a year or euros");
    m.capacity = *capacity;
    m.duration_months = r.number("duration_months", 1, kMaxHorizonMonths);
    m.cost = r.number("cost", 0, kMaxCount);
    m.cost_unit = one_of(r, "cost_unit", {"per_slot_month", "per_participant_month", "per_entry"}, false);
    m.fixed_cost = r.number("fixed_cost", 0, kMaxCount * 100).value_or(0);
    m.funded_by = one_of(r, "funded_by", {"egt", "third_party"}, false);
    m.eligible = r.text("eligible");
    m.lock_in = r.number("lock_in", 0, 100);
    m.post = r.number("post", 0, 100);
    m.post_months = r.number("post_months", 0, 48);
    if (m.post_months && *m.post_months != static_cast<int>(*m.post_months))
        r.fail("post_months", "expected a whole number of months");
    m.end = r.month("end");
    m.source = r.text("source");
    const MeasureType& type = measure_type(m.type);
    // The effect: the row's factors, else the catalogue entry it names, else its type's.
    m.effect = r.text("effect");
    const bool factors = m.lock_in || m.post || m.post_months;
    if (factors && !m.effect.empty())
        r.fail("effect", "expected either a catalogue entry in \"effect\" or factors (lock_in, post, post_months), not both");
    if (!factors && m.effect.empty() && m.type != kOtherMeasureType) {
        m.effect = m.type;
        m.effect_by_type = true;
    }
    if (!m.effect.empty()) {
        const auto& entries = files.catalogue_entries;
        if (files.effects_catalogue.empty())
            r.fail(m.effect_by_type ? "type" : "effect",
                   fmt::format("the effect of \"{}\" comes from the effects catalogue, but the key figures name none: "
                               "give \"effects_catalogue\" (e.g. \"../effects/catalogue.json\") or the factors "
                               "lock_in, post, post_months",
                               m.effect));
        if (std::find(entries.begin(), entries.end(), m.effect) == entries.end()) {
            const std::string near = nearest_key(m.effect, entries);
            r.fail(m.effect_by_type ? "type" : "effect",
                   fmt::format("no entry \"{}\" in the effects catalogue {}{}", m.effect, files.effects_catalogue,
                               near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
    }
    const bool third_party = (m.funded_by.empty() ? type.funded_by : m.funded_by) == "third_party";
    if (!third_party && !m.cost && m.fixed_cost == 0)
        r.fail("cost", "expected the cost of an EGT-funded measure (or \"funded_by\": third_party)");
    if (m.unit == CapacityKind::Budget && !(m.cost.value_or(0) > 0))
        r.fail("cost", "a budget-limited measure needs a cost per entry or per participant-month above 0");
    return m;
}

StockFigures read_stock(JsonReader& root, const std::string& key) {
    JsonReader r = root.object(key);
    StockFigures s;
    s.average = r.number("average", 0, kMaxCount);
    s.end = r.number("end", 0, kMaxCount);
    if (r.has("start")) s.start = r.number("start", 0, kMaxCount);
    else r.allow({"start"});
    r.finish();
    return s;
}

void check_not_above(JsonReader& r, const std::string& key, double value, double limit, const std::string& what) {
    if (value > limit) r.fail(key, fmt::format("expected at most {} ({}), found {}", limit, what, value));
}

}  // namespace

void fail_measure_row(const MeasureRow& row, const std::string& key, const std::string& expected) {
    if (!row.where.empty() && row.where.front() == '/')
        throw InputError(row.file, row.where + "/" + escape_pointer_token(key), expected);
    throw InputError(row.file, row.where, "column \"" + key + "\": " + expected);
}

std::string measures_file_of(const nlohmann::json& document, const std::string& file) {
    const auto it = document.is_object() ? document.find("measures") : document.end();
    if (!document.is_object() || it == document.end() || it->is_array()) return "";
    if (!it->is_string() || it->get<std::string>().empty())
        throw InputError(file, "/measures",
                         "expected the measure table: an array of rows, or the name of a CSV file beside this one");
    return path_beside(file, it->get<std::string>());
}

std::string effects_catalogue_of(const nlohmann::json& document, const std::string& file) {
    const auto it = document.is_object() ? document.find("effects_catalogue") : document.end();
    if (!document.is_object() || it == document.end()) return "";
    if (!it->is_string() || it->get<std::string>().empty())
        throw InputError(file, "/effects_catalogue",
                         "expected the path of the effects catalogue, relative to this file (e.g. "
                         "\"../effects/catalogue.json\")");
    return normal_path_beside(file, it->get<std::string>());
}

KeyFigures parse_key_figures(const nlohmann::json& document, const std::string& file, const KeyFigureFiles& files) {
    const std::optional<CsvTable>& measures_table = files.measures_table;
    const std::string& measures_file = files.measures_file;
    JsonReader root(document, file);
    KeyFigures k;
    k.file = file;
    k.name = root.string("name");
    if (k.name.empty() || k.name.find_first_of("/\\ ") != std::string::npos)
        root.fail("name", "expected a short name without spaces or slashes (it names the scenarios and folders)");
    k.jobcenter_id = root.string("jobcenter_id");
    if (k.jobcenter_id.empty() || k.jobcenter_id.size() > 64)
        root.fail("jobcenter_id", "expected a stable identifier of at most 64 characters, e.g. the district key \"06532\"");
    k.region = root.string_or("region", "");
    if (root.has("region") && (k.region.empty() || k.region.size() > 64))
        root.fail("region", "expected a non-empty identifier of at most 64 characters, e.g. \"hessen\"");
    k.source = root.string_or("source", "");
    k.effects_catalogue = files.effects_catalogue;
    root.allow({"effects_catalogue"});
    k.base_year = static_cast<int>(root.integer("base_year", 1990, 2100));

    k.elb = read_stock(root, "elb");
    k.ltr = read_stock(root, "ltr");
    if (!(k.elb.average >= 1)) root.fail("elb", "expected an eLb average of at least 1");
    {
        JsonReader ltr = root.object("ltr");
        check_not_above(ltr, "average", k.ltr.average, k.elb.average, "the eLb average");
        check_not_above(ltr, "end", k.ltr.end, k.elb.end, "the eLb year end");
        if (k.ltr.start && k.elb.start) check_not_above(ltr, "start", *k.ltr.start, *k.elb.start, "the eLb start");
    }

    JsonReader shares = root.object("shares");
    k.women_share = shares.probability("women");
    k.single_parent_share = shares.probability("single_parents");
    if (shares.has("u25")) k.u25_share = shares.probability("u25");
    else shares.allow({"u25"});
    if (shares.has("50+")) k.over50_share = shares.probability("50+");
    else shares.allow({"50+"});
    if (k.u25_share.has_value() != k.over50_share.has_value())
        shares.fail(k.u25_share ? "50+" : "u25", "expected both age shares, \"u25\" and \"50+\" (25-49 is the rest), or neither");
    if (k.u25_share && *k.u25_share + *k.over50_share > 1)
        shares.fail("50+", "expected \"u25\" and \"50+\" to add up to at most 1");
    shares.finish();

    if (auto own = root.optional_object("own_attributes")) {
        for (const auto& name : own->keys()) {
            if (is_documentation_key(name)) continue;
            static const std::vector<std::string> taken = {"sex", "single_parent", "age_band"};
            if (std::find(taken.begin(), taken.end(), name) != taken.end())
                own->fail(name, "this attribute is built in; give an own attribute another name");
            JsonReader a = own->object(name);
            OwnAttribute attribute;
            attribute.name = name;
            attribute.levels = a.strings("levels");
            if (attribute.levels.size() < 2 || attribute.levels.size() > 16)
                a.fail("levels", "expected between 2 and 16 levels");
            attribute.shares = a.numbers("shares", attribute.levels.size(), 0, 1);
            double total = 0;
            for (double s : attribute.shares) total += s;
            if (std::abs(total - 1) > 1e-6) a.fail("shares", fmt::format("expected shares that sum to 1, found {:.6g}", total));
            if (a.has("integration_factors"))
                attribute.integration_factors = a.numbers("integration_factors", attribute.levels.size(), 0.01, 100);
            else
                a.allow({"integration_factors"});
            attribute.source = a.string_or("source", "");
            a.allow({"assumption", "note", "comment"});
            a.finish();
            k.own_attributes.push_back(attribute);
        }
        own->finish();
    }

    JsonReader integrations = root.object("integrations");
    k.integrations_total = integrations.number("total", 0, kMaxCount);
    k.integrations_women = integrations.number("women", 0, kMaxCount);
    k.integrations_single_parents = integrations.number("single_parents", 0, kMaxCount);
    k.integrations_ltr = integrations.number("ltr", 0, kMaxCount);
    for (const char* key : {"women", "single_parents", "ltr"})
        check_not_above(integrations, key, integrations.number(key, 0, kMaxCount), k.integrations_total,
                        "integrations in total");
    // A group the stock does not have cannot integrate; a group that is everyone has all.
    const auto check_group = [&](const char* key, double share, double count, const char* group) {
        if (share == 0 && count > 0)
            integrations.fail(key, fmt::format("expected 0: shares.{} is 0, so there are no {} to integrate", key, group));
        if (share == 1 && count != k.integrations_total)
            integrations.fail(key, fmt::format("expected {} (the total): shares.{} is 1, so every eLb is one of the {}",
                                               k.integrations_total, key, group));
    };
    check_group("women", k.women_share, k.integrations_women, "women");
    check_group("single_parents", k.single_parent_share, k.integrations_single_parents, "single parents");
    integrations.finish();
    if (root.has("newcomers_monthly")) k.newcomers_monthly = root.number("newcomers_monthly", 0, kMaxCount);
    else root.allow({"newcomers_monthly"});
    if (root.has("uncertainty")) {
        root.object("uncertainty");  // its keys are checked where the scenario is
        k.uncertainty = document.at("uncertainty");
    } else {
        root.allow({"uncertainty"});
    }

    JsonReader plan = root.object("plan");
    k.plan_year = static_cast<int>(plan.integer("year", 1990, 2101));
    if (k.plan_year != k.base_year + 1)
        plan.fail("year", fmt::format("expected {}, the year after the base year (the plan starts where the base year "
                                      "ends)",
                                      k.base_year + 1));
    k.operative_egt = plan.number("operative_egt", 0, kMaxCount * 100);
    if (plan.has("egt_total")) k.egt_total = plan.number("egt_total", 0, kMaxCount * 100);
    else plan.allow({"egt_total"});
    if (auto targets = plan.optional_object("targets")) {
        const auto& names = indicator_names();
        for (const auto& key : targets->keys()) {
            if (is_documentation_key(key)) continue;
            if (std::find(names.begin(), names.end(), key) == names.end()) {
                const std::string near = nearest_key(key, names);
                targets->fail(key, fmt::format("unknown indicator \"{}\"{}", key,
                                               near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
            }
            const nlohmann::json& value = targets->raw(key);
            if (!value.is_number() && !value.is_object())
                targets->fail(key, "expected a number or {\"value\": ..., \"direction\": \"higher\"|\"lower\"}");
            k.targets[key] = value;
        }
        targets->finish();
    }
    plan.finish();

    // The programme: inline rows, or a CSV file beside this one.
    if (measures_table) {
        root.allow({"measures"});
        k.measures_file = measures_file;
        for (const std::string& column : measures_table->header)
            if (std::find(measure_columns().begin(), measure_columns().end(), column) == measure_columns().end()) {
                const std::string near = nearest_key(column, measure_columns());
                std::vector<std::string> german;
                for (const auto& name : column_names(measure_columns())) german.emplace_back(name.german);
                throw InputError(measures_file, fmt::format("line {}", measures_table->header_line),
                                 fmt::format("unknown column \"{}\"{}; the columns are {} (in German {})", column,
                                             near.empty() ? "" : " (did you mean \"" + near + "\"?)",
                                             fmt::join(measure_columns(), ", "), fmt::join(german, ", ")));
            }
        for (const char* needed : {"id", "type", "unit", "capacity"})
            if (measures_table->column(needed) < 0)
                throw InputError(measures_file, fmt::format("line {}", measures_table->header_line),
                                 fmt::format("expected a column \"{}\" (\"{}\"): every measure needs its id, type, "
                                             "unit and capacity",
                                             needed, *german_column(needed)));
        for (const CsvRow& row : measures_table->rows) k.measures.push_back(read_row(RowReader(*measures_table, row, measures_file), files));
    } else {
        const nlohmann::json& rows = root.raw("measures");
        if (!rows.is_array())
            root.fail("measures", "expected the measure table: an array of rows, or the name of a CSV file");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (!rows[i].is_object())
                throw InputError(file, fmt::format("/measures/{}", i), "expected a row: an object of the table's columns");
            k.measures.push_back(read_row(RowReader(rows[i], file, fmt::format("/measures/{}", i)), files));
        }
    }
    for (std::size_t i = 0; i < k.measures.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (k.measures[i].id == k.measures[j].id)
                fail_measure_row(k.measures[i], "id", "the id \"" + k.measures[i].id + "\" is already used at " +
                                                          k.measures[j].where);
    root.finish();
    return k;
}

}  // namespace intsim
