#pragma once
// Phrases the writers of a comparison share (report.html and the printed table).
#include <string>

#include "decisions/compare/paired_comparison.hpp"
#include "report/svg_intervals.hpp"
#include "report/wording.hpp"

namespace intsim {

/// How many times narrower the paired interval is than an independent one ("79× narrower",
/// or "79×" in the short form); "identical" when the variant never differs.
std::string narrower_text(const PairedDifference& d, const Wording& say, bool short_form);

/// EGT per extra integration, or why there is none ("fewer integrations", ...).
std::string cost_text(const VariantComparison& variant, const Wording& say);

/// Better or worse when the whole 95 % interval lies on one side of 0, else neutral.
IntervalTone difference_tone(const PairedDifference& d);

/// "+0.19 (+0.02 .. +0.35)" with as many digits as the interval needs.
std::string difference_with_interval(const PairedDifference& d, const Wording& say);

}  // namespace intsim
