#pragma once
// Errors in what the user gave us. The command line maps InputError to exit code 2;
// everything else that escapes is an internal error (exit code 1).
#include <stdexcept>
#include <string>

namespace intsim {

class InputError : public std::runtime_error {
public:
    /// @param file    the file the problem is in ("" for the command line)
    /// @param pointer RFC 6901 JSON pointer, or "line N" for CSV files ("" if none)
    /// @param what    what was expected, in words
    InputError(std::string file, std::string pointer, const std::string& what)
        : std::runtime_error(format(file, pointer, what)),
          file_(std::move(file)), pointer_(std::move(pointer)) {}

    const std::string& file() const { return file_; }
    const std::string& pointer() const { return pointer_; }

private:
    static std::string format(const std::string& file, const std::string& pointer,
                              const std::string& what) {
        std::string message;
        if (!file.empty()) message += file + ": ";
        if (!pointer.empty()) message += pointer + ": ";
        return message + what;
    }
    std::string file_;
    std::string pointer_;
};

}  // namespace intsim
