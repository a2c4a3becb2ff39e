#include "models/decisions/monthly_actuals.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"

namespace intsim {

const std::vector<std::string>& monthly_actual_columns() {
    static const std::vector<std::string> columns = {
        "month", "elb", "ltr", "integrations", "integrations_women", "integrations_single_parents",
        "integrations_ltr"};
    return columns;
}

namespace {

// Far above any jobcenter, low enough that sums over months stay exact in a double.
constexpr double kMaxCount = 1e9;

std::string line_of(std::size_t line) { return fmt::format("line {}", line); }

std::string header_text() {
    std::string text;
    for (const auto& c : monthly_actual_columns()) text += (text.empty() ? "" : ",") + c;
    return text;
}

// The column a misnamed one probably means: the German words users know first (LZB is
// "ltr" here, and one letter from "elb"), else the nearest spelling.
std::string suggested_column(const std::string& name) {
    std::string lower;
    for (const char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    static const std::vector<std::pair<std::string, std::string>> german = {
        {"lzb", "ltr"}, {"monat", "month"}, {"integrationen", "integrations"}};
    for (const auto& [word, column] : german)
        if (lower == word) return column;
    return nearest_key(name, monthly_actual_columns());
}

double count_field(const CsvTable& table, const CsvRow& row, int column, const std::string& name,
                   const std::string& file) {
    const std::string& field = row.fields[static_cast<std::size_t>(column)];
    const auto value = parse_csv_number(field, table.dialect);
    if (value && *value > kMaxCount)
        throw InputError(file, line_of(row.line),
                         fmt::format("column \"{}\": expected at most {:.0f} (a count of people in one "
                                     "jobcenter), found \"{}\"", name, kMaxCount, field));
    if (!value || *value < 0 || std::floor(*value) != *value)
        throw InputError(file, line_of(row.line),
                         fmt::format("column \"{}\": expected a whole number >= 0{}, found \"{}\"", name,
                                     number_format_hint(field, table.dialect), field));
    return *value;
}

}  // namespace

std::vector<MonthlyActual> monthly_actuals_from_table(const CsvTable& table, const std::string& file,
                                                      const Scenario& plan) {
    const auto& columns = monthly_actual_columns();
    // Unknown columns first: a misspelt one is also a missing one, and the spelling is the news.
    for (const auto& name : table.header) {
        if (std::find(columns.begin(), columns.end(), name) != columns.end()) continue;
        const std::string near = suggested_column(name);
        throw InputError(file, line_of(table.header_line),
                         fmt::format("unknown column \"{}\"{}; expected the header {}", name,
                                     near.empty() ? "" : " (did you mean \"" + near + "\"?)", header_text()));
    }
    std::vector<int> index;
    for (const auto& name : columns) {
        const int i = table.column(name);
        if (i < 0)
            throw InputError(file, line_of(table.header_line),
                             fmt::format("expected a column \"{}\" (header: {})", name, header_text()));
        index.push_back(i);
    }
    if (table.rows.empty())
        throw InputError(file, line_of(table.header_line + 1), "expected at least one month of actuals after the header");

    std::vector<MonthlyActual> months;
    for (const CsvRow& row : table.rows) {
        MonthlyActual a;
        a.line = row.line;
        const YearMonth expected = plan.start.plus(static_cast<int>(months.size()));
        if (static_cast<int>(months.size()) >= plan.months)
            throw InputError(file, line_of(row.line),
                             fmt::format("expected at most {} months (the scenario covers {} to {})", plan.months,
                                         plan.start.text(), plan.start.plus(plan.months - 1).text()));
        const std::string& month_text = row.fields[static_cast<std::size_t>(index[0])];
        const auto month = parse_year_month(month_text);
        if (!month)
            throw InputError(file, line_of(row.line),
                             fmt::format("column \"month\": expected a month as YYYY-MM, found \"{}\"", month_text));
        if (month->year != expected.year || month->month != expected.month)
            throw InputError(file, line_of(row.line),
                             fmt::format("expected the month {} ({}), found {}", expected.text(),
                                         months.empty() ? "the first row is the scenario's start month"
                                                        : "one row per month, consecutive",
                                         month_text));
        a.month = *month;
        const auto value = [&](std::size_t c) {
            return count_field(table, row, index[c], columns[c], file);
        };
        a.elb = value(1);
        a.ltr = value(2);
        a.integrations = value(3);
        a.integrations_women = value(4);
        a.integrations_single_parents = value(5);
        a.integrations_ltr = value(6);
        if (a.ltr > a.elb)
            throw InputError(file, line_of(row.line),
                             fmt::format("expected ltr <= elb (LZB are part of the eLb stock), found {} > {}",
                                         a.ltr, a.elb));
        for (const auto& [c, x] : {std::pair{4, a.integrations_women}, std::pair{5, a.integrations_single_parents},
                                   std::pair{6, a.integrations_ltr}})
            if (x > a.integrations)
                throw InputError(file, line_of(row.line),
                                 fmt::format("expected {} <= integrations, found {} > {}", columns[static_cast<std::size_t>(c)],
                                             x, a.integrations));
        months.push_back(a);
    }
    return months;
}

}  // namespace intsim
