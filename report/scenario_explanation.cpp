#include "report/scenario_explanation.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace intsim {

namespace {

struct Line {
    std::vector<std::string> tokens;  ///< the pointer split at '/', for ordering
    std::string pointer;
    std::string value;
    std::string origin;
};

std::vector<std::string> tokens_of(const std::string& pointer) {
    std::vector<std::string> out;
    std::size_t start = 1;
    while (start <= pointer.size()) {
        const auto slash = pointer.find('/', start);
        out.push_back(pointer.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return out;
}

void collect(const nlohmann::json& value, const std::string& pointer, const Provenance& provenance,
             std::vector<Line>& lines) {
    if (value.is_object() && !value.empty()) {
        for (const auto& item : value.items())
            collect(item.value(), pointer + "/" + escape_pointer_token(item.key()), provenance, lines);
        return;
    }
    const auto& writers = provenance.writers_of(pointer);
    std::string origin = writers.empty() ? "?" : provenance.layers[writers.back()].label();
    lines.push_back({tokens_of(pointer), pointer, value.dump(), std::move(origin)});
}

}  // namespace

std::string explain_scenario(const nlohmann::json& resolved, const Provenance& provenance,
                             const DefaultLog& defaults) {
    std::vector<Line> lines;
    collect(resolved, "", provenance, lines);
    for (const UsedDefault& d : defaults)
        lines.push_back({tokens_of(d.pointer), d.pointer, d.value.dump(), d.why.empty() ? "default" : "default, " + d.why});
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.tokens < b.tokens; });
    std::string out = "where each value comes from (file, extends ancestor, --set, or default):\n";
    for (const Line& line : lines) out += fmt::format("  {} = {}  <- {}\n", line.pointer, line.value, line.origin);
    return out;
}

}  // namespace intsim
