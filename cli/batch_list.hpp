#pragma once
// Which scenario files a batch runs: the *.json files of a directory, or the paths
// listed in a text file.
#include <string>
#include <vector>

namespace intsim {

/// The scenario files named by `dir_or_list`: for a directory its *.json files (not
/// recursive) sorted by name; for a text file one path per line, relative to the list's
/// directory unless absolute (blank lines and lines starting with '#' are skipped).
/// Listed files are not opened here: a missing one fails as its own scenario.
/// @throws InputError when the directory or list cannot be read or names no scenario
std::vector<std::string> list_batch_scenarios(const std::string& dir_or_list);

/// The batch's name: the directory's or list's file name without extension.
std::string batch_name(const std::string& dir_or_list);

}  // namespace intsim
