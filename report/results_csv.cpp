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
};

using MeasureQuantity = std::pair<const char*, Quantiles MeasureResult::*>;
constexpr MeasureQuantity kMeasureQuantities[] = {
    {"entries", &MeasureResult::entries},
    {"women_share_entries", &MeasureResult::women_share_entries},
    {"occupancy_avg", &MeasureResult::occupancy_avg},
    {"spend", &MeasureResult::spend},
    {"integrations_after", &MeasureResult::integrations_after},
};

}  // namespace

CsvOutputTable indicators_table(const Results& r) {
    CsvOutputTable table;
    table.header = {"indicator", "mean", "sd", "mc_se", "p05", "p25", "p50", "p75", "p95", "min", "max",
                    "target", "direction", "p_target_met", "offer_p80", "offer_p90"};
    for (const auto& i : r.indicators) {
        const Summary& s = i.summary;
        table.rows.push_back({i.name, number(s.mean), number(s.sd), number(s.mc_se), number(s.p05),
                              number(s.p25), number(s.p50), number(s.p75), number(s.p95), number(s.min),
                              number(s.max), optional_number(i.target),
                              std::string(direction_name(i.direction)),
                              optional_number(i.p_target_met), optional_number(i.offer_p80), optional_number(i.offer_p90)});
    }
    return table;
}

CsvOutputTable monthly_table(const Results& r) {
    CsvOutputTable table;
    table.header = {"month"};
    for (const auto& [name, member] : kMonthlyQuantities) append_quantile_header(table.header, name);
    for (const auto& m : r.monthly) {
        std::vector<CsvOutputCell> row{m.month};
        for (const auto& [name, member] : kMonthlyQuantities) append_quantiles(row, m.*member);
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
