#include "document.hpp"

#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "input_error.hpp"

namespace intsim {
namespace fs = std::filesystem;

namespace {

std::string read_file(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path, "", "is a directory, expected a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "cannot open the file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
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

nlohmann::json resolve(const std::string& path, std::vector<std::string>& chain) {
    const std::string canonical = fs::weakly_canonical(fs::absolute(path)).string();
    for (const auto& seen : chain) {
        if (fs::weakly_canonical(fs::absolute(seen)).string() == canonical) {
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
    const auto parent_it = document.find("extends");
    if (parent_it == document.end()) return document;
    if (!parent_it->is_string() || parent_it->get<std::string>().empty())
        throw InputError(path, "/extends", "expected the path of a parent file as a string");
    const fs::path parent_path =
        fs::path(path).parent_path() / fs::path(parent_it->get<std::string>());
    std::error_code ec;
    if (!fs::exists(parent_path, ec))
        throw InputError(path, "/extends",
                         "parent file \"" + parent_path.string() + "\" does not exist");
    nlohmann::json merged = resolve(parent_path.lexically_normal().string(), chain);
    document.erase("extends");
    merged.merge_patch(document);
    return merged;
}

}  // namespace

nlohmann::json parse_json_text(const std::string& text, const std::string& origin) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        const auto [line, column] = line_and_column(text, e.byte == 0 ? 0 : e.byte - 1);
        std::string reason = e.what();
        const auto colon = reason.rfind(": ");
        if (colon != std::string::npos) reason = reason.substr(colon + 2);
        throw InputError(origin, fmt::format("line {}, column {}", line, column),
                         "invalid JSON: " + reason);
    }
}

nlohmann::json parse_json_file(const std::string& path) {
    const std::string text = read_file(path);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(path, "", "the file is empty, expected a JSON object");
    return parse_json_text(text, path);
}

ResolvedDocument load_document(const std::string& path) {
    ResolvedDocument out;
    out.file = path;
    out.json = resolve(path, out.chain);
    return out;
}

void apply_set(nlohmann::json& document, const std::string& assignment) {
    const auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
        throw InputError("--set", "", "expected PATH=VALUE, found \"" + assignment + "\"");
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
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error&) {
        value = text;
    }
    try {
        const nlohmann::json::json_pointer pointer(pointer_text);
        // Only existing parents may be addressed, so that a typo is not silently
        // added as a new branch; the scenario check then rejects unknown leaf keys.
        if (!pointer.parent_pointer().empty() && !document.contains(pointer.parent_pointer()))
            throw InputError("--set", pointer.parent_pointer().to_string(),
                             "no such object in the scenario (from --set " + assignment + ")");
        document[pointer] = value;
    } catch (const nlohmann::json::exception& e) {
        throw InputError("--set", pointer_text, std::string("cannot set: ") + e.what());
    }
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
