// libFuzzer target: raw bytes as a scenario file's text -> parse -> parse_scenario ->
// build_model (-> one replication of small models). No files are touched.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/document.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    nlohmann::json document;
    try {
        document = intsim::parse_json_text(text, "fuzz.json");
    } catch (const intsim::InputError&) {
        return 0;
    }
    intsim::fuzz::check_scenario(document, "fuzz.json");
    return 0;
}
