#include "decisions/track/ba_table.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include <fmt/format.h>

#include "decisions/track/monthly_actuals.hpp"
#include "engine/csv_values.hpp"
#include "engine/input_error.hpp"
#include "engine/json_file.hpp"
#include "engine/json_reader.hpp"
#include "model/scenario.hpp"

namespace intsim {

namespace {

std::vector<std::string> mappable_figures() {
    std::vector<std::string> keys = key_figure_columns();
    keys.push_back("ltr");
    return keys;
}

int column_named(const CsvTable& table, const std::string& name, const BaLayout& layout, const std::string& what,
                 const std::string& file) {
    const int column = table.column(name);
    if (column >= 0) return column;
    const std::string near = nearest_key(name, table.header);
    throw InputError(file, fmt::format("line {}", table.header_line),
                     fmt::format("expected the column \"{}\" that the layout {} (of {}) names for {}{}; if the "
                                 "published layout changed, edit the layout file",
                                 name, layout.file, layout.date, what,
                                 near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
}

}  // namespace

BaLayout read_ba_layout(const std::string& file) {
    const nlohmann::json document = parse_json_file(file);
    JsonReader root(document, file);
    BaLayout layout;
    layout.file = file;
    layout.date = root.string("layout_date");
    const auto date = parse_year_month(layout.date);
    if (!date) root.fail("layout_date", "expected the month the layout was taken from, as \"YYYY-MM\"");
    layout.describes = root.string("describes");
    layout.jobcenter_column = root.string("jobcenter_column");
    layout.name_column = root.string_or("name_column", "");
    layout.month_column = root.string("month_column");
    JsonReader figures = root.object("figures");
    const std::vector<std::string> known = mappable_figures();
    for (const auto& key : figures.keys()) {
        if (is_documentation_key(key)) continue;
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            const std::string near = nearest_key(key, known);
            figures.fail(key, fmt::format("unknown figure \"{}\"{}; intsim reads {}", key,
                                          near.empty() ? "" : " (did you mean \"" + near + "\"?)",
                                          fmt::join(known, ", ")));
        }
        layout.figures.emplace_back(key, figures.string(key));
    }
    figures.finish();
    if (layout.figures.empty()) root.fail("figures", "expected at least one figure's column");
    root.allow({"confirmed", "unconfirmed"});
    root.finish();
    return layout;
}

CsvTable ba_jobcenter_table(const CsvTable& table, const BaLayout& layout, const std::string& jobcenter,
                            const std::string& file, const YearMonth& from, const YearMonth& to) {
    const int first = from.year * 12 + from.month - 1, last = to.year * 12 + to.month - 1;
    const int id_column = column_named(table, layout.jobcenter_column, layout, "the jobcenter's id", file);
    const int month_column = column_named(table, layout.month_column, layout, "the reporting month", file);
    CsvTable out;
    out.dialect = table.dialect;
    out.header_line = table.header_line;
    out.header = {"month"};
    out.written_header = {layout.month_column};
    out.file_columns = {month_column};
    std::vector<int> columns;
    for (const auto& [key, name] : layout.figures) {
        columns.push_back(column_named(table, name, layout, key, file));
        out.header.push_back(key);
        out.written_header.push_back(name);
        out.file_columns.push_back(columns.back());
    }
    std::map<int, const CsvRow*> by_month;  // year * 12 + month - 1
    std::vector<std::string> ids;
    for (const CsvRow& row : table.rows) {
        const std::string& id = row.fields[static_cast<std::size_t>(id_column)];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        if (id != jobcenter) continue;
        const std::string& text = row.fields[static_cast<std::size_t>(month_column)];
        const auto month = parse_csv_month(text);
        if (!month)
            throw InputError(file, csv_cell_pointer(table, row, month_column),
                             fmt::format("column \"{}\": expected a month as {}, found \"{}\"", layout.month_column,
                                         kCsvMonthForms, text));
        const auto [it, added] = by_month.emplace(month->year * 12 + month->month - 1, &row);
        if (!added)
            throw InputError(file, csv_cell_pointer(table, row, month_column),
                             fmt::format("jobcenter {} has {} twice (also on line {}): expected one row per jobcenter "
                                         "and month",
                                         jobcenter, text, it->second->line));
    }
    const bool found = !by_month.empty();
    for (auto it = by_month.begin(); it != by_month.end();)
        it = it->first < first || it->first > last ? by_month.erase(it) : std::next(it);
    if (found && by_month.empty())
        throw InputError(file, "",
                         fmt::format("jobcenter {} has no month from {} to {} (the plan's tracked year and the 12 "
                                     "months before it)",
                                     jobcenter, from.text(), to.text()));
    if (!found) {
        const std::string near = nearest_key(jobcenter, ids);
        throw InputError(file, "",
                         fmt::format("no jobcenter \"{}\" in column \"{}\" ({} jobcenters in the table{})", jobcenter,
                                     layout.jobcenter_column, ids.size(),
                                     near.empty() ? "" : ", the nearest id is \"" + near + "\""));
    }
    for (const auto& [index, row] : by_month) {
        CsvRow copy;
        copy.line = row->line;
        copy.fields.push_back(YearMonth{index / 12, index % 12 + 1}.text());
        for (const int c : columns) copy.fields.push_back(row->fields[static_cast<std::size_t>(c)]);
        out.rows.push_back(std::move(copy));
    }
    return out;
}

}  // namespace intsim
