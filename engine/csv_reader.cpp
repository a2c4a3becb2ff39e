#include "engine/csv_reader.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "engine/document.hpp"
#include "engine/input_error.hpp"

namespace intsim {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

std::string line_pointer(std::size_t line) { return fmt::format("line {}", line); }

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not one (overlong
// forms, surrogates and code points above U+10FFFF included, as RFC 3629 says).
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (i + n > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return n;
}

// Excel's "CSV (Trennzeichen-getrennt)" writes Windows-1252: an umlaut is one byte that
// UTF-8 never has alone. Name the cell and the letter it probably is.
void check_utf8(const std::string& field, const std::string& origin, std::size_t line, std::size_t column) {
    for (std::size_t i = 0; i < field.size();) {
        const std::size_t n = utf8_sequence(field, i);
        if (n > 0) {
            i += n;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(field[i]);
        static const std::pair<unsigned char, const char*> latin1[] = {
            {0xE4, "ä"}, {0xF6, "ö"}, {0xFC, "ü"}, {0xC4, "Ä"}, {0xD6, "Ö"}, {0xDC, "Ü"}, {0xDF, "ß"},
            {0xA7, "§"}, {0x80, "€"}, {0xE9, "é"}};
        std::string guess;
        for (const auto& [code, letter] : latin1)
            if (code == c) guess = fmt::format(" (\"{}\" in Windows-1252 or Latin-1)", letter);
        throw InputError(origin, fmt::format("line {}, column {}", line, column),
                         fmt::format("expected UTF-8 text, found the byte 0x{:02X}{}: the file was saved in an older "
                                     "encoding; save it from Excel as \"CSV UTF-8 (durch Trennzeichen getrennt)\"",
                                     c, guess));
    }
}

// Walks the text record by record, counting physical lines ("\n", "\r\n" or a lone "\r").
class CsvScanner {
public:
    CsvScanner(std::string_view text, const std::string& origin) : text_(text), origin_(origin) {}

    bool at_end() const { return pos_ >= text_.size(); }
    std::size_t line() const { return line_; }

    /// Skips comment lines, blank lines; false at the end of the text.
    bool skip_to_record() {
        while (!at_end()) {
            const std::size_t end = line_end(pos_);
            const std::string_view content = text_.substr(pos_, end - pos_);
            if (!content.empty() && content.front() != '#' && !trim(content).empty()) return true;
            check_no_nul(content);
            advance_past_line(end);
        }
        return false;
    }

    /// The separator of the dialect: ';' when the current line has one outside quotes.
    char detect_separator() const {
        bool quoted = false;
        for (std::size_t i = pos_; i < text_.size(); ++i) {
            const char c = text_[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ';') return ';';
        }
        return ',';
    }

    /// Reads one record starting at the current position (not at the end).
    std::vector<std::string> read_record(char separator) {
        std::vector<std::string> fields;
        while (true) {
            std::string field;
            char stop = read_field(separator, field);
            fields.push_back(std::move(field));
            if (stop != separator) break;  // end of line or of text
        }
        return fields;
    }

private:
    [[noreturn]] void fail(std::size_t line, const std::string& what) const {
        throw InputError(origin_, line_pointer(line), what);
    }

    void check_no_nul(std::string_view content) const {
        if (content.find('\0') != std::string_view::npos)
            fail(line_, "unexpected NUL byte (expected a CSV text file)");
    }

    std::size_t line_end(std::size_t from) const {
        std::size_t i = from;
        while (i < text_.size() && text_[i] != '\n' && text_[i] != '\r') ++i;
        return i;
    }

    // Moves past the line break at `end` (if any).
    void advance_past_line(std::size_t end) {
        pos_ = end;
        if (pos_ < text_.size()) {
            if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
            ++pos_;
            ++line_;
        }
    }

    // Reads a field; returns what ended it: the separator, '\n' (end of line) or 0 (end of text).
    char read_field(char separator, std::string& field) {
        // Leading blanks before an opening quote are allowed, as many writers pad.
        std::size_t i = pos_;
        while (i < text_.size() && is_blank(text_[i])) ++i;
        if (i < text_.size() && text_[i] == '"') {
            pos_ = i + 1;
            return read_quoted(separator, field);
        }
        const std::size_t start = pos_;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == separator || c == '\n' || c == '\r') break;
            if (c == '\0') fail(line_, "unexpected NUL byte (expected a CSV text file)");
            if (c == '"')
                fail(line_, "unexpected quote inside an unquoted field (quote the whole field and "
                            "double the quotes inside it)");
            ++pos_;
        }
        field.assign(trim(text_.substr(start, pos_ - start)));
        return finish_field(separator);
    }

    char read_quoted(char separator, std::string& field) {
        const std::size_t opened = line_;
        while (true) {
            if (at_end()) fail(opened, "unclosed quote: the quoted field opened here never ends");
            const char c = text_[pos_];
            if (c == '\0') fail(line_, "unexpected NUL byte (expected a CSV text file)");
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    field += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                break;
            }
            if (c == '\n' || (c == '\r' && !(pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n'))) ++line_;
            field += c;
            ++pos_;
        }
        while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_;
        if (pos_ < text_.size() && text_[pos_] != separator && text_[pos_] != '\n' && text_[pos_] != '\r')
            fail(line_, fmt::format("expected '{}' or the end of the line after a closing quote", separator));
        return finish_field(separator);
    }

    char finish_field(char separator) {
        if (at_end()) return 0;
        if (text_[pos_] == separator) {
            ++pos_;
            return separator;
        }
        advance_past_line(pos_);
        return '\n';
    }

    std::string_view text_;
    const std::string& origin_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

}  // namespace

int CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    return -1;
}

CsvTable parse_csv(std::string_view text, const std::string& origin) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        throw InputError(origin, line_pointer(1),
                         "expected UTF-8 text, found a UTF-16 byte-order mark (save as \"CSV UTF-8\")");
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    // .xlsx is a zip archive, .xls an OLE2 compound file: workbooks, not CSV text.
    if (text.starts_with("PK\x03\x04") || text.starts_with("\xD0\xCF\x11\xE0"))
        throw InputError(origin, line_pointer(1),
                         "expected CSV text, found an Excel workbook (.xlsx or .xls): save the sheet from Excel as "
                         "\"CSV UTF-8 (durch Trennzeichen getrennt)\" (docs/spreadsheets.md says why intsim does not "
                         "read workbooks)");

    CsvScanner scanner(text, origin);
    CsvTable table;
    if (!scanner.skip_to_record())
        throw InputError(origin, line_pointer(scanner.line()),
                         text.empty() ? "the file is empty, expected a header line with column names"
                                      : "expected a header line with column names, found only blank lines and comments");
    table.dialect = scanner.detect_separator() == ';' ? kCsvGerman : kCsvRfc4180;
    const char separator = table.dialect.separator;
    table.header_line = scanner.line();
    table.header = scanner.read_record(separator);
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (table.header[i].empty())
            throw InputError(origin, line_pointer(table.header_line),
                             fmt::format("expected a name for column {} of the header", i + 1));
        for (std::size_t j = 0; j < i; ++j)
            if (table.header[i] == table.header[j])
                throw InputError(origin, line_pointer(table.header_line),
                                 fmt::format("column \"{}\" appears twice in the header", table.header[i]));
    }

