#include "report/run_outputs.hpp"

#include "report/results_csv.hpp"
#include "report/results_json.hpp"
#include "report/run_report.hpp"

namespace intsim {

void stage_run_outputs(OutputSet& outputs, const Results& results, const std::string& version,
                       const ReportOptions& options) {
    if (options.json) outputs.add("results.json", results_to_json(results, version).dump(1) + "\n");
    if (options.csv) {
        outputs.add("indicators.csv", to_csv(indicators_table(results), options.csv_dialect));
        outputs.add("years.csv", to_csv(years_table(results), options.csv_dialect));
        outputs.add("monthly.csv", to_csv(monthly_table(results), options.csv_dialect));
        outputs.add("measures.csv", to_csv(measures_table(results), options.csv_dialect));
    }
    if (options.html) outputs.add("report.html", run_report_html(results, version, options.wording(), options.input_warnings));
    outputs.retire({"results.json", "indicators.csv", "years.csv", "monthly.csv", "measures.csv", "report.html"});
}

}  // namespace intsim
