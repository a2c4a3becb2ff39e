#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "engine/csv_reader.hpp"
#include "engine/csv_values.hpp"
#include "engine/input_error.hpp"

using namespace intsim;

namespace {

// The "line N: ..." message of parsing `text`, or "" when it parses.
std::string error_of(const std::string& text) {
    try {
        parse_csv(text, "a.csv");
    } catch (const InputError& e) {
        CHECK(e.file() == "a.csv");
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("csv: RFC 4180 with comments, blank lines, CRLF and quotes", "[csv]") {
    const std::string text =
        "# a comment\r\n"
        "month, elb ,note\r\n"
        "\r\n"
        "2022-01,10,\"a, b\"\r\n"
        "# another comment\n"
        "2022-02,11,\"say \"\"hi\"\"\nsecond line\"\n"
        "2022-03,12,\n"
        ",,\n";
    const CsvTable t = parse_csv(text, "a.csv");
    CHECK(t.dialect.separator == ',');
    CHECK(t.header_line == 2);
    REQUIRE(t.header == std::vector<std::string>{"month", "elb", "note"});
    CHECK(t.column("elb") == 1);
    CHECK(t.column("nope") == -1);
    REQUIRE(t.rows.size() == 3);  // the row of empty fields is skipped
    CHECK(t.rows[0].line == 4);
    CHECK(t.rows[0].fields[2] == "a, b");
    CHECK(t.rows[1].line == 6);
    CHECK(t.rows[1].fields[2] == "say \"hi\"\nsecond line");
    CHECK(t.rows[2].line == 8);  // the quoted newline counted as a line
    CHECK(t.rows[2].fields[2].empty());
}

TEST_CASE("csv: the German Excel dialect", "[csv]") {
    const std::string text = "\xEF\xBB\xBFmonth;elb;rate\n2022-01;10.983;24,9\n2022-02;\"1.234,5\";-0,5\n";
    const CsvTable t = parse_csv(text, "de.csv");
    CHECK(t.dialect.german());
    REQUIRE(t.header.front() == "month");  // the byte-order mark is gone
    REQUIRE(t.rows.size() == 2);
    CHECK(parse_csv_number(t.rows[0].fields[1], t.dialect) == 10983.0);
    CHECK(parse_csv_number(t.rows[0].fields[2], t.dialect) == 24.9);
    CHECK(parse_csv_number(t.rows[1].fields[1], t.dialect) == 1234.5);
    CHECK(parse_csv_number(t.rows[1].fields[2], t.dialect) == -0.5);
}

TEST_CASE("csv: numbers are strict in both dialects", "[csv]") {
    struct Case {
        const char* field;
        std::optional<double> rfc, german;
    };
    const Case cases[] = {
        {"12", 12.0, 12.0},        {" 7 ", 7.0, 7.0},          {"-3", -3.0, -3.0},
        {"2.5", 2.5, std::nullopt}, {"2,5", std::nullopt, 2.5}, {"1.234", 1.234, 1234.0},
        {"1.23", 1.23, std::nullopt}, {"1234.567,8", std::nullopt, std::nullopt},
        {"12.345.678", std::nullopt, 12345678.0}, {"", std::nullopt, std::nullopt},
        {"-", std::nullopt, std::nullopt}, {"1.", std::nullopt, std::nullopt}, {".5", std::nullopt, std::nullopt},
        {"1e5", std::nullopt, std::nullopt}, {"inf", std::nullopt, std::nullopt}, {"nan", std::nullopt, std::nullopt},
        {"+4", std::nullopt, std::nullopt}, {"4 2", std::nullopt, std::nullopt}, {"0x10", std::nullopt, std::nullopt},
    };
    for (const Case& c : cases) {
        INFO(c.field);
        CHECK(parse_csv_number(c.field, kCsvRfc4180) == c.rfc);
        CHECK(parse_csv_number(c.field, kCsvGerman) == c.german);
    }
    // Too many digits for a double is not a number either.
    CHECK_FALSE(parse_csv_number(std::string(400, '9'), kCsvRfc4180));
}

TEST_CASE("csv: malformed text is rejected with its line", "[csv]") {
    CHECK(error_of("") == "a.csv: line 1: the file is empty, expected a header line with column names");
    CHECK(error_of("# only a comment\n\n") == "a.csv: line 3: expected a header line with column names, found only blank lines and comments");
    CHECK(error_of("a,b\n1,2\n3\n") == "a.csv: line 3: expected 2 fields separated by ',' (as in the header on line 1), found 1");
    CHECK(error_of("a;b\n1,2\n") == "a.csv: line 2: expected 2 fields separated by ';' (as in the header on line 1), "
                                     "found 1 (the row is separated by ',')");
    CHECK(error_of("a;b\n1;2;3\n") == "a.csv: line 2: expected 2 fields separated by ';' (as in the header on line 1), found 3");
    CHECK(error_of("a,b\n1,\"open\n\n") == "a.csv: line 2: unclosed quote: the quoted field opened here never ends");
    CHECK(error_of("a,b\n1,\"x\"y\n") == "a.csv: line 2: expected ',' or the end of the line after a closing quote");
    CHECK(error_of("a,b\n1,x\"y\n").find("line 2: unexpected quote") != std::string::npos);
    CHECK(error_of(std::string("a,b\n1,\0\n", 8)).find("line 2: unexpected NUL byte") != std::string::npos);
    CHECK(error_of("\xFF\xFE" "a\0,\0b\0") .find("line 1: expected UTF-8 text") != std::string::npos);
    CHECK(error_of("a,,b\n") == "a.csv: line 1: expected a name for column 2 of the header");
    CHECK(error_of("a,b,a\n") == "a.csv: line 1: column \"a\" appears twice in the header");
}

TEST_CASE("csv: arbitrary bytes parse or fail cleanly (a small deterministic fuzz)", "[csv]") {
    // Strings over the bytes that matter to the parser; each must give a table or an
    // InputError, nothing else (the sanitizer builds check for memory errors on top).
    // The byte-order mark as one piece: a stray 0xEF alone is not UTF-8 and would reject
    // most strings (csv_dialect_test.cpp checks the refusal of other encodings).
    const std::string alphabet[] = {",", ";", "\"", "\n", "\r", "#", " ", "a", "1", ".", std::string(1, '\0'),
                                    "\xEF\xBB\xBF", "-"};
    std::uint32_t state = 12345;
    std::size_t parsed = 0, rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const std::size_t length = (state = state * 1664525u + 1013904223u) >> 26;  // 0..63
        for (std::size_t i = 0; i < length; ++i) {
            state = state * 1664525u + 1013904223u;
            text += alphabet[(state >> 16) % std::size(alphabet)];
        }
        try {
            const CsvTable t = parse_csv(text, "fuzz.csv");
            for (const auto& row : t.rows) REQUIRE(row.fields.size() == t.header.size());
            for (const auto& row : t.rows)
                for (std::size_t c = 0; c < row.fields.size(); ++c) {
                    (void)parse_csv_month(row.fields[c]);
                    (void)csv_cell_number(t, row, static_cast<int>(c), "fuzz.csv");
                }
            ++parsed;
        } catch (const InputError& e) {
            REQUIRE(std::string(e.what()).rfind("fuzz.csv: line ", 0) == 0);
            ++rejected;
        }
    }
    CHECK(parsed > 100);
    CHECK(rejected > 100);
}