    while (scanner.skip_to_record()) {
        CsvRow row;
        row.line = scanner.line();
        row.fields = scanner.read_record(separator);
        bool all_empty = true;
        for (const auto& f : row.fields) all_empty = all_empty && f.empty();
        if (all_empty) continue;  // Excel's ";;;;" below the data
        if (row.fields.size() != table.header.size()) {
            // A row written with the other dialect's separator is one long field.
            const char other = separator == ';' ? ',' : ';';
            const bool other_separator = row.fields.size() == 1 && row.fields[0].find(other) != std::string::npos;
            throw InputError(origin, line_pointer(row.line),
                             fmt::format("expected {} fields separated by '{}' (as in the header on line {}), "
                                         "found {}{}",
                                         table.header.size(), separator, table.header_line, row.fields.size(),
                                         other_separator ? fmt::format(" (the row is separated by '{}')", other) : ""));
        }
        table.rows.push_back(std::move(row));
    }
    for (std::size_t c = 0; c < table.header.size(); ++c) check_utf8(table.header[c], origin, table.header_line, c + 1);
    for (const CsvRow& row : table.rows)
        for (std::size_t c = 0; c < row.fields.size(); ++c) check_utf8(row.fields[c], origin, row.line, c + 1);
    table.written_header = table.header;
    return table;
}

CsvTable read_csv_file(const std::string& path) { return parse_csv(read_input_file(path), path); }

}  // namespace intsim
