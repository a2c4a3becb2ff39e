#include "atomic_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "input_error.hpp"

namespace intsim {
namespace fs = std::filesystem;

namespace {

std::string error_text(int error) { return std::strerror(error); }

// Writes `content` to `path` and flushes it to the disk. A failure (a full disk, a file
// size limit) removes the partial file and is reported against `shown_as`, the path
// the user knows, not the hidden staging path.
void write_and_sync(const std::string& path, const std::string& content, const std::string& shown_as) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw InputError(shown_as, "", "cannot write: " + error_text(errno));
    const auto fail = [&](int error) {
        ::close(fd);
        ::unlink(path.c_str());
        throw InputError(shown_as, "", "cannot write: " + error_text(error));
    };
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(errno);
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) fail(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(path.c_str());
        throw InputError(shown_as, "", "cannot write: " + error_text(error));
    }
}

// Creates `directory` and its missing parents; returns the ones it created, outermost
// first, so that a run that fails can remove them again.
std::vector<std::string> create_directories(const std::string& directory) {
    std::vector<std::string> missing;
    std::error_code ec;
    for (fs::path p = fs::path(directory).lexically_normal(); !p.empty() && !fs::exists(p, ec);
         p = p.parent_path()) {
        missing.insert(missing.begin(), p.string());
        if (p == p.parent_path()) break;
    }
    fs::create_directories(directory, ec);
    if (ec || !fs::is_directory(directory)) {
        for (auto it = missing.rbegin(); it != missing.rend(); ++it) fs::remove(*it, ec);
        throw InputError(directory, "", "cannot create the output directory: " +
                                            (ec ? ec.message() : "not a directory"));
    }
    return missing;
}

// Flushes a directory's entries (the renames) to the disk; best effort.
void sync_directory(const std::string& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

OutputSet::OutputSet(std::string directory) : directory_(std::move(directory)) {}

OutputSet::~OutputSet() {
    std::error_code ec;
    if (!staging_.empty()) fs::remove_all(staging_, ec);
    if (!committed_)  // directories this run created hold nothing of value: remove them
        for (auto it = created_.rbegin(); it != created_.rend(); ++it) fs::remove(*it, ec);
}

void check_output_directory(const std::string& directory) {
    std::error_code ec;
    fs::path existing = fs::path(directory).lexically_normal();
    if (existing.empty()) existing = ".";
    while (!fs::exists(existing, ec)) {
        if (!existing.has_parent_path() || existing.parent_path() == existing) {
            existing = ".";
            break;
        }
        existing = existing.parent_path();
    }
    if (!fs::is_directory(existing, ec)) {
        const bool itself = existing == fs::path(directory).lexically_normal();
        throw InputError(directory, "", itself ? "is a file; expected a directory for the outputs (--out)"
                                               : existing.string() + " is a file, so no output directory can be made below it");
    }
    // Try what the outputs will do: create something in the nearest existing directory.
    std::string probe = (existing / ".intsim-probe-XXXXXX").string();
    if (::mkdtemp(probe.data()) == nullptr) {
        const int error = errno;
        throw InputError(directory, "", "cannot write the outputs here: " + existing.string() + ": " + error_text(error));
    }
    fs::remove(probe, ec);
}

void check_output_file(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec))
        throw InputError(path, "", "is a directory; expected a file name for the output (--out)");
    const fs::path parent = fs::path(path).parent_path();
    check_output_directory(parent.empty() ? std::string(".") : parent.string());
}

void OutputSet::retire(const std::vector<std::string>& names) {
    for (const auto& name : names)
        if (std::find(names_.begin(), names_.end(), name) == names_.end() &&
            std::find(retired_.begin(), retired_.end(), name) == retired_.end())
            retired_.push_back(name);
}

