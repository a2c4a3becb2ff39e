#include "atomic_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "input_error.hpp"

namespace intsim {
namespace fs = std::filesystem;

namespace {

void write_and_sync(const std::string& path, const std::string& content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw InputError(path, "", std::string("cannot write: ") + std::strerror(errno));
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error = errno;
            ::close(fd);
            ::unlink(path.c_str());
            throw InputError(path, "", std::string("cannot write: ") + std::strerror(error));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int error = errno;
        ::unlink(path.c_str());
        throw InputError(path, "", std::string("cannot write: ") + std::strerror(error));
    }
}

void create_directories(const std::string& directory) {
    std::error_code ec;
    fs::create_directories(directory, ec);
    if (ec || !fs::is_directory(directory))
        throw InputError(directory, "", "cannot create the output directory: " +
                                            (ec ? ec.message() : "not a directory"));
}

}  // namespace

OutputSet::OutputSet(std::string directory) : directory_(std::move(directory)) {}

OutputSet::~OutputSet() {
    if (!staging_.empty()) {
        std::error_code ec;
        fs::remove_all(staging_, ec);
    }
}

void OutputSet::add(const std::string& name, const std::string& content) {
    if (staging_.empty()) {
        create_directories(directory_);
        std::string pattern = (fs::path(directory_) / ".intsim-staging-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw InputError(directory_, "", std::string("cannot write to the output directory: ") +
                                                 std::strerror(errno));
        staging_ = pattern;
    }
    write_and_sync((fs::path(staging_) / name).string(), content);
    names_.push_back(name);
}

std::vector<std::string> OutputSet::commit() {
    std::vector<std::string> paths;
    for (const auto& name : names_) {
        const fs::path target = fs::path(directory_) / name;
        if (::rename((fs::path(staging_) / name).c_str(), target.c_str()) != 0)
            throw InputError(target.string(), "", std::string("cannot replace: ") +
                                                      std::strerror(errno));
        paths.push_back(target.string());
    }
    committed_ = true;
    return paths;
}

void write_file_atomically(const std::string& path, const std::string& content) {
    const fs::path target(path);
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    create_directories(parent.string());
    // Built step by step: GCC 12's -Wrestrict misfires on "." + std::string (PR 105329).
    std::string hidden_name = ".";
    hidden_name += target.filename().string();
    hidden_name += ".tmp-";
    hidden_name += std::to_string(::getpid());
    const std::string temporary = (parent / hidden_name).string();
    write_and_sync(temporary, content);
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        throw InputError(path, "", std::string("cannot replace: ") + std::strerror(error));
    }
}

}  // namespace intsim
