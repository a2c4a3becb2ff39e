#pragma once
// The columns of every table intsim reads or writes as CSV, by key, with the German name
// a controller's spreadsheet uses: one list, so that the German header intsim writes is
// the one it reads (the readers accept the key or this name, engine/csv_values.hpp) and a
// translation is checked where it is written. report/csv_writer.cpp builds the headers of
// its composite columns ("elb_p05", "integrations_ci95_low") from these words.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csv_values.hpp"

namespace intsim {

/// Every column key with its German name; keys and German names are unique.
const std::vector<CsvColumnName>& column_glossary();

/// The entries of `keys`, in that order. @throw std::out_of_range for a key not in the glossary
std::vector<CsvColumnName> column_names(const std::vector<std::string>& keys);

/// The German name of a column key, or empty.
std::optional<std::string_view> german_column(std::string_view key);

}  // namespace intsim
