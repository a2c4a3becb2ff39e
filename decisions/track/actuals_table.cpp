#include "decisions/track/actuals_table.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "decisions/track/rolling_figures.hpp"
#include "decisions/track/tracked_year.hpp"
#include "engine/csv_values.hpp"
#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "model/column_glossary.hpp"

namespace intsim {

namespace {

// Far above any jobcenter, low enough that sums over months stay exact in a double.
constexpr double kMaxCount = 1e9;
constexpr std::size_t kK2 = kRollingFigures;  // position of "k2" in key_figure_columns()
// The BA publishes K2 with one decimal.
constexpr double kK2Rounding = 0.05;

std::string line_of(std::size_t line) { return fmt::format("line {}", line); }

std::string joined(const std::vector<std::string>& names, std::size_t from = 0) {
    std::string text;
    for (std::size_t i = from; i < names.size(); ++i) text += (text.empty() ? "" : ", ") + names[i];
    return text;
}

std::string header_text() {
    return fmt::format("\"month\" and any of the monthly figures {} or the key figures {}",
                       joined(monthly_actual_columns(), 1), joined(key_figure_columns()));
}

std::vector<std::string> all_columns() {
    std::vector<std::string> all = monthly_actual_columns();
    all.insert(all.end(), key_figure_columns().begin(), key_figure_columns().end());
    return all;
}

// The column a misnamed one probably means: the nearest key or German name (the
// glossary's names match already, model/column_glossary.hpp), shown as the key.
std::string suggested_column(const std::string& name) {
    std::string lower;
    for (const char c : name) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "integrationsquote") return "k2";
    std::vector<std::string> spellings = all_columns();
    for (const auto& entry : column_names(all_columns())) spellings.emplace_back(entry.german);
    const std::string near = nearest_key(name, spellings);
    for (const auto& entry : column_names(all_columns()))
        if (near == entry.german) return std::string(entry.key) + "\" or \"" + std::string(entry.german);
    return near;
}

// A cell: empty (not known yet), or a number >= 0, whole for counts.
std::optional<double> figure(const CsvTable& table, const CsvRow& row, int column, const std::string& name,
                             bool whole, const std::string& file) {
    const std::string& field = row.fields[static_cast<std::size_t>(column)];
    if (std::all_of(field.begin(), field.end(), [](char c) { return c == ' ' || c == '\t'; })) return std::nullopt;
    const auto value = csv_cell_number(table, row, column, file);
    if (value && *value > kMaxCount)
        throw InputError(file, csv_cell_pointer(table, row, column),
                         fmt::format("column \"{}\": expected at most {:.0f} (a count of people in one "
                                     "jobcenter), found \"{}\"", name, kMaxCount, field));
    if (!value || *value < 0 || (whole && std::floor(*value) != *value))
        throw InputError(file, csv_cell_pointer(table, row, column),
                         fmt::format("column \"{}\": expected {} >= 0 or an empty cell{}, found \"{}\"", name,
                                     whole ? "a whole number" : "a number", number_format_hint(field, table.dialect),
                                     field));
    return value;
}

// The first row's month: the plan's start, or with key figures up to 12 months before it.
void check_first_month(const YearMonth& month, const std::string& text, bool rolling, const Scenario& plan,
                       std::size_t line, const std::string& file) {
    const YearMonth& start = plan.start;
    const int before = (start.year - month.year) * 12 + (start.month - month.month);
    if (before == 0 || (rolling && before > 0 && before <= 12)) return;
    if (!rolling)
        throw InputError(file, line_of(line),
                         fmt::format("expected the month {} (the first row is the scenario's start month), found {}",
                                     start.text(), text));
    throw InputError(file, line_of(line),
                     fmt::format("expected a month from {} to {} (the first row is the scenario's start month or, "
                                 "with key figures, one of the 12 months before it), found {}",
                                 start.plus(-12).text(), start.text(), text));
}

void check_parts(const MonthlyActual& a, const RollingRow& r, std::size_t line, const std::string& file) {
    const auto& elb = a[ActualField::Elb];
    const auto& ltr = a[ActualField::Ltr];
    if (elb && ltr && *ltr > *elb)
        throw InputError(file, line_of(line),
                         fmt::format("expected ltr <= elb (LZB are part of the eLb stock), found {} > {}", *ltr, *elb));
    const auto& total = a[ActualField::Integrations];
    for (const ActualField part : {ActualField::IntegrationsWomen, ActualField::IntegrationsSingleParents,
                                   ActualField::IntegrationsLtr})
        if (total && a[part] && *a[part] > *total)
            throw InputError(file, line_of(line),
                             fmt::format("expected {} <= integrations, found {} > {}", actual_field_name(part), *a[part],
                                         *total));
    const auto& rolling_total = r[static_cast<std::size_t>(RollingFigure::Integrations)];
    for (std::size_t part = 1; part <= 3; ++part)
        if (rolling_total && r[part] && *r[part] > *rolling_total)
            throw InputError(file, line_of(line),
                             fmt::format("expected {} <= integrations_12m, found {} > {}", key_figure_columns()[part],
                                         *r[part], *rolling_total));
}

void check_k2(const std::optional<double>& k2, const RollingRow& r, std::size_t line, const std::string& file) {
    const auto& numerator = r[static_cast<std::size_t>(RollingFigure::Integrations)];
    const auto& denominator = r[static_cast<std::size_t>(RollingFigure::ElbAverage)];
    if (!k2 || !numerator || !denominator || !(*denominator > 0)) return;
    const double rate = 100.0 * *numerator / *denominator;
    if (std::abs(*k2 - rate) > kK2Rounding + 1e-9)
        throw InputError(file, line_of(line),
                         fmt::format("column \"k2\": expected 100 x integrations_12m / elb_avg_12m = {:.2f} (to the "
                                     "published decimal), found {}",
                                     rate, *k2));
}

}  // namespace

