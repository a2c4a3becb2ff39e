#include "document.hpp"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "catalogue.hpp"
#include "json_reader.hpp"
#include "input_error.hpp"

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

// The same file under any spelling (../a.json, ./a.json, a symlink), for cycle detection.
// The error_code overloads: a path the system cannot resolve is compared as written.
std::string same_file_key(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    if (ec) return path;
    const fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal().string() : canonical.string();
}

// Reads `path` and its ancestors into `files` (child first), checking for cycles.
void read_chain(const std::string& path, std::vector<std::string>& chain, std::vector<nlohmann::json>& files) {
    const std::string canonical = same_file_key(path);
    for (const auto& seen : chain) {
        if (same_file_key(seen) == canonical) {
            std::string cycle;
            for (const auto& file : chain) cycle += file + " -> ";
            throw InputError(chain.front(), "/extends",
                             "extends cycle: " + cycle + path);
        }
    }
    chain.push_back(path);
    nlohmann::json document = parse_json_file(path);
    if (!document.is_object())
        throw InputError(path, "/", "expected a JSON object at the top level");
    // A catalogue is named relative to the file that names it: from here on, relative
    // to where we run.
    if (const auto catalogue = document.find("catalogue"); catalogue != document.end()) {
        if (!catalogue->is_string() || catalogue->get<std::string>().empty())
            throw InputError(path, "/catalogue", "expected the path of a catalogue file as a string");
        *catalogue = (fs::path(path).parent_path() / catalogue->get<std::string>()).lexically_normal().string();
    }
    const auto parent_it = document.find("extends");
    if (parent_it == document.end()) {
        files.push_back(std::move(document));
        return;
    }
    if (!parent_it->is_string() || parent_it->get<std::string>().empty())
        throw InputError(path, "/extends", "expected the path of a parent file as a string");
    const fs::path parent_path =
        fs::path(path).parent_path() / fs::path(parent_it->get<std::string>());
    std::error_code ec;
    if (!fs::exists(parent_path, ec))
        throw InputError(path, "/extends",
                         "parent file \"" + parent_path.string() + "\" does not exist");
    if (fs::is_directory(parent_path, ec))
        throw InputError(path, "/extends",
                         "parent \"" + parent_path.string() + "\" is a directory, expected a file");
    document.erase("extends");
    files.push_back(std::move(document));
    read_chain(parent_path.lexically_normal().string(), chain, files);
}

// A file of the chain as a provenance layer: which ancestor of the user's file it is.
ProvenanceLayer chain_layer(const std::vector<std::string>& chain, std::size_t generation) {
    static const char* const roles[] = {"", "extends parent", "extends grandparent"};
    return {chain[generation],
            generation < 3 ? roles[generation] : "extends ancestor " + std::to_string(generation), true};
}

// Deeper than any scenario needs, shallow enough that the recursive parts of
// nlohmann::json (merge_patch, dump, comparison) cannot exhaust the stack.
constexpr int kMaxNesting = 100;

// Rejects nesting deeper than kMaxNesting before the document is built. The scan knows
// strings (brackets in them do not count) and nothing else: syntax is the parser's job.
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

std::string read_input_file(const std::string& path) { return read_whole_file(path); }

nlohmann::json parse_json_file(const std::string& path) {
    const std::string text = read_whole_file(path);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(path, "line 1", "the file is empty, expected a JSON object");
    return parse_json_text(text, path);
}

ResolvedDocument load_document(const std::string& path, const std::vector<std::string>& sets) {
    ResolvedDocument out;
    out.file = path;
    std::vector<nlohmann::json> files;  // child first, like out.chain
    read_chain(path, out.chain, files);
    // The root first, then each child's merge patch over what its ancestors built.
    for (std::size_t g = files.size(); g-- > 0;) {
        const std::size_t layer = out.provenance.add_layer(chain_layer(out.chain, g));
        if (g + 1 == files.size()) {
            out.json = std::move(files[g]);
            out.provenance.record_value("", out.json, layer);
        } else {
            out.provenance.record_patch("", out.json, files[g], layer);
            out.json.merge_patch(files[g]);
        }
    }
    const auto apply = [&](bool references) {
        for (const auto& assignment : sets) {
            const std::string target = assignment.substr(0, assignment.find('='));
            const std::string reference = "from_catalogue";
            const bool names_entry = target.size() >= reference.size() &&
                                     target.compare(target.size() - reference.size(), reference.size(), reference) == 0;
            if (names_entry != references) continue;
            apply_set_naming(out, path, assignment);
        }
    };
    apply(true);
    if (const auto catalogue = out.json.find("catalogue"); catalogue != out.json.end()) {
        if (catalogue->is_string()) out.catalogue = catalogue->get<std::string>();
        out.json.erase(catalogue);
    }
    resolve_catalogue_references(out.json, out.catalogue, path, &out.provenance);
    apply(false);
    return out;
}