void OutputSet::add(const std::string& name, const std::string& content) {
    if (staging_.empty()) {
        created_ = create_directories(directory_);
        std::string pattern = (fs::path(directory_) / ".intsim-staging-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw InputError(directory_, "", "cannot write to the output directory: " + error_text(errno));
        staging_ = pattern;
    }
    write_and_sync((fs::path(staging_) / name).string(), content, (fs::path(directory_) / name).string());
    names_.push_back(name);
}

std::optional<std::string> OutputSet::staged(const std::string& name) const {
    if (committed_ || staging_.empty() || std::find(names_.begin(), names_.end(), name) == names_.end())
        return std::nullopt;
    std::ifstream in(fs::path(staging_) / name, std::ios::binary);
    if (!in) throw InputError(directory_, "", "cannot read back the staged " + name);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> OutputSet::commit() {
    // Each file replaces its previous version by rename(), which is atomic. Several files
    // cannot be replaced in one step, so the previous versions are kept as hard links in
    // the staging directory until all renames succeeded; if one fails, the ones before
    // it are undone and the directory is as it was.
    struct Replaced {
        fs::path target;
        fs::path previous;  ///< empty: there was no previous version
    };
    std::vector<Replaced> replaced;
    const auto undo = [&] {
        for (auto it = replaced.rbegin(); it != replaced.rend(); ++it) {
            if (it->previous.empty()) ::unlink(it->target.c_str());
            else ::rename(it->previous.c_str(), it->target.c_str());
        }
    };
    std::vector<std::string> paths;
    for (const auto& name : names_) {
        Replaced r{fs::path(directory_) / name, fs::path(staging_) / (".previous-" + name)};
        if (::link(r.target.c_str(), r.previous.c_str()) != 0) {
            const int error = errno;
            std::error_code ec;
            if (error == ENOENT) {
                r.previous.clear();  // a new file
            } else if (!fs::copy_file(r.target, r.previous, ec)) {  // no hard links here
                undo();
                throw InputError(r.target.string(), "", "cannot keep the previous version: " + error_text(error));
            }
        }
        if (::rename((fs::path(staging_) / name).c_str(), r.target.c_str()) != 0) {
            const int error = errno;
            undo();
            throw InputError(r.target.string(), "", "cannot replace: " + error_text(error));
        }
        replaced.push_back(r);
        paths.push_back(r.target.string());
    }
    // Earlier outputs of other formats leave in the same step: kept as hard links until
    // the end, so that a failure puts them back with the rest.
    std::vector<std::pair<fs::path, fs::path>> removed;  // target, kept copy
    for (const auto& name : retired_) {
        const fs::path target = fs::path(directory_) / name;
        std::error_code ec;
        if (!fs::is_regular_file(target, ec)) continue;
        if (staging_.empty()) break;  // nothing was staged: no transaction to join
        const fs::path kept = fs::path(staging_) / (".retired-" + name);
        if (::rename(target.c_str(), kept.c_str()) != 0) {
            const int error = errno;
            for (auto it = removed.rbegin(); it != removed.rend(); ++it) ::rename(it->second.c_str(), it->first.c_str());
            undo();
            throw InputError(target.string(), "", "cannot remove the output of an earlier run: " + error_text(error));
        }
        removed.push_back({target, kept});
    }
    committed_ = true;
    sync_directory(directory_);
    return paths;
}

void write_file_atomically(const std::string& path, const std::string& content) {
    const fs::path target(path);
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::vector<std::string> created = create_directories(parent.string());
    // Built step by step: GCC 12's -Wrestrict misfires on "." + std::string (PR 105329).
    std::string hidden_name = ".";
    hidden_name += target.filename().string();
    hidden_name += ".tmp-";
    hidden_name += std::to_string(::getpid());
    const std::string temporary = (parent / hidden_name).string();
    const auto remove_created = [&] {
        std::error_code ec;
        for (auto it = created.rbegin(); it != created.rend(); ++it) fs::remove(*it, ec);
    };
    try {
        write_and_sync(temporary, content, path);
    } catch (const InputError&) {
        remove_created();
        throw;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        remove_created();
        throw InputError(path, "", "cannot replace: " + error_text(error));
    }
}

}  // namespace intsim
