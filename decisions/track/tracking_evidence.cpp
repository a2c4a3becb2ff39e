#include "decisions/track/tracking_evidence.hpp"

#include <cmath>

#include <fmt/format.h>

namespace intsim {

namespace {

// Observed counts are whole numbers, as are simulated ones; a floor of one rounding
// (1/12 of a count squared) keeps the covariance invertible when a figure has no chance.
constexpr double kRoundingVariance = 1.0 / 12.0;

MonthlyField tally_field(ActualField f) {
    return f == ActualField::Elb ? MonthlyField::Elb : f == ActualField::Ltr ? MonthlyField::Ltr : MonthlyField::Integrations;
}

const char* kind_name(SummaryKind kind) {
    switch (kind) {
        case SummaryKind::Sum: return "sum";
        case SummaryKind::Last: return "latest";
        case SummaryKind::Mean: return "average";
    }
    return "sum";
}

std::string months_text(const std::vector<MonthlyActual>& actuals, const std::vector<std::size_t>& months) {
    const std::string first = actuals[months.front()].month.text();
    return months.size() == 1 ? first : first + " to " + actuals[months.back()].month.text() +
                                            (months.back() - months.front() + 1 == months.size()
                                                 ? ""
                                                 : fmt::format(", {} months", months.size()));
}

void add(Evidence& e, const std::vector<MonthlyActual>& actuals, ActualField field, SummaryKind kind,
         std::vector<std::size_t> months) {
    if (months.empty()) return;
    const auto f = static_cast<std::size_t>(field);
    double figure = 0, variance = 0;
    for (const std::size_t m : months) {
        figure += *actuals[m].figures[f];
        variance += actuals[m].approximation_variance[f];
    }
    if (kind == SummaryKind::Mean) {
        const auto count = static_cast<double>(months.size());
        figure /= count;
        variance /= count * count;
    }
    EvidenceSummary s;
    s.name = fmt::format("{} {} ({})", actual_field_name(field), months_text(actuals, months), kind_name(kind));
    s.field = field;
    s.kind = kind;
    s.months = std::move(months);
    e.summaries.push_back(std::move(s));
    e.observed_figures.push_back(figure);
    e.observed.push_back(std::log1p(figure));
    // Var log(1 + x) ~ Var x / (1 + x)^2.
    e.observation_variance.push_back((variance + kRoundingVariance) / ((1.0 + figure) * (1.0 + figure)));
}

std::vector<std::size_t> months_with(const std::vector<MonthlyActual>& actuals, ActualField field) {
    std::vector<std::size_t> months;
    for (std::size_t m = 0; m < actuals.size(); ++m)
        if (actuals[m][field]) months.push_back(m);
    return months;
}

}  // namespace

Evidence evidence_of(const std::vector<MonthlyActual>& actuals) {
    Evidence e;
    add(e, actuals, ActualField::Integrations, SummaryKind::Sum, months_with(actuals, ActualField::Integrations));
    std::vector<std::size_t> before[2];
    const ActualField stocks[2] = {ActualField::Elb, ActualField::Ltr};
    for (int i = 0; i < 2; ++i) {
        std::vector<std::size_t> months = months_with(actuals, stocks[i]);
        if (months.empty()) continue;
        add(e, actuals, stocks[i], SummaryKind::Last, {months.back()});
        months.pop_back();
        before[i] = std::move(months);
    }
    for (int i = 0; i < 2; ++i) add(e, actuals, stocks[i], SummaryKind::Mean, std::move(before[i]));
    return e;
}

std::vector<double> summaries_of(const Evidence& evidence, const TallyLayout& layout, std::span<const double> tally) {
    std::vector<double> out;
    out.reserve(evidence.summaries.size());
    for (const EvidenceSummary& s : evidence.summaries) {
        double figure = 0;
        for (const std::size_t m : s.months) figure += tally[layout.monthly(tally_field(s.field), m)];
        if (s.kind == SummaryKind::Mean) figure /= static_cast<double>(s.months.size());
        out.push_back(std::log1p(figure));
    }
    return out;
}

double summary_figure(double summary) { return std::expm1(summary); }

}  // namespace intsim
