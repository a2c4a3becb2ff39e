// libFuzzer target: the bytes are a variant file that extends a fixed valid parent (the
// bad-input corpus base, tests/bad/base.json). The variant is written to a scratch
// directory as variants/child.json beside ../base.json, so that load_document() resolves
// `extends` for real and the merge patch, --set-free, goes through the same code as a
// user's file. A second file there, loop.json, extends variants/child.json, so that the
// fuzzer can find cycles. `extends` paths that leave the scratch directory are skipped:
// /dev/stdin or a FIFO would only test the operating system.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/document.hpp"
#include "fuzz_support.hpp"

#ifndef INTSIM_SOURCE_DIR
#error "INTSIM_SOURCE_DIR must name the source tree (for tests/bad/base.json)"
#endif

namespace {

namespace fs = std::filesystem;

const fs::path& scratch_directory() {
    static const fs::path directory = [] {
        std::string pattern = (fs::temp_directory_path() / "intsim-fuzz-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) std::abort();
        const fs::path dir(pattern);
        fs::create_directories(dir / "variants");
        fs::copy_file(fs::path(INTSIM_SOURCE_DIR) / "tests" / "bad" / "base.json", dir / "base.json");
        std::ofstream(dir / "loop.json") << R"({"extends": "variants/child.json"})";
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(scratch_directory(), ec);
        });
        return dir;
    }();
    return directory;
}

bool stays_inside(const std::string& text) {
    const nlohmann::json probe = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!probe.is_object() || !probe.contains("extends") || !probe["extends"].is_string()) return true;
    const std::string parent = probe["extends"].get<std::string>();
    return parent.empty() || (parent.front() != '/' && parent.find("..") == std::string::npos) ||
           parent == "../base.json" || parent == "../loop.json";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (!stays_inside(text)) return 0;
    const fs::path child = scratch_directory() / "variants" / "child.json";
    {
        std::ofstream out(child, std::ios::binary | std::ios::trunc);
        out << text;
    }
    intsim::ResolvedDocument document;
    try {
        document = intsim::load_document(child.string());
    } catch (const intsim::InputError&) {
        return 0;
    }
    // The resolved document must hash (every run computes its sha256).
    (void)intsim::sha256_hex(intsim::canonical_dump(document.json));
    intsim::fuzz::check_scenario(document.json, child.string());
    return 0;
}
