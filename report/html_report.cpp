#include "report/html_report.hpp"

#include <cmath>

#include <fmt/format.h>

#include "report/markup.hpp"

namespace intsim {

namespace {

// One style sheet for every report. Sizes suit a projector (16 px body, large key
// figures); the print rules give A4 pages with charts and table rows kept whole.
constexpr const char* kStyle = R"css(
:root { --ink: #1a202c; --muted: #4a5568; --line: #e2e8f0; --accent: #2b6cb0; --head: #edf2f7; }
* { box-sizing: border-box; }
html { background: #f7fafc; }
body { margin: 0; color: var(--ink); font-size: 16px; line-height: 1.45;
  font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 28px 36px 40px; background: #fff; }
h1 { font-size: 30px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 21px; margin: 34px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
.meta { color: var(--muted); font-size: 14px; margin: 0; }
.meta code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; word-break: break-all; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; margin-top: 22px; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--accent); border-radius: 6px; padding: 12px 16px; }
.card.good { border-left-color: #2f855a; } .card.fair { border-left-color: #d69e2e; } .card.poor { border-left-color: #c53030; }
.card .label { font-size: 14px; color: var(--muted); font-weight: 600; min-height: 2.9em; }
.card .value { font-size: 30px; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.card .detail { font-size: 13.5px; color: var(--muted); }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 28px 36px; }
figure { margin: 0; }
figcaption { font-weight: 650; font-size: 17px; }
figure svg { display: block; margin-top: 2px; }
.note { color: var(--muted); font-size: 13.5px; margin: 4px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 14.5px; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--head); text-align: left; font-weight: 650; border-bottom: 2px solid #cbd5e0; }
th.num { text-align: right; }
td.num { text-align: right; white-space: nowrap; }
td.num-wrap { text-align: right; }
td:first-child { min-width: 12em; }
td.nowrap { white-space: nowrap; }
.light { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 6px;
  vertical-align: -0.05em; }
.light.good { background: #38a169; } .light.fair { background: #ecc94b; } .light.poor { background: #e53e3e; }
td.poor { background: #fff5f5; } .flag { font-size: 12px; font-weight: 650; color: #822727; }
.muted { color: var(--muted); }
td.total { font-weight: 700; border-top: 2px solid #cbd5e0; }
td.better { color: #22543d; font-weight: 650; } td.worse { color: #822727; font-weight: 650; }
.table-wrap { overflow-x: auto; }
table.compact { font-size: 12.5px; } table.compact th, table.compact td { padding: 5px 4px; }
table.compact .pill { min-width: 0; padding: 0 5px; }
table.compact td:first-child { min-width: 0; }
figure.narrow { max-width: 640px; }
tbody tr:nth-child(even) { background: #fafbfc; }
td .code { display: block; color: var(--muted); font-size: 12px; font-family: "DejaVu Sans Mono", Menlo, monospace; overflow-wrap: anywhere; }
.pill { display: inline-block; min-width: 3.6em; padding: 0 8px; border-radius: 10px; font-weight: 650; text-align: center; }
.pill.good { background: #c6f6d5; color: #22543d; } .pill.fair { background: #fefcbf; color: #744210; }
.pill.poor { background: #fed7d7; color: #822727; }
.warning { border: 1px solid #f6ad55; border-left: 6px solid #dd6b20; background: #fffaf0; border-radius: 6px;
  padding: 10px 16px; margin-top: 18px; }
.warning ul { margin: 4px 0 0; padding-left: 20px; }
footer { margin-top: 32px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 10px; }
@media screen and (max-width: 900px) { .charts, .cards { grid-template-columns: 1fr; } main { padding: 16px; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html, main { background: #fff; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 16pt; break-after: avoid; }
  .cards { grid-template-columns: repeat(4, 1fr); gap: 8pt; margin-top: 10pt; }
  .card { padding: 6pt 8pt; } .card .value { font-size: 16pt; } .card .detail { font-size: 8pt; }
  .charts { grid-template-columns: 1fr 1fr; gap: 8pt 16pt; }
  .note { font-size: 8pt; }
  figure, .card, tr, svg { break-inside: avoid; }
  thead { display: table-header-group; }
  figcaption { font-size: 11pt; } .card .label { font-size: 8.5pt; }
  .table-wrap { overflow: visible; }
  /* A4 holds 186 mm: a wide table (a column per measure, per jobcenter figure) keeps to it
     with small type, and a head may break inside a word rather than run off the paper. */
  table, table.compact { font-size: 7pt; }
  th, td, table.compact th, table.compact td { padding: 2pt 2.5pt; } td .code { font-size: 6pt; }
  th { hyphens: auto; overflow-wrap: anywhere; }
  td:first-child { min-width: 0; } td.num { white-space: normal; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

std::string cell_html(const char* tag, const HtmlCell& cell) {
    if (cell.css_class.empty()) return fmt::format("<{0}>{1}</{0}>", tag, cell.html);
    return fmt::format("<{0} class=\"{1}\">{2}</{0}>", tag, cell.css_class, cell.html);
}

}  // namespace

HtmlCell text_cell(const std::string& text) { return {escape_markup(text), ""}; }

HtmlCell number_cell(const std::string& text) { return {escape_markup(text), "num"}; }

std::string html_table(const HtmlTable& table) {
    std::string out = "<div class=\"table-wrap\"><table id=\"" + escape_markup(table.id) + "\"" +
                      (table.css_class.empty() ? "" : " class=\"" + escape_markup(table.css_class) + "\"") +
                      "><thead><tr>";
    for (const auto& cell : table.header) out += cell_html("th", cell);
    out += "</tr></thead><tbody>\n";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (const auto& cell : row) out += cell_html("td", cell);
        out += "</tr>\n";
    }
    return out + "</tbody></table></div>\n";
}

std::string key_figure_html(const std::string& label, const std::string& value, const std::string& detail,
                            const std::string& status) {
    return "<div class=\"card" + (status.empty() ? "" : " " + status) + "\"><div class=\"label\">" +
           escape_markup(label) + "</div><div class=\"value\">" + escape_markup(value) + "</div><div class=\"detail\">" +
           escape_markup(detail) + "</div></div>\n";
}

std::string figure_html(const std::string& caption, const std::string& svg, const std::string& note,
                        const std::string& css_class) {
    return (css_class.empty() ? std::string("<figure>") : "<figure class=\"" + escape_markup(css_class) + "\">") +
           "<figcaption>" + escape_markup(caption) + "</figcaption>" + svg + "<p class=\"note\">" +
           escape_markup(note) + "</p></figure>\n";
}

std::string probability_status(double p, double good_from) {
    const double percent = std::round(p * 100), good = std::round(good_from * 100);
    return percent >= good ? "good" : percent <= 100 - good ? "poor" : "fair";
}

std::string probability_pill(double p, double good_from, const std::string& text) {
    return "<span class=\"pill " + probability_status(p, good_from) + "\">" + escape_markup(text) + "</span>";
}

std::string_view report_style_sheet() { return kStyle; }

std::string html_page(const std::string& title, const std::string& lang, const std::string& body_html) {
    return "<!DOCTYPE html>\n<html lang=\"" + escape_markup(lang) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           escape_markup(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n" + body_html +
           "</main>\n</body>\n</html>\n";
}

}  // namespace intsim
