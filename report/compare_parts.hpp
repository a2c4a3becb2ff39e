#pragma once
// Phrases the writers of a comparison share (report.html and the printed table).
#include <string>
#include <vector>

#include "decisions/compare/paired_comparison.hpp"
#include "report/svg_intervals.hpp"
#include "report/wording.hpp"

namespace intsim {

/// How many times narrower the paired interval is than an independent one ("79× narrower",
/// or "79×" in the short form); "identical" when the variant never differs.
std::string narrower_text(const PairedDifference& d, const Wording& say, bool short_form);

/// One period of a variant's comparison: the whole horizon (year == nullptr) or a calendar year.
struct ComparedPeriod {
    const CalendarYear* year = nullptr;
    const PeriodDifferences* differences = nullptr;
    bool horizon() const { return year == nullptr; }
};

/// The periods a report shows, the one it leads with first: the whole horizon when it
/// spans several calendar years, then every calendar year.
std::vector<ComparedPeriod> compared_periods(const Comparison& c, const VariantComparison& variant);

/// The period's name: "2025\u20132027 (whole horizon)", "2025".
std::string period_label(const Comparison& c, const ComparedPeriod& period, const Wording& say, bool long_form = true);

/// Whether a period shows an indicator (percent figures are yearly, not for the horizon).
bool period_shows(const ComparedPeriod& period, const std::string& indicator);

/// The difference of one indicator in a period (nullptr when there is none).
const PairedDifference* period_difference(const ComparedPeriod& period, const std::string& indicator);

/// Extra spend per extra integration with its interval, or why there is none, for a table cell.
std::string cost_text(const ExtraIntegrationCost& cost, const Wording& say);
/// The same as a sentence that names the extra spend and the extra integrations.
std::string cost_sentence(const ExtraIntegrationCost& cost, const Wording& say);

/// Better or worse when the whole 95 % interval lies on one side of 0, else neutral.
IntervalTone difference_tone(const PairedDifference& d);

/// "+0.19 (+0.02 .. +0.35)" with as many digits as the interval needs.
std::string difference_with_interval(const PairedDifference& d, const Wording& say);

/// "+12 (90 % interval +8 .. +16)": the workbench's difference, its level named.
std::string difference_with_interval90(const PairedDifference& d, const Wording& say);

}  // namespace intsim
