#include "report/csv_writer.hpp"

#include <charconv>
#include <stdexcept>

#include "report/number_format.hpp"

namespace intsim {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string quoted_if_needed(const std::string& text, char separator) {
    if (text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string cell_text(const CsvOutputCell& cell, const CsvOutputDialect& dialect) {
    if (const auto* text = std::get_if<std::string>(&cell)) return quoted_if_needed(*text, dialect.separator);
    if (const auto* number = std::get_if<double>(&cell)) return format_plain(*number, dialect.decimal_mark);
    return "";
}

template <typename Cells, typename ToText>
void append_line(std::string& out, const Cells& cells, char separator, ToText to_text) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += separator;
        out += to_text(cells[i]);
    }
    out += "\r\n";
}

}  // namespace

CsvOutputDialect csv_dialect(std::string_view name) {
    if (name == "en") return {',', '.', false};
    if (name == "de") return {';', ',', true};
    throw std::invalid_argument("unknown CSV dialect " + std::string(name) + " (expected en or de)");
}

std::string to_csv(const CsvOutputTable& table, const CsvOutputDialect& dialect) {
    std::string out = dialect.byte_order_mark ? std::string(kByteOrderMark) : std::string();
    append_line(out, table.header, dialect.separator,
                [&](const std::string& name) { return quoted_if_needed(name, dialect.separator); });
    for (const auto& row : table.rows)
        append_line(out, row, dialect.separator, [&](const CsvOutputCell& cell) { return cell_text(cell, dialect); });
    return out;
}

std::vector<std::vector<std::string>> parse_written_csv(std::string_view text, const CsvOutputDialect& dialect) {
    if (text.starts_with(kByteOrderMark)) text.remove_prefix(kByteOrderMark.size());
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c != '"') cell += c;
            else if (i + 1 < text.size() && text[i + 1] == '"') cell += text[++i];
            else quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == dialect.separator) {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.empty() || !row.empty()) {
        row.push_back(std::move(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

double parse_written_csv_number(const std::string& cell, const CsvOutputDialect& dialect) {
    std::string text = cell;
    for (char& c : text)
        if (c == dialect.decimal_mark) c = '.';
    // from_chars ignores the C locale, so a "," can never be read as a decimal mark by accident.
    double x = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), x);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        throw std::invalid_argument("not a number: \"" + cell + "\"");
    return x;
}

}  // namespace intsim
