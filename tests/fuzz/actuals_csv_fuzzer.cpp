// libFuzzer target: the bytes are a monthly actuals table for `intsim track` -> parse_csv
// (both dialects, quotes, comments, BOM) -> monthly_actuals_from_table against a fixed
// plan (the bad-input corpus base, tests/bad/base.json: 12 months from 2022-01).
#include <cstddef>
#include <cstdint>
#include <string>

#include "decisions/track/actuals_table.hpp"
#include "engine/csv_reader.hpp"
#include "engine/csv_values.hpp"
#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "decisions/track/monthly_actuals.hpp"
#include "model/scenario.hpp"

#ifndef INTSIM_SOURCE_DIR
#error "INTSIM_SOURCE_DIR must name the source tree (for tests/bad/base.json)"
#endif

namespace {

const intsim::Scenario& plan() {
    static const intsim::Scenario scenario = [] {
        const std::string file = std::string(INTSIM_SOURCE_DIR) + "/tests/bad/base.json";
        return intsim::parse_scenario(intsim::load_document(file).json, file);
    }();
    return scenario;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const intsim::CsvTable table = intsim::parse_csv(text, "fuzz.csv");
        (void)intsim::monthly_actuals_from_table(table, "fuzz.csv", plan());
    } catch (const intsim::InputError&) {
        // a clean refusal
    }
    return 0;
}
