// Report writers: number formatting, CSV dialects (both must read back to the same
// numbers), chart axes and the self-contained HTML report.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "report/chart_axis.hpp"
#include "report/csv_writer.hpp"
#include "report/markup.hpp"
#include "report/number_format.hpp"
#include "report/results_csv.hpp"
#include "report/results_json.hpp"
#include "report/run_report.hpp"
#include "report/console_table.hpp"
#include "report/html_report.hpp"
#include "report/summary_table.hpp"
#include "report/svg_bar.hpp"
#include "report/svg_chart.hpp"

using namespace intsim;

namespace {

Quantiles q(double mean, double spread) {
    Quantiles x{mean, mean - 2 * spread, mean, mean + 2 * spread};
    x.p25 = mean - spread;
    x.p75 = mean + spread;
    return x;
}

// Numbers that trip naive writers: decimals, tiny and huge magnitudes, negatives, and
// texts with separators, quotes and non-ASCII letters.
Results awkward_results() {
    Results r;
    r.scenario_name = "test \"quoted\"; scenario";
    r.scenario_sha256 = std::string(64, 'a');
    r.run.replications = 1000;
    r.run.seed = 7;
    IndicatorResult total;
    total.name = "integrations_total";
    total.summary.mean = 2731.2345678901;
    total.summary.sd = 0.000012345;
    total.summary.mc_se = 1e-7;
    total.summary.p05 = -1234.5;
    total.summary.p95 = 12345678.9;
    total.target = 2707;
    total.p_target_met = 0.563;
    total.offer_p80 = 2607;
    r.indicators.push_back(total);
    IndicatorResult ltr;
    ltr.name = "ltr_avg";
    ltr.direction = Direction::Lower;
    ltr.summary.mean = 7109.25;
    r.indicators.push_back(ltr);
    for (int m = 1; m <= 3; ++m) {
        MonthlyResult month;
        month.month = "2022-0" + std::to_string(m);
        month.elb = q(10850.5 + m, 100.25);
        month.ltr = q(7100.125 - m, 30.5);
        month.integrations_cum = q(225.75 * m, 10.5 * m);
        month.spend_cum = q(808153.75 * m, 12345.675);
        r.monthly.push_back(month);
    }
    MeasureResult measure;
    measure.id = "egz";
    measure.name = "Eingliederungszuschüsse; \"EGZ\", § 16";
    measure.capacity = 150;
    measure.capacity_kind = "entries";
    measure.entries = q(150, 0);
    measure.women_share_entries = q(0.3183098861837907, 0.01);
    measure.spend = q(1234567.891, 2500.5);
    r.measures.push_back(measure);
    return r;
}

std::vector<double> numbers_of(const std::string& csv, const CsvOutputDialect& dialect, std::vector<std::string>& texts) {
    std::vector<double> numbers;
    const auto rows = parse_written_csv(csv, dialect);
    for (std::size_t i = 1; i < rows.size(); ++i)
        for (const auto& cell : rows[i]) {
            try {
                numbers.push_back(parse_written_csv_number(cell, dialect));
            } catch (const std::invalid_argument&) {
                texts.push_back(cell);
            }
        }
    return numbers;
}

}  // namespace

TEST_CASE("numbers are grouped and marked by locale", "[report]") {
    CHECK(format_number(1234.5, 1, NumberLocale::En) == "1,234.5");
    CHECK(format_number(1234.5, 1, NumberLocale::De) == "1.234,5");
    CHECK(format_number(9697845, 0, NumberLocale::De) == "9.697.845");
    CHECK(format_number(-1234567.25, 2, NumberLocale::En) == "-1,234,567.25");
    CHECK(format_number(999.96, 1, NumberLocale::En) == "1,000.0");
    CHECK(format_number(-0.04, 1, NumberLocale::En) == "0.0");  // no "-0.0"
    CHECK(format_number(12, 0, NumberLocale::En) == "12");
    CHECK(format_number(std::nan(""), 0, NumberLocale::En) == "\u2013");
    CHECK(format_percent(0.563, 0, NumberLocale::De) == "56\u00a0%");
    CHECK(format_euro(9697845, NumberLocale::De) == "9.697.845\u00a0\u20ac");
    CHECK(format_euro(9697845, NumberLocale::En) == "\u20ac9,697,845");
}

TEST_CASE("plain numbers read back exactly in both decimal marks", "[report]") {
    for (double x : {0.0, 1.0, -2.5, 9697845.0, 0.1, 1.0 / 3.0, 1e-7, 123456789.125, 1e17, -0.000123}) {
        for (const char* name : {"en", "de"}) {
            const CsvOutputDialect dialect = csv_dialect(name);
            const std::string text = format_plain(x, dialect.decimal_mark);
            CHECK(text.find(dialect.decimal_mark == ',' ? '.' : ',') == std::string::npos);
            CHECK(parse_written_csv_number(text, dialect) == x);
        }
    }
    CHECK(format_plain(2707, '.') == "2707");
    CHECK(format_plain(1e-7, ',') == "0,0000001");
    CHECK(format_plain(-1.25e-5, '.') == "-0.0000125");
    CHECK(format_plain(1e17, '.') == "100000000000000000");
    CHECK(format_plain(1.5e16, '.') == "15000000000000000");
    CHECK(format_plain(0.5, ',') == "0,5");
    CHECK_THROWS_AS(parse_written_csv_number("1.234,5", csv_dialect("de")), std::invalid_argument);
}

