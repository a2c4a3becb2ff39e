#pragma once
// Typed, validating access to one JSON object of an input document. Every accessor
// knows the file and the JSON pointer of what it reads, so that a bad value is
// reported as "file: /measures/az/capacity/slots: expected ...". Keys that were never
// read are unknown keys: finish() rejects them and names the nearest valid key.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "input_error.hpp"

namespace intsim {

/// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(const std::string& a, const std::string& b);

/// The candidate closest to `key`, or "" when none is reasonably close.
std::string nearest_key(const std::string& key, const std::vector<std::string>& candidates);

/// "a/b" -> "a~1b": escape one JSON-pointer reference token (RFC 6901).
std::string escape_pointer_token(const std::string& token);

/// A value an accessor returned because the key was absent: the caller's default.
struct UsedDefault {
    std::string pointer;
    nlohmann::json value;
    std::string why;  ///< filled in by the caller where the default has a documented reason
};
using DefaultLog = std::vector<UsedDefault>;

class JsonReader {
public:
    /// @param defaults where the *_or accessors of this reader and of every reader it
    ///        hands out note the defaults they return (nullptr: nowhere)
    JsonReader(const nlohmann::json& node, std::string file, std::string pointer = "",
               DefaultLog* defaults = nullptr);

    const std::string& file() const { return file_; }
    const std::string& pointer() const { return pointer_; }
    const nlohmann::json& node() const { return node_; }
    std::string child_pointer(const std::string& key) const;

    bool has(const std::string& key) const;
    /// Marks keys as known without reading them (documentation keys such as "source").
    void allow(std::initializer_list<const char*> keys);
    /// Keys present in the object, in document order.
    std::vector<std::string> keys() const;

    double number(const std::string& key, double min = -std::numeric_limits<double>::max(),
                  double max = std::numeric_limits<double>::max());
    double number_or(const std::string& key, double fallback,
                     double min = -std::numeric_limits<double>::max(),
                     double max = std::numeric_limits<double>::max());
    double probability(const std::string& key) { return number(key, 0.0, 1.0); }
    double probability_or(const std::string& key, double fallback) {
        return number_or(key, fallback, 0.0, 1.0);
    }
    std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max);
    std::int64_t integer_or(const std::string& key, std::int64_t fallback, std::int64_t min,
                            std::int64_t max);
    bool boolean_or(const std::string& key, bool fallback);
    std::string string(const std::string& key);
    std::string string_or(const std::string& key, const std::string& fallback);
    /// A string that must be one of `choices`.
    std::string choice_or(const std::string& key, const std::string& fallback,
                          const std::vector<std::string>& choices);
    /// An array of numbers with exactly `size` elements (0 = any non-empty size).
    std::vector<double> numbers(const std::string& key, std::size_t size, double min, double max);
    std::vector<std::string> strings(const std::string& key);

    JsonReader object(const std::string& key);
    std::optional<JsonReader> optional_object(const std::string& key);
    /// The object at `key`, or an empty one when it is absent, so that the defaults its
    /// accessors return are noted under their own pointers.
    JsonReader object_or_empty(const std::string& key);
    /// Elements of an array of objects.
    std::vector<JsonReader> objects(const std::string& key);
    const nlohmann::json& raw(const std::string& key);

    [[noreturn]] void fail(const std::string& key, const std::string& expected) const;
    [[noreturn]] void fail_here(const std::string& expected) const;

    /// Rejects every key that no accessor read and allow() did not name.
    void finish() const;

private:
    const nlohmann::json& get(const std::string& key);
    void note_default(const std::string& key, nlohmann::json value);
    const nlohmann::json& node_;
    std::string file_;
    std::string pointer_;
    std::set<std::string> seen_;
    DefaultLog* defaults_;
};

/// Keys that document a value ("source", "assumption", "note", "comment"): allowed in
/// every object, never interpreted.
bool is_documentation_key(const std::string& key);

/// Describes the type of a JSON value in words ("a string", "an array").
std::string json_type_words(const nlohmann::json& value);

}  // namespace intsim
