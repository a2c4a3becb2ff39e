// The German spreadsheet dialect, read and written: numbers that read one way or are
// refused with both readings, months as Excel shows them, column names in either
// language, encodings; and every German table intsim writes read back by its own reader.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>

#include "engine/csv_reader.hpp"
#include "engine/input_error.hpp"
#include "model/column_glossary.hpp"
#include "report/batch_summary.hpp"
#include "report/csv_writer.hpp"
#include "report/results_csv.hpp"
#include "report/track_report.hpp"

using namespace intsim;

namespace {

std::string error_of(const std::string& text, int column) {
    const CsvTable t = parse_csv(text, "a.csv");
    try {
        csv_cell_number(t, t.rows.at(0), column, "a.csv");
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("csv dialect: a German field that reads two ways is refused with both readings", "[csv]") {
    // Truth by hand: "6,000" is 6 (decimal comma) or 6000 (thousands comma).
    const auto six = ambiguous_csv_number("6,000", kCsvGerman);
    REQUIRE(six);
    CHECK(six->first == 6.0);
    CHECK(six->second == 6000.0);
    const auto negative = ambiguous_csv_number(" -12,500 ", kCsvGerman);
    REQUIRE(negative);
    CHECK(negative->first == -12.5);
    CHECK(negative->second == -12500.0);
    // Not ambiguous: a leading 0, other than three decimals, four leading digits, a
    // thousands point already, the plain dialect.
    for (const char* field : {"0,125", "6,0", "6,5", "6,0000", "1234,567", "1.234,567", "6000", "6.000"})
        CHECK_FALSE(ambiguous_csv_number(field, kCsvGerman));
    CHECK_FALSE(ambiguous_csv_number("6,000", kCsvRfc4180));

    const std::string message = error_of("id;cost\nx;6,000\n", 1);
    CHECK(message.find("a.csv: line 2, column 2") != std::string::npos);
    CHECK(message.find("as 6 with a German decimal comma, or as 6000 with an English thousands separator") !=
          std::string::npos);
    CHECK(error_of("id;cost\nx;6.000\n", 1).empty());
    CHECK(error_of("id,cost\nx,6.000\n", 1).empty());
}

TEST_CASE("csv dialect: a German decimal point is not read as a thousands group", "[csv]") {
    CHECK_FALSE(parse_csv_number("0.125", kCsvGerman));  // was 125
    CHECK_FALSE(parse_csv_number("6.5", kCsvGerman));
    CHECK(parse_csv_number("10.983", kCsvGerman) == 10983.0);
    CHECK(parse_csv_number("1.234.567,5", kCsvGerman) == 1234567.5);
    CHECK(parse_csv_number("0,125", kCsvGerman) == 0.125);
}

TEST_CASE("csv dialect: months as spreadsheets write them", "[csv]") {
    const auto is = [](const char* field, int year, int month) {
        const auto m = parse_csv_month(field);
        return m && m->year == year && m->month == month;
    };
    CHECK(is("2025-05", 2025, 5));
    CHECK(is("2025-05-31", 2025, 5));
    CHECK(is("01.05.2025", 2025, 5));
    CHECK(is("1.5.2025", 2025, 5));
    CHECK(is("29.02.2024", 2024, 2));
    CHECK(is("05.2025", 2025, 5));
    CHECK(is("05/2025", 2025, 5));
    CHECK(is("Mai 2025", 2025, 5));
    CHECK(is("mai. 2025", 2025, 5));
    CHECK(is("Mai-2025", 2025, 5));
    CHECK(is("März 2025", 2025, 3));
    CHECK(is("MÄRZ 2025", 2025, 3));
    CHECK(is("Dez 2024", 2024, 12));
    CHECK(is("October 2024", 2024, 10));
    for (const char* bad : {"", "2025-13", "2025-5", "29.02.2025", "31.04.2025", "32.01.2025", "13.2025", "Mai 25",
                            "Mai", "Maiz 2025", "2025/05", "05.25", "1899-12", "2025-05-01x", "01.05.2025.1"})
        CHECK_FALSE(parse_csv_month(bad));
}

TEST_CASE("csv dialect: columns by key or German name, and two columns for one key refused", "[csv]") {
    const std::vector<CsvColumnName> names = column_names({"month", "integrations_women", "elb"});
    CsvTable t = parse_csv("\xEF\xBB\xBFMonat; integrationen_FRAUEN ;ELB;Bemerkung\r\nMai 2025;3;4;x\r\n", "a.csv");
    name_csv_columns(t, names, "a.csv");
    CHECK(t.header == std::vector<std::string>{"month", "integrations_women", "elb", "Bemerkung"});
    CHECK(t.written_header.at(1) == "integrationen_FRAUEN");
    CHECK(csv_column_shown(t, 0) == "\"month\" (\"Monat\")");

    CsvTable twice = parse_csv("Monat,month\n2025-05,2025-05\n", "b.csv");
    try {
        name_csv_columns(twice, names, "b.csv");
        FAIL("two columns for \"month\" were accepted");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("b.csv: line 1: columns 1 (\"Monat\") and 2 (\"month\") both name \"month\"") !=
              std::string::npos);
    }
}

TEST_CASE("csv dialect: text that is not UTF-8 is refused naming the cell", "[csv]") {
    for (const auto& [text, pointer] :
         std::vector<std::pair<std::string, std::string>>{{"a;b\nx;Zusch\xFCsse\n", "line 2, column 2"},
                                                          {"a;b\xE4\n1;2\n", "line 1, column 2"},
                                                          {"a,b\nx,\xC3\n", "line 2, column 2"},         // truncated
                                                          {"a,b\nx,\xC0\xAF\n", "line 2, column 2"},     // overlong
                                                          {"a,b\nx,\xED\xA0\x80\n", "line 2, column 2"}}) {  // surrogate
        try {
            parse_csv(text, "a.csv");
            FAIL("accepted: " << text);
        } catch (const InputError& e) {
            CHECK(e.pointer() == pointer);
            CHECK(std::string(e.what()).find("expected UTF-8 text") != std::string::npos);
        }
    }
    CHECK_NOTHROW(parse_csv("a;b\nx;Zuschüsse € § 😀\n", "a.csv"));
}

TEST_CASE("csv dialect: German numbers written are read back exactly and never ambiguous", "[csv]") {
    const CsvOutputDialect de = csv_dialect("de");
    CsvOutputTable table;
    table.header = {"id", "value"};  // one column alone would have no ';' to tell the dialect
    std::vector<double> values = {6.125, -6.125, 12.5, 0.125, 999.999, 1000.125, 6000, 1234567.891, 1e-7, 0};
    std::mt19937_64 draws(7);
    std::uniform_real_distribution<double> uniform(0.0, 1e6);
    for (int i = 0; i < 2000; ++i) values.push_back(std::round(uniform(draws)) / std::pow(10.0, i % 7));
    for (double x : values) table.rows.push_back({std::string("x"), x});
    const CsvTable read = parse_csv(to_csv(table, de), "written.csv");
    REQUIRE(read.rows.size() == values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        INFO(read.rows[i].fields[1]);
        const auto x = csv_cell_number(read, read.rows[i], 1, "written.csv");
        REQUIRE(x);
        CHECK(*x == values[i]);
    }
}

TEST_CASE("csv dialect: every German header intsim writes is German, unique and read back", "[csv]") {
    const std::vector<CsvOutputTable> tables = {indicators_table(Results{}),       years_table(Results{}),
                                                monthly_table(Results{}),          measures_table(Results{}),
                                                track_targets_table(TrackResult{}), track_months_table(TrackResult{}),
                                                track_years_table(TrackResult{}),
                                                batch_summary_csv(BatchSummary{})};
    for (const CsvOutputTable& table : tables) {
        std::set<std::string> seen;
        for (const std::string& key : table.header) {
            const std::string german = german_header(key);
            INFO(key << " -> " << german);
            CHECK((german != key || german_column(key)));  // a German name for every fixed column ("p05" is one)
            CHECK(seen.insert(german).second);
        }
        CsvOutputTable flagged = table;
        flagged.rows = {std::vector<CsvOutputCell>(table.header.size(), CsvFlag{true})};
        const std::string text = to_csv(flagged, csv_dialect("de"));
        const CsvTable read = parse_csv(text, "written.csv");
        CHECK(read.rows.at(0).fields.at(0) == "ja");
        CsvTable named = read;
        std::vector<CsvColumnName> names;
        for (const auto& key : table.header)
            if (german_column(key)) names.push_back({*std::find_if(column_glossary().begin(), column_glossary().end(),
                                                                  [&](const auto& e) { return e.key == key; })});
        name_csv_columns(named, names, "written.csv");
        for (std::size_t c = 0; c < table.header.size(); ++c)
            if (german_column(table.header[c])) CHECK(named.header[c] == table.header[c]);
    }
    std::set<std::string_view> keys, germans;
    for (const CsvColumnName& entry : column_glossary()) {
        CHECK(keys.insert(entry.key).second);
        CHECK(germans.insert(entry.german).second);
    }
}
