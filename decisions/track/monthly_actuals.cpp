#include "decisions/track/monthly_actuals.hpp"

#include <algorithm>

namespace intsim {

const std::vector<std::string>& monthly_actual_columns() {
    static const std::vector<std::string> columns = {
        "month", "elb", "ltr", "integrations", "integrations_women", "integrations_single_parents",
        "integrations_ltr"};
    return columns;
}

const std::vector<std::string>& key_figure_columns() {
    // RollingFigure order, then the rate.
    static const std::vector<std::string> columns = {"integrations_12m", "integrations_women_12m",
                                                     "integrations_single_parents_12m", "integrations_ltr_12m",
                                                     "elb_avg_12m", "k2"};
    return columns;
}

const std::string& actual_field_name(ActualField field) {
    return monthly_actual_columns()[1 + static_cast<std::size_t>(field)];
}

bool MonthlyActual::any() const {
    return std::any_of(figures.begin(), figures.end(), [](const auto& f) { return f.has_value(); });
}

}  // namespace intsim
