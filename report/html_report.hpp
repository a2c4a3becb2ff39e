#pragma once
// Building blocks of intsim's HTML reports: one self-contained page (styles inline, no
// scripts, fonts or images from elsewhere) that reads on a screen, on a projector and on
// A4 paper, with tables and key-figure cards. Charts come from svg_chart / svg_bar.
#include <string>
#include <string_view>
#include <vector>

namespace intsim {

/// A table cell: markup (escape text with escape_markup) and an optional CSS class
/// ("num" right-aligns figures).
struct HtmlCell {
    std::string html;
    std::string css_class;
};

HtmlCell text_cell(const std::string& text);    ///< escaped text, left-aligned
HtmlCell number_cell(const std::string& text);  ///< escaped text, right-aligned figure

struct HtmlTable {
    std::string id;
    std::string css_class;  ///< "compact" for wide tables (smaller type, less padding)
    std::vector<HtmlCell> header;  ///< the header cells' classes align them like their columns
    std::vector<std::vector<HtmlCell>> rows;
};

std::string html_table(const HtmlTable& table);

/// A key figure: a label, a big value and a line of detail (all plain text), with an
/// optional status ("good", "fair", "poor") that colours its edge.
std::string key_figure_html(const std::string& label, const std::string& value, const std::string& detail,
                            const std::string& status = "");

/// A chart with a caption and a note under it; css_class "narrow" keeps a chart drawn for
/// half the page from growing to its full width.
std::string figure_html(const std::string& caption, const std::string& svg, const std::string& note,
                        const std::string& css_class = "");

/// The one colour rule for a probability of meeting a target, in every report: "good"
/// (green) when p reaches `good_from` (the offer's probability, 80 % by default), "poor"
/// (red) up to 1 - good_from (the target is then missed with at least that probability),
/// "fair" (amber) between, where it could go either way: 47 % and 50 % look alike. p is
/// compared as shown, rounded to whole percent, so that two cells showing "20 %" agree.
std::string probability_status(double p, double good_from);

/// A probability as a pill coloured by probability_status.
std::string probability_pill(double p, double good_from, const std::string& text);

/// The reports' style sheet, which html_page inlines (the workbench serves it as a file).
std::string_view report_style_sheet();

/// The whole document: <!DOCTYPE html>, the shared style sheet and `body_html` in <main>.
std::string html_page(const std::string& title, const std::string& lang, const std::string& body_html);

}  // namespace intsim