void apply_set_naming(ResolvedDocument& document, const std::string& file, const std::string& assignment) {
    try {
        apply_set(document, assignment);
    } catch (const InputError& e) {
        throw InputError(file, e.pointer(), std::string("--set ") + assignment + ": " +
                                                (e.pointer().empty() ? e.what() : e.detail()));
    }
}

void apply_set(ResolvedDocument& document, const std::string& assignment) {
    const std::string pointer = apply_set(document.json, assignment);
    const std::size_t layer = document.provenance.add_layer({"--set " + assignment, "", false});
    document.provenance.record_value(pointer, document.json.at(nlohmann::json::json_pointer(pointer)), layer);
}

std::string apply_set(nlohmann::json& document, const std::string& assignment) {
    const auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
        throw InputError("--set", "", "expected PATH=VALUE, found \"" + assignment + "\"");
    try {
        (void)nlohmann::json(assignment).dump();  // the resolved scenario must stay valid JSON
    } catch (const nlohmann::json::type_error&) {
        throw InputError("--set", "", "\"" + assignment + "\" is not valid UTF-8");
    }
    const std::string path = assignment.substr(0, equals);
    const std::string text = assignment.substr(equals + 1);

    std::string pointer_text;
    if (path.front() == '/') {
        pointer_text = path;
    } else {
        std::size_t start = 0;
        while (start <= path.size()) {
            const auto dot = path.find('.', start);
            const std::string key =
                path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (key.empty())
                throw InputError("--set", "", "empty key in \"" + path + "\"");
            std::string escaped;
            for (char c : key) escaped += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
            pointer_text += "/" + escaped;
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
    }
    check_nesting(text, "--set");
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error&) {
        value = text;
    } catch (const nlohmann::json::out_of_range&) {
        throw InputError("--set", "", "the number \"" + text + "\" is too large for a double");
    }

    try {
        const nlohmann::json::json_pointer pointer(pointer_text);
        // Only existing parents may be addressed, so that a typo is not silently
        // added as a new branch; the scenario check then rejects unknown leaf keys.
        if (!pointer.parent_pointer().empty() && !document.contains(pointer.parent_pointer())) {
            // The first key that is missing, and the nearest one its object has ("measures.az"
            // for "measures.aktivierungszentrum"): a misspelt id is the usual reason.
            nlohmann::json::json_pointer existing = pointer.parent_pointer();
            std::string missing;
            while (!existing.empty() && !document.contains(existing)) {
                missing = existing.back();
                existing.pop_back();
            }
            std::string hint;
            if (const nlohmann::json& object = document.at(existing); object.is_object() && !missing.empty()) {
                std::vector<std::string> keys;
                for (const auto& item : object.items()) keys.push_back(item.key());
                if (const std::string nearest = nearest_key(missing, keys); !nearest.empty())
                    hint = " (did you mean \"" + nearest + "\"?)";
            }
            throw InputError("--set", pointer.parent_pointer().to_string(), "no such object" + hint);
        }
        // An array element must exist: document[pointer] would pad the array with nulls
        // up to any index, however large.
        if (document.at(pointer.parent_pointer()).is_array() && !document.contains(pointer))
            throw InputError("--set", pointer_text, "no such array element");
        document[pointer] = value;
    } catch (const nlohmann::json::exception& e) {
        throw InputError("--set", pointer_text, std::string("cannot set: ") + e.what());
    }
    return pointer_text;
}

std::string canonical_dump(const nlohmann::json& value) {
    // nlohmann::json stores objects in a std::map, so dump() is already key-sorted.
    return value.dump();
}

std::string sha256_hex(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) hex += fmt::format("{:02x}", digest[i]);
    return hex;
}

}  // namespace intsim
