#include "json_reader.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace intsim {

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string nearest_key(const std::string& key, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    for (const auto& candidate : candidates) {
        const std::size_t d = edit_distance(key, candidate);
        // A suggestion that changes more than half of the longer word helps nobody.
        if (d > std::max<std::size_t>(2, std::max(key.size(), candidate.size()) / 2)) continue;
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

std::string escape_pointer_token(const std::string& token) {
    std::string out;
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

bool is_documentation_key(const std::string& key) {
    return key == "source" || key == "assumption" || key == "note" || key == "comment";
}

std::string json_type_words(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::object: return "an object";
        case nlohmann::json::value_t::array: return "an array";
        case nlohmann::json::value_t::string: return "a string";
        case nlohmann::json::value_t::boolean: return "a boolean";
        default: return fmt::format("the number {}", value.dump());
    }
}

JsonReader::JsonReader(const nlohmann::json& node, std::string file, std::string pointer, DefaultLog* defaults)
    : node_(node), file_(std::move(file)), pointer_(std::move(pointer)), defaults_(defaults) {
    if (!node_.is_object())
        throw InputError(file_, pointer_.empty() ? "/" : pointer_,
                         "expected an object, found " + json_type_words(node_));
}

std::string JsonReader::child_pointer(const std::string& key) const {
    return pointer_ + "/" + escape_pointer_token(key);
}

bool JsonReader::has(const std::string& key) const { return node_.contains(key); }

void JsonReader::allow(std::initializer_list<const char*> keys) {
    for (const char* key : keys) seen_.insert(key);
}

std::vector<std::string> JsonReader::keys() const {
    std::vector<std::string> out;
    for (const auto& item : node_.items()) out.push_back(item.key());
    return out;
}

void JsonReader::fail(const std::string& key, const std::string& expected) const {
    throw InputError(file_, child_pointer(key), expected);
}

void JsonReader::fail_here(const std::string& expected) const {
    throw InputError(file_, pointer_.empty() ? "/" : pointer_, expected);
}

const nlohmann::json& JsonReader::get(const std::string& key) {
    seen_.insert(key);
    const auto it = node_.find(key);
    if (it == node_.end()) fail(key, "missing required key \"" + key + "\"");
    return *it;
}

const nlohmann::json& JsonReader::raw(const std::string& key) { return get(key); }

void JsonReader::note_default(const std::string& key, nlohmann::json value) {
    seen_.insert(key);
    if (defaults_) defaults_->push_back({child_pointer(key), std::move(value), ""});
}

double JsonReader::number(const std::string& key, double min, double max) {
    const auto& value = get(key);
    if (!value.is_number())
        fail(key, "expected a number, found " + json_type_words(value));
    const double x = value.get<double>();
    if (!std::isfinite(x)) fail(key, "expected a finite number");
    if (x < min || x > max) {
        if (max == std::numeric_limits<double>::max())
            fail(key, fmt::format("expected a number >= {}, found {}", min, value.dump()));
        fail(key, fmt::format("expected a number in [{}, {}], found {}", min, max, value.dump()));
    }
    return x;
}

double JsonReader::number_or(const std::string& key, double fallback, double min, double max) {
    if (!has(key)) {
        note_default(key, fallback);
        return fallback;
    }
    return number(key, min, max);
}

std::int64_t JsonReader::integer(const std::string& key, std::int64_t min, std::int64_t max) {
    const auto& value = get(key);
    const bool whole = value.is_number_integer() ||
                       (value.is_number_float() && std::isfinite(value.get<double>()) &&
                        std::floor(value.get<double>()) == value.get<double>() &&
                        std::fabs(value.get<double>()) < 9.0e15);
    if (!whole) {
        // 1e30 is whole but beyond what a double holds exactly: say what range is meant.
        if (value.is_number_float() && std::isfinite(value.get<double>()) &&
            std::floor(value.get<double>()) == value.get<double>())
            fail(key, fmt::format("expected a whole number in [{}, {}], found {}", min, max,
                                  value.dump()));
        fail(key, "expected a whole number, found " + json_type_words(value));
    }
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        fail(key, fmt::format("expected a whole number in [{}, {}], found {}", min, max,
                              value.dump()));
    const std::int64_t x = value.is_number_float()
                               ? static_cast<std::int64_t>(value.get<double>())
                               : value.get<std::int64_t>();
    if (x < min || x > max)
        fail(key, fmt::format("expected a whole number in [{}, {}], found {}", min, max,
                              value.dump()));
    return x;
}

std::int64_t JsonReader::integer_or(const std::string& key, std::int64_t fallback,
                                    std::int64_t min, std::int64_t max) {
    if (!has(key)) {
        note_default(key, fallback);
        return fallback;
    }
    return integer(key, min, max);
}

bool JsonReader::boolean_or(const std::string& key, bool fallback) {
    if (!has(key)) {
        note_default(key, fallback);
        return fallback;
    }
    const auto& value = get(key);
    if (!value.is_boolean()) fail(key, "expected true or false, found " + json_type_words(value));
    return value.get<bool>();
}

std::string JsonReader::string(const std::string& key) {
    const auto& value = get(key);
    if (!value.is_string()) fail(key, "expected a string, found " + json_type_words(value));
    return value.get<std::string>();
}

std::string JsonReader::string_or(const std::string& key, const std::string& fallback) {
    if (!has(key)) {
        note_default(key, fallback);
        return fallback;
    }
    return string(key);
}

std::string JsonReader::choice_or(const std::string& key, const std::string& fallback,
                                  const std::vector<std::string>& choices) {
    const std::string value = string_or(key, fallback);
    if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
        std::string list;
        for (const auto& c : choices) list += (list.empty() ? "\"" : ", \"") + c + "\"";
        const std::string near = nearest_key(value, choices);
        fail(key, fmt::format("expected one of {}, found \"{}\"{}", list, value,
                              near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
    }
    return value;
}

std::vector<double> JsonReader::numbers(const std::string& key, std::size_t size, double min,
                                        double max) {
    const auto& value = get(key);
    if (!value.is_array())
        fail(key, "expected an array of numbers, found " + json_type_words(value));
    if (size != 0 && value.size() != size)
        fail(key, fmt::format("expected {} numbers, found {}", size, value.size()));
    if (value.empty()) fail(key, "expected a non-empty array of numbers");
    std::vector<double> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto& element = value[i];
        const std::string where = child_pointer(key) + "/" + std::to_string(i);
        if (!element.is_number() || !std::isfinite(element.get<double>()))
            throw InputError(file_, where, "expected a finite number, found " +
                                               json_type_words(element));
        const double x = element.get<double>();
        if (x < min || x > max)
            throw InputError(file_, where,
                             fmt::format("expected a number in [{}, {}], found {}", min,
                                         max == std::numeric_limits<double>::max() ? INFINITY : max,
                                         element.dump()));
        out.push_back(x);
    }
    return out;
}

std::vector<std::string> JsonReader::strings(const std::string& key) {
    const auto& value = get(key);
    if (value.is_string()) return {value.get<std::string>()};
    if (!value.is_array())
        fail(key, "expected a string or an array of strings, found " + json_type_words(value));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            throw InputError(file_, child_pointer(key) + "/" + std::to_string(i),
                             "expected a string, found " + json_type_words(value[i]));
        out.push_back(value[i].get<std::string>());
    }
    return out;
}

JsonReader JsonReader::object(const std::string& key) {
    const auto& value = get(key);
    if (!value.is_object()) fail(key, "expected an object, found " + json_type_words(value));
    return JsonReader(value, file_, child_pointer(key), defaults_);
}

JsonReader JsonReader::object_or_empty(const std::string& key) {
    static const nlohmann::json empty = nlohmann::json::object();
    if (has(key)) return object(key);
    seen_.insert(key);
    return JsonReader(empty, file_, child_pointer(key), defaults_);
}

std::optional<JsonReader> JsonReader::optional_object(const std::string& key) {
    if (!has(key)) {
        seen_.insert(key);
        return std::nullopt;
    }
    return object(key);
}

std::vector<JsonReader> JsonReader::objects(const std::string& key) {
    const auto& value = get(key);
    if (!value.is_array())
        fail(key, "expected an array of objects, found " + json_type_words(value));
    std::vector<JsonReader> out;
    for (std::size_t i = 0; i < value.size(); ++i)
        out.emplace_back(value[i], file_, child_pointer(key) + "/" + std::to_string(i), defaults_);
    return out;
}

void JsonReader::finish() const {
    std::vector<std::string> known(seen_.begin(), seen_.end());
    for (const auto& item : node_.items()) {
        if (seen_.count(item.key())) continue;
        if (is_documentation_key(item.key())) {
            if (!item.value().is_string() && !item.value().is_array())
                throw InputError(file_, child_pointer(item.key()),
                                 "expected a string (a citation or a note), found " +
                                     json_type_words(item.value()));
            continue;
        }
        const std::string near = nearest_key(item.key(), known);
        throw InputError(file_, child_pointer(item.key()),
                         fmt::format("unknown key \"{}\"{}", item.key(),
                                     near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
    }
}

}  // namespace intsim
