#include "report/track_history_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace intsim {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A check that failed: the reason the folder is skipped.
struct Unreadable {
    std::string reason;
};

const json& member(const json& object, const char* key, const std::string& where) {
    if (!object.is_object() || !object.contains(key)) throw Unreadable{fmt::format("no \"{}\" in {}", key, where)};
    return object[key];
}

double number(const json& object, const char* key, const std::string& where, double low, double high) {
    const json& value = member(object, key, where);
    if (!value.is_number() || !(value.get<double>() >= low && value.get<double>() <= high))
        throw Unreadable{fmt::format("\"{}\" of {} is not a number in [{}, {}]", key, where, low, high)};
    return value.get<double>();
}

std::string text(const json& object, const char* key, const std::string& where) {
    const json& value = member(object, key, where);
    if (!value.is_string()) throw Unreadable{fmt::format("\"{}\" of {} is not a string", key, where)};
    return value.get<std::string>();
}

TrackHistoryEntry read_entry(const fs::path& file, const std::string& folder, const std::string& month,
                             const std::string& name, const std::string& sha256) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Unreadable{"no track.json in it"};
    std::stringstream buffer;
    buffer << in.rdbuf();
    const json doc = json::parse(buffer.str(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) throw Unreadable{"its track.json is not a JSON object"};
    const json& scenario = member(doc, "scenario", "track.json");
    if (text(scenario, "name", "scenario") != name)
        throw Unreadable{fmt::format("it tracks another scenario ({})", text(scenario, "name", "scenario"))};
    if (text(scenario, "sha256", "scenario") != sha256)
        throw Unreadable{"it tracks another version of the scenario (its SHA-256 differs): the plan changed since"};
    if (const std::string last = text(member(doc, "actuals", "track.json"), "last_month", "actuals"); last != month)
        throw Unreadable{fmt::format("its actuals end in {}, not in the folder's month", last)};
    TrackHistoryEntry e;
    e.month = month;
    e.folder = folder;
    e.replications = static_cast<std::uint64_t>(number(member(doc, "run", "track.json"), "replications", "run", 1, 1e12));
    const json& targets = member(doc, "targets", "track.json");
    if (!targets.is_object()) throw Unreadable{"\"targets\" is not an object"};
    for (const auto& [indicator, target] : targets.items()) {
        const std::string where = "target " + indicator;
        e.p_target_met[indicator] = number(target, "p_target_met", where, 0, 1);
        const json& year = member(target, "year", where);
        e.year[indicator] = {number(year, "mean", where + " year", -1e15, 1e15), number(year, "p05", where + " year", -1e15, 1e15),
                             number(year, "p95", where + " year", -1e15, 1e15)};
    }
    const json& all = member(doc, "p_all_targets_met", "track.json");
    if (!all.is_null()) e.p_all_targets_met = number(doc, "p_all_targets_met", "track.json", 0, 1);
    if (doc.contains("conditioning")) e.ess_share = number(doc["conditioning"], "ess_share", "conditioning", 0, 1);
    return e;
}

}  // namespace

std::string track_folder(const std::string& month) { return "track-" + month; }

TrackHistory read_track_history(const std::string& out_dir, const std::string& month, const std::string& scenario_name,
                                const std::string& scenario_sha256) {
    TrackHistory history;
    std::error_code error;
    if (!fs::is_directory(out_dir, error)) return history;
    static const std::regex pattern("track-([0-9]{4}-(0[1-9]|1[0-2]))");
    std::vector<std::pair<std::string, std::string>> folders;  // month, folder name
    for (const auto& entry : fs::directory_iterator(out_dir, error)) {
        const std::string folder = entry.path().filename().string();
        std::smatch match;
        if (!entry.is_directory(error) || !std::regex_match(folder, match, pattern)) continue;
        folders.emplace_back(match[1].str(), folder);
    }
    std::sort(folders.begin(), folders.end());
    for (const auto& [folder_month, folder] : folders) {
        if (folder_month == month) continue;  // this run's own, replaced by it
        if (folder_month > month) {
            history.skipped.push_back({folder, fmt::format("a later month than this run's {}", month)});
            continue;
        }
        try {
            history.months.push_back(
                read_entry(fs::path(out_dir) / folder / "track.json", folder, folder_month, scenario_name, scenario_sha256));
        } catch (const Unreadable& u) {
            history.skipped.push_back({folder, u.reason});
        } catch (const json::exception& e) {
            history.skipped.push_back({folder, std::string("its track.json does not read: ") + e.what()});
        }
    }
    return history;
}

}  // namespace intsim
