#include "report/csv_writer.hpp"

#include <charconv>
#include <optional>
#include <stdexcept>

#include "model/column_glossary.hpp"
#include "report/glossary.hpp"
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

// A number as the dialect writes it; in German never "6,125", which a reader cannot tell
// from six thousand one hundred twenty-five: one more decimal, "6,1250".
std::string number_text(double x, const CsvOutputDialect& dialect) {
    std::string text = format_plain(x, dialect.decimal_mark);
    if (dialect.decimal_mark != ',') return text;
    const std::size_t comma = text.find(',');
    const std::size_t lead = comma - (text.starts_with('-') ? 1 : 0);
    if (comma != std::string::npos && text.size() == comma + 4 && lead >= 1 && lead <= 3 &&
        text[text.starts_with('-') ? 1 : 0] != '0')
        text += '0';
    return text;
}

std::string cell_text(const CsvOutputCell& cell, const CsvOutputDialect& dialect) {
    if (const auto* text = std::get_if<std::string>(&cell)) return quoted_if_needed(*text, dialect.separator);
    if (const auto* number = std::get_if<double>(&cell)) return number_text(*number, dialect);
    if (const auto* flag = std::get_if<CsvFlag>(&cell))
        return dialect.german_words ? (flag->value ? "ja" : "nein") : (flag->value ? "true" : "false");
    return "";
}

// The suffixes of composite keys, longest first so that "_ci95_low" wins over "_low".
constexpr const char* kSuffixes[] = {"p_target_met", "offer_p80", "offer_p90", "ci95_low", "ci95_high", "mean",
                                     "target", "p05", "p25", "p50", "p75", "p95"};

std::optional<std::string> german_part(const std::string& key) {
    if (const auto german = german_column(key)) return std::string(*german);
    const std::string label = indicator_label(key, Language::De);
    if (label != key) return label;
    return std::nullopt;
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

std::string german_header(const std::string& key) {
    if (const auto whole = german_part(key)) return *whole;
    for (const char* suffix : kSuffixes) {
        const std::string tail = std::string("_") + suffix;
        if (key.size() <= tail.size() || !key.ends_with(tail)) continue;
        const auto head = german_part(key.substr(0, key.size() - tail.size()));
        if (head) return *head + " " + std::string(*german_column(suffix));
    }
    // "spend_2023", "plan_p05", "base_mean": a word and a year or a statistic.
    const std::size_t last = key.rfind('_');
    if (last != std::string::npos && last > 0) {
        const auto head = german_part(key.substr(0, last));
        const std::string tail = key.substr(last + 1);
        const bool year = tail.size() == 4 && tail.find_first_not_of("0123456789") == std::string::npos;
        if (head && year) return *head + " " + tail;
        if (head && german_column(tail)) return *head + " " + std::string(*german_column(tail));
        if (const auto word = german_column(key.substr(0, key.find('_'))); word && key.find('_') != last) {
            const std::string rest = key.substr(key.find('_') + 1);
            if (const auto rest_german = german_part(rest)) return std::string(*word) + " " + *rest_german;
        }
    }
    return key;
}

CsvOutputDialect csv_dialect(std::string_view name) {
    if (name == "en") return {',', '.', false, false};
    if (name == "de") return {';', ',', true, true};
    throw std::invalid_argument("unknown CSV dialect " + std::string(name) + " (expected en or de)");
}

std::string to_csv(const CsvOutputTable& table, const CsvOutputDialect& dialect) {
    std::string out = dialect.byte_order_mark ? std::string(kByteOrderMark) : std::string();
    append_line(out, table.header, dialect.separator, [&](const std::string& name) {
        return quoted_if_needed(dialect.german_words ? german_header(name) : name, dialect.separator);
    });
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
