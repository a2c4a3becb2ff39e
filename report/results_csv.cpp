#include "report/results_csv.hpp"

#include <optional>
#include <utility>

#include "report/results_json.hpp"

namespace intsim {

namespace {

constexpr const char* kQuantileKeys[] = {"mean", "p05", "p25", "p50", "p75", "p95"};

// round_figure: the CSV holds exactly the numbers results.json holds.
CsvOutputCell number(double x) { return round_figure(x); }

CsvOutputCell optional_number(const std::optional<double>& x) {
    return x ? number(*x) : CsvOutputCell{};
}

void append_quantile_header(std::vector<std::string>& header, const std::string& quantity) {
    for (const char* key : kQuantileKeys) header.push_back(quantity + "_" + key);
}

void append_quantiles(std::vector<CsvOutputCell>& row, const Quantiles& q) {
    for (double x : {q.mean, q.p05, q.p25, q.p50, q.p75, q.p95}) row.push_back(number(x));
}

using MonthlyQuantity = std::pair<const char*, Quantiles MonthlyResult::*>;
constexpr MonthlyQuantity kMonthlyQuantities[] = {
    {"elb", &MonthlyResult::elb},
    {"ltr", &MonthlyResult::ltr},
    {"integrations", &MonthlyResult::integrations},
    {"integrations_cum", &MonthlyResult::integrations_cum},
    {"inflow", &MonthlyResult::inflow},
    {"spend_cum", &MonthlyResult::spend_cum},
    {"women", &MonthlyResult::women},
    {"single_parents", &MonthlyResult::single_parents},
    {"exits", &MonthlyResult::exits},
    {"k2_rate_12m", &MonthlyResult::k2_rate_12m},
};

using MeasureQuantity = std::pair<const char*, Quantiles MeasureResult::*>;
constexpr MeasureQuantity kMeasureQuantities[] = {
    {"entries", &MeasureResult::entries},
    {"women_share_entries", &MeasureResult::women_share_entries},
    {"occupancy_avg", &MeasureResult::occupancy_avg},
    {"spend", &MeasureResult::spend},
    {"integrations_after", &MeasureResult::integrations_after},
};

const std::vector<std::string> kIndicatorHeader = {"indicator", "mean", "sd", "mc_se", "p05", "p25", "p50", "p75",
                                                   "p95", "min", "max", "target", "direction", "p_target_met",
                                                   "offer_p80", "offer_p90"};

std::vector<CsvOutputCell> indicator_row(const IndicatorResult& i) {
    const Summary& s = i.summary;
    return {i.name, number(s.mean), number(s.sd), number(s.mc_se), number(s.p05),
            number(s.p25), number(s.p50), number(s.p75), number(s.p95), number(s.min),
            number(s.max), optional_number(i.target), std::string(direction_name(i.direction)),
            optional_number(i.p_target_met), optional_number(i.offer_p80), optional_number(i.offer_p90)};
}

}  // namespace

CsvOutputTable indicators_table(const Results& r) {
    CsvOutputTable table;
    table.header = kIndicatorHeader;
    for (const auto& i : r.indicators) table.rows.push_back(indicator_row(i));
    return table;
}

CsvOutputTable years_table(const Results& r) {
    CsvOutputTable table;
    table.header = {"year", "partial", "first_month", "last_month"};
    table.header.insert(table.header.end(), kIndicatorHeader.begin(), kIndicatorHeader.end());
    for (const char* key : {"year_p_all_targets_met", "year_operative_egt", "year_operative_egt_carried_forward",
                            "year_p_over_budget"})
        table.header.push_back(key);
    for (const auto& y : r.years) {
        const std::vector<CsvOutputCell> year{number(y.year), CsvFlag{y.partial},
                                              y.months.front(), y.months.back()};
        std::vector<CsvOutputCell> budget;
        budget.push_back(optional_number(y.p_all_targets_met));
        if (y.budget.present) {
            budget.push_back(number(y.budget.operative_egt));
            budget.push_back(CsvFlag{y.egt_carried_forward});
            budget.push_back(number(y.budget.p_over_budget));
        } else {
            budget.resize(4);
        }
        for (const auto& i : y.indicators) {
            std::vector<CsvOutputCell> row = year;
            const auto cells = indicator_row(i);
            row.insert(row.end(), cells.begin(), cells.end());
            row.insert(row.end(), budget.begin(), budget.end());
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

CsvOutputTable monthly_table(const Results& r) {
    CsvOutputTable table;
    table.header = {"month"};
    for (const auto& [name, member] : kMonthlyQuantities) append_quantile_header(table.header, name);
    table.header.push_back("k2_rate_12m_basis");
    for (const auto& m : r.monthly) {
        std::vector<CsvOutputCell> row{m.month};
        for (const auto& [name, member] : kMonthlyQuantities) append_quantiles(row, m.*member);
        row.push_back(m.k2_rate_12m_basis);
        table.rows.push_back(std::move(row));
    }
    return table;
}

CsvOutputTable measures_table(const Results& r) {
    CsvOutputTable table;
    table.header = {"id", "name", "funded_by", "capacity_kind", "capacity"};
    for (const auto& [name, member] : kMeasureQuantities) append_quantile_header(table.header, name);
    for (const auto& m : r.measures) {
        std::vector<CsvOutputCell> row{m.id, m.name, std::string(m.egt_funded ? "egt" : "third_party"),
                                 m.capacity_kind, number(m.capacity)};
        for (const auto& [name, member] : kMeasureQuantities) append_quantiles(row, m.*member);
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace intsim