TEST_CASE("both CSV dialects parse back to the same numbers", "[report]") {
    const Results r = awkward_results();
    const CsvOutputDialect en = csv_dialect("en"), de = csv_dialect("de");
    for (const CsvOutputTable& table : {indicators_table(r), monthly_table(r), measures_table(r)}) {
        const std::string plain = to_csv(table, en), german = to_csv(table, de);
        CHECK(plain.rfind("\xEF\xBB\xBF", 0) == std::string::npos);
        CHECK(german.rfind("\xEF\xBB\xBF", 0) == 0);
        CHECK(german.find(';') != std::string::npos);
        std::vector<std::string> plain_texts, german_texts;
        const auto a = numbers_of(plain, en, plain_texts), b = numbers_of(german, de, german_texts);
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i] == b[i]);
        CHECK(plain_texts == german_texts);  // texts too, quotes and all
        CHECK(parse_written_csv(plain, en).size() == table.rows.size() + 1);
        std::vector<std::string> german_names;
        for (const auto& key : table.header) german_names.push_back(german_header(key));
        CHECK(parse_written_csv(german, de).front() == german_names);
    }
    // The numbers are those of results.json, digit for digit.
    const auto rows = parse_written_csv(to_csv(indicators_table(r), de), de);
    CHECK(rows[1][0] == "integrations_total");
    CHECK(parse_written_csv_number(rows[1][1], de) == round_figure(2731.2345678901));
    CHECK(rows[1][1] == "2731,234568");  // 10 significant digits, as in results.json
    CHECK(parse_written_csv_number(rows[1][3], de) == 1e-7);
    const auto measures = parse_written_csv(to_csv(measures_table(r), en), en);
    CHECK(measures[1][1] == "Eingliederungszuschüsse; \"EGZ\", § 16");
    const auto monthly = parse_written_csv(to_csv(monthly_table(r), en), en);
    REQUIRE(monthly[0][3] == "elb_p25");
    CHECK(parse_written_csv_number(monthly[1][3], en) == 10851.5 - 100.25);
}

TEST_CASE("chart axes have nice ticks that cover the data", "[report]") {
    const ChartAxis a = nice_axis(10512, 11187, 5);
    CHECK(a.low <= 10512);
    CHECK(a.high >= 11187);
    CHECK(a.step == 200);
    CHECK(a.decimals == 0);
    CHECK(a.ticks.size() == 5);  // 10,400 ... 11,200
    const ChartAxis b = nice_axis(0, 0.9, 4);
    CHECK(b.step == 0.25);
    CHECK(b.decimals == 2);
    const ChartAxis flat = nice_axis(5, 5, 5);
    CHECK(flat.low < 5);
    CHECK(flat.high > 5);
}