MonthlyActuals monthly_actuals_from_table(CsvTable table, const std::string& file, const Scenario& plan) {
    name_csv_columns(table, column_names(all_columns()), file);
    const auto& monthly = monthly_actual_columns();
    const auto& keys = key_figure_columns();
    // Unknown columns first: a misspelt one is also a missing one, and the spelling is the news.
    const std::vector<std::string> known = all_columns();
    for (const auto& name : table.header) {
        if (std::find(known.begin(), known.end(), name) != known.end()) continue;
        const std::string near = suggested_column(name);
        throw InputError(file, line_of(table.header_line),
                         fmt::format("unknown column \"{}\"{}; expected {}", name,
                                     near.empty() ? "" : " (did you mean \"" + near + "\"?)", header_text()));
    }
    const int month_column = table.column("month");
    if (month_column < 0)
        throw InputError(file, line_of(table.header_line), fmt::format("expected a column \"month\" ({})", header_text()));
    MonthlyActuals result;
    std::vector<int> monthly_index(kActualFields), key_index(keys.size());
    for (std::size_t f = 0; f < kActualFields; ++f) monthly_index[f] = table.column(monthly[f + 1]);
    for (std::size_t k = 0; k < keys.size(); ++k) key_index[k] = table.column(keys[k]);
    for (const auto& name : table.header)
        if (name != "month") result.columns.push_back(name);
    if (result.columns.empty())
        throw InputError(file, line_of(table.header_line),
                         fmt::format("expected at least one figure column besides \"month\" ({})", header_text()));
    const bool rolling = std::any_of(key_index.begin(), key_index.end(), [](int i) { return i >= 0; });
    if (table.rows.empty())
        throw InputError(file, line_of(table.header_line + 1), "expected at least one month of actuals after the header");

    std::vector<MonthlyActual> rows;
    std::vector<RollingRow> rolling_rows;
    std::size_t first_plan_row = 0;
    for (const CsvRow& row : table.rows) {
        const std::string& month_text = row.fields[static_cast<std::size_t>(month_column)];
        const auto read = parse_csv_month(month_text);
        if (!read)
            throw InputError(file, csv_cell_pointer(table, row, month_column),
                             fmt::format("column {}: expected a month as {}, found \"{}\"",
                                         csv_column_shown(table, month_column), kCsvMonthForms, month_text));
        const std::optional<YearMonth> month = YearMonth{read->year, read->month};
        if (rows.empty()) {
            check_first_month(*month, month_text, rolling, plan, row.line, file);
            first_plan_row = static_cast<std::size_t>((plan.start.year - month->year) * 12 + plan.start.month - month->month);
        } else {
            const YearMonth expected = rows.back().month.plus(1);
            if (month->year != expected.year || month->month != expected.month)
                throw InputError(file, line_of(row.line),
                                 fmt::format("expected the month {} (one row per month, consecutive), found {}",
                                             expected.text(), month_text));
        }
        const int year = tracked_months(plan);
        if (rows.size() >= first_plan_row + static_cast<std::size_t>(year))
            throw InputError(file, line_of(row.line),
                             fmt::format("expected at most {} months (track follows the plan's first calendar year, "
                                         "{} to {})",
                                         year, plan.start.text(), plan.start.plus(year - 1).text()));
        MonthlyActual a;
        a.month = *month;
        a.line = row.line;
        RollingRow r;
        std::optional<double> k2;
        for (std::size_t f = 0; f < kActualFields; ++f)
            if (monthly_index[f] >= 0) a.figures[f] = figure(table, row, monthly_index[f], monthly[f + 1], true, file);
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (key_index[k] < 0) continue;
            const bool whole = k < static_cast<std::size_t>(RollingFigure::ElbAverage);
            const auto value = figure(table, row, key_index[k], keys[k], whole, file);
            if (k == kK2) k2 = value;
            else r[k] = value;
        }
        const bool empty = !a.any() && !k2 && std::none_of(r.begin(), r.end(), [](const auto& x) { return x.has_value(); });
        if (empty)
            throw InputError(file, line_of(row.line),
                             fmt::format("expected at least one figure for {} (every cell of the month is empty; "
                                         "leave out months nothing is known of yet)",
                                         month_text));
        check_parts(a, r, row.line, file);
        check_k2(k2, r, row.line, file);
        rows.push_back(a);
        rolling_rows.push_back(r);
    }
    if (rows.size() <= first_plan_row)
        throw InputError(file, line_of(rows.back().line + 1),
                         fmt::format("expected the months of the plan from {} after the months of the year before",
                                     plan.start.text()));

    if (rolling) result.derived = derive_monthly_figures(rows, rolling_rows, first_plan_row, plan, file);
    for (std::size_t t = first_plan_row; t < rows.size(); ++t) {
        if (rows[t].any()) continue;
        throw InputError(file, line_of(rows[t].line),
                         fmt::format("expected a figure for {} that stands on its own or follows from the key "
                                     "figures (a rolling figure needs the same column in the row of {} before it; "
                                     "k2 alone is only a check)",
                                     rows[t].month.text(), rows[t].month.plus(-1).text()));
    }
    result.months.assign(rows.begin() + static_cast<std::ptrdiff_t>(first_plan_row), rows.end());
    return result;
}

}  // namespace intsim
