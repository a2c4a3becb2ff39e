#include "engine/json_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "engine/input_error.hpp"

namespace intsim {
namespace fs = std::filesystem;

namespace {

// Scenario files are kilobytes; the cap keeps a mistaken path (/dev/zero, a huge log)
// from filling the memory.
constexpr std::size_t kMaxFileBytes = std::size_t{64} << 20;

std::string read_whole_file(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path, "", "is a directory, expected a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", std::string("cannot open the file: ") + std::strerror(errno));
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxFileBytes)
            throw InputError(path, "", "the file is larger than 64 MiB, expected a scenario of a few kilobytes");
    }
    if (in.bad()) throw InputError(path, "", std::string("cannot read the file: ") + std::strerror(errno));
    return text;
}

// Line and column of a byte offset, for parse errors people can find in an editor.
std::pair<std::size_t, std::size_t> line_and_column(const std::string& text, std::size_t byte) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

// Deeper than any scenario needs, shallow enough that the recursive parts of
// nlohmann::json (merge_patch, dump, comparison) cannot exhaust the stack.
constexpr int kMaxNesting = 100;

void check_nesting(const std::string& text, const std::string& origin) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) {
                const auto [line, column] = line_and_column(text, i);
                throw InputError(origin, fmt::format("line {}, column {}", line, column),
                                 fmt::format("invalid JSON: nested deeper than {} levels", kMaxNesting));
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
}

namespace {

// Finds where the parser gave up. nlohmann::json reports every failure (syntax, and
// numbers too large for a double, which it reports without a position) through the
// SAX parse_error() call, which carries the byte offset; this SAX only listens for it.
struct ErrorLocator : nlohmann::json_sax<nlohmann::json> {
    std::size_t byte = 0;
    std::string what;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::json::exception& e) override {
        byte = position;
        what = e.what();
        return false;
    }
};

// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
// -> "syntax error ...": the position is reported separately.
std::string parse_error_reason(std::string what) {
    if (!what.empty() && what.front() == '[') {
        const auto close = what.find("] ");
        if (close != std::string::npos) what = what.substr(close + 2);
    }
    if (what.rfind("parse error at line ", 0) == 0) {
        const auto colon = what.find(": ");
        if (colon != std::string::npos) what = what.substr(colon + 2);
    }
    return what;
}

// Finds the first key that appears twice in one object. nlohmann::json keeps the last
// value without a word, so a copied block or a typo'd edit would silently win; the SAX
// pass runs only after the text parsed, and tracks the JSON pointer of where it is.
class DuplicateKeyFinder : public nlohmann::json_sax<nlohmann::json> {
public:
    std::string pointer;  ///< of the repeated key, empty when every key is unique

    bool null() override { return element_done(); }
    bool boolean(bool) override { return element_done(); }
    bool number_integer(number_integer_t) override { return element_done(); }
    bool number_unsigned(number_unsigned_t) override { return element_done(); }
    bool number_float(number_float_t, const string_t&) override { return element_done(); }
    bool string(string_t&) override { return element_done(); }
    bool binary(binary_t&) override { return element_done(); }
    bool start_object(std::size_t) override {
        frames_.push_back({true, {}, {}, 0});
        return true;
    }
    bool key(string_t& key) override {
        Frame& frame = frames_.back();
        frame.key = key;
        if (!frame.keys.insert(key).second) {
            pointer = current_pointer();
            return false;
        }
        return true;
    }
    bool end_object() override {
        frames_.pop_back();
        return element_done();
    }
    bool start_array(std::size_t) override {
        frames_.push_back({false, {}, {}, 0});
        return true;
    }
    bool end_array() override {
        frames_.pop_back();
        return element_done();
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception&) override { return false; }

private:
    struct Frame {
        bool object;
        std::set<std::string> keys;
        std::string key;        ///< of the member being read (objects)
        std::size_t index = 0;  ///< of the element being read (arrays)
    };

    bool element_done() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
        return true;
    }

    std::string current_pointer() const {
        std::string out;
        for (const Frame& frame : frames_) {
            out += '/';
            if (!frame.object) {
                out += std::to_string(frame.index);
                continue;
            }
            for (const char c : frame.key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        }
        return out;
    }

    std::vector<Frame> frames_;
};

void check_unique_keys(const std::string& text, const std::string& origin) {
    DuplicateKeyFinder finder;
    nlohmann::json::sax_parse(text, &finder);
    if (!finder.pointer.empty())
        throw InputError(origin, finder.pointer,
                         "this key appears twice in the same object (expected each key once; "
                         "JSON would silently keep only the last)");
}

}  // namespace

nlohmann::json parse_json_text(const std::string& text, const std::string& origin) {
    check_nesting(text, origin);
    try {
        nlohmann::json document = nlohmann::json::parse(text);
        check_unique_keys(text, origin);
        return document;
    } catch (const nlohmann::json::exception&) {
        ErrorLocator locator;
        nlohmann::json::sax_parse(text, &locator);
        const auto [line, column] = line_and_column(text, locator.byte == 0 ? 0 : locator.byte - 1);
        throw InputError(origin, fmt::format("line {}, column {}", line, column),
                         "invalid JSON: " + parse_error_reason(locator.what));
    }
}

bool is_input_file(const std::string& path) {
    std::error_code error;
    return std::filesystem::is_regular_file(path, error);
}

std::string read_input_file(const std::string& path) { return read_whole_file(path); }

nlohmann::json parse_json_file(const std::string& path) {
    const std::string text = read_whole_file(path);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(path, "line 1", "the file is empty, expected a JSON object");
    return parse_json_text(text, path);
}

}  // namespace intsim