TEST_CASE("month labels show month names and the year at each January", "[report]") {
    const MonthLabels labels = month_labels({"2022-11", "2022-12", "2023-01", "2023-02"});
    CHECK(labels.ticks == std::vector<std::string>{"Nov", "Dec", "2023", "Feb"});
    CHECK(labels.names[2] == "Jan 2023");
    CHECK(shorten("Eingliederungszuschüsse", 12) == "Eingliederu\u2026");
    CHECK(shorten("äöü", 3) == "äöü");
    CHECK(escape_markup("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}

TEST_CASE("report.html is self-contained and follows the number locale", "[report]") {
    const Results r = awkward_results();
    const std::string en = run_report_html(r, "0.0.0", {Language::En, NumberLocale::En});
    const std::string de = run_report_html(r, "0.0.0", {Language::En, NumberLocale::De});
    for (const std::string& html : {en, de}) {
        CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("http") == std::string::npos);
        CHECK(html.find("src=") == std::string::npos);
        CHECK(html.find("url(") == std::string::npos);
        for (const char* id : {"chart-integrations", "chart-ltr", "chart-elb", "chart-spend", "indicators", "measures"})
            CHECK(html.find(std::string("id=\"") + id + "\"") != std::string::npos);
        CHECK(html.find("test &quot;quoted&quot;; scenario") != std::string::npos);  // escaped
    }
    CHECK(en.find("2,731") != std::string::npos);
    CHECK(de.find("2.731") != std::string::npos);
    CHECK(en.find("7,109") != std::string::npos);
    CHECK(de.find("7.109") != std::string::npos);
    CHECK(de.find("2,731") == std::string::npos);
}

TEST_CASE("German words with --lang de whatever the number locale; --locale alone keeps English", "[report]") {
    const Results r = awkward_results();
    const std::string de_en = run_report_html(r, "0.0.0", {Language::De, NumberLocale::En});
    const std::string de_de = run_report_html(r, "0.0.0", {Language::De, NumberLocale::De});
    const std::string en_de = run_report_html(r, "0.0.0", {Language::En, NumberLocale::De});
    for (const std::string& html : {de_en, de_de}) {
        CHECK(html.find("<html lang=\"de\">") != std::string::npos);
        CHECK(html.find("Integrationen") != std::string::npos);
        CHECK(html.find("LZB-Bestand") != std::string::npos);
        CHECK(html.find("Mittelwert") != std::string::npos);
        CHECK(html.find("Mär 2022") != std::string::npos);  // month names in tooltips
        CHECK(html.find("Monthly projection") == std::string::npos);
    }
    CHECK(de_en.find("2,731") != std::string::npos);  // German words, English numbers
    CHECK(de_de.find("2.731") != std::string::npos);
    CHECK(en_de.find("<html lang=\"en\">") != std::string::npos);
    CHECK(en_de.find("Monthly projection") != std::string::npos);
    CHECK(en_de.find("Mar 2022") != std::string::npos);
}

TEST_CASE("the console summary speaks the chosen language and names its statistics", "[report]") {
    const Results r = awkward_results();
    const std::string en = summary_table(r, {Language::En, NumberLocale::En});
    const std::string de = summary_table(r, {Language::De, NumberLocale::De});
    CHECK(en.find("integrations_total") != std::string::npos);  // English: the results.json key
    CHECK(en.find("mean") != std::string::npos);
    CHECK(en.find("2,731") != std::string::npos);
    CHECK(de.find("Integrationen") != std::string::npos);
    CHECK(de.find("LZB-Bestand im Jahresdurchschnitt") != std::string::npos);
    CHECK(de.find("Mittelwert") != std::string::npos);
    CHECK(de.find("2.731") != std::string::npos);
    CHECK(de.find("integrations_total") == std::string::npos);
}

TEST_CASE("one colour rule for the probability of meeting a target", "[report]") {
    // Green from the offer's probability, red where the target is missed with at least
    // that probability, amber between: 47 % and 50 % look alike.
    CHECK(probability_status(0.47, 0.8) == "fair");
    CHECK(probability_status(0.50, 0.8) == "fair");
    CHECK(probability_status(0.795, 0.8) == "good");  // shows as 80 %
    CHECK(probability_status(0.79, 0.8) == "fair");
    CHECK(probability_status(0.204, 0.8) == "poor");  // shows as 20 %
    CHECK(probability_status(0.21, 0.8) == "fair");
    CHECK(probability_status(0.0, 0.8) == "poor");
    CHECK(probability_status(0.9, 0.9) == "good");
    CHECK(probability_status(0.15, 0.9) == "fair");
    CHECK(probability_status(0.10, 0.9) == "poor");
}

TEST_CASE("nothing is cut: long legend labels wrap, console columns count characters", "[report]") {
    const auto lines = wrap_words("Out-of-school training and entry qualification for young people (BaE, EQ)", 30);
    REQUIRE(lines.size() == 3);
    std::string joined;
    for (const auto& line : lines) {
        CHECK(line.size() <= 30);
        joined += (joined.empty() ? "" : " ") + line;
    }
    CHECK(joined == "Out-of-school training and entry qualification for young people (BaE, EQ)");
    CHECK(wrap_words("", 10) == std::vector<std::string>{""});
    CHECK(wrap_words("Überbetriebliche", 5) == std::vector<std::string>{"Überbetriebliche"});

    StackedBar bar;
    bar.id = "b";
    bar.segments = {{"Out-of-school training and entry qualification for young people (BaE, EQ)", 1.0}, {"x", 2.0}};
    bar.format = [](double v, double) { return std::to_string(static_cast<int>(v)); };
    const std::string svg = stacked_bar_svg(bar);
    CHECK(svg.find("\u2026") == std::string::npos);
    CHECK(svg.find("young people") != std::string::npos);

    const std::string table = console_table({{"Maßnahme", "x"}, {}, {{"ä", "−3"}, {"abcdefghij", "12"}}});
    std::vector<std::size_t> widths;
    std::size_t start = 0;
    for (std::size_t end; (end = table.find('\n', start)) != std::string::npos; start = end + 1)
        widths.push_back(text_width(table.substr(start, end - start)));
    CHECK(widths == std::vector<std::size_t>{14, 14, 14});
}

TEST_CASE("a measure whose effect is matched only approximately is named in the report", "[report]") {
    Results r = awkward_results();
    CHECK(run_report_html(r, "0.0.0", {Language::En, NumberLocale::En}).find("cannot follow exactly") == std::string::npos);
    PublishedEffect published;
    published.measured = "share in regular employment or vocational training";
    published.quantity_caveat = "training counted too";
    r.measures.front().spec.published = published;
    const std::string en = run_report_html(r, "0.0.0", {Language::En, NumberLocale::En});
    const std::string de = run_report_html(r, "0.0.0", {Language::De, NumberLocale::De});
    CHECK(en.find("the model cannot follow exactly") != std::string::npos);
    CHECK(de.find("die das Modell nicht genau abbilden kann") != std::string::npos);
    CHECK(de.find("cannot follow") == std::string::npos);
}
