#include "cli/batch_list.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "engine/input_error.hpp"

namespace intsim {

namespace fs = std::filesystem;

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::vector<std::string> json_files_in(const std::string& directory) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(directory, ec))
        if (entry.path().extension() == ".json" && !entry.is_directory()) files.push_back(entry.path().string());
    if (ec) throw InputError(directory, "", "cannot read the directory: " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw InputError(directory, "", "expected a directory with scenario files (*.json), found none");
    return files;
}

std::vector<std::string> files_listed_in(const std::string& list) {
    std::ifstream in(list);
    if (!in) throw InputError(list, "", "cannot read the list of scenarios");
    const fs::path base = fs::path(list).parent_path();
    std::vector<std::string> files;
    std::string line;
    while (std::getline(in, line)) {
        const std::string path = trimmed(line);
        if (path.empty() || path[0] == '#') continue;
        files.push_back(fs::path(path).is_absolute() ? path : (base / path).lexically_normal().string());
    }
    if (files.empty()) throw InputError(list, "", "expected one scenario file per line, found none");
    return files;
}

}  // namespace

std::vector<std::string> list_batch_scenarios(const std::string& dir_or_list) {
    std::error_code ec;
    if (fs::is_directory(dir_or_list, ec)) return json_files_in(dir_or_list);
    if (!fs::exists(dir_or_list, ec))
        throw InputError(dir_or_list, "", "no such directory or file (expected a directory of scenarios or a list)");
    if (fs::path(dir_or_list).extension() == ".json")
        throw InputError(dir_or_list, "", "expected a directory of scenarios or a text file listing them; "
                                          "for one scenario use `intsim run`");
    return files_listed_in(dir_or_list);
}

std::string batch_name(const std::string& dir_or_list) {
    fs::path path = fs::path(dir_or_list).lexically_normal();
    if (path.filename().empty()) path = path.parent_path();  // "scenarios/hesse-26/"
    const std::string stem = path.stem().string();
    return stem.empty() || stem == "." || stem == ".." ? "batch" : stem;
}

}  // namespace intsim
