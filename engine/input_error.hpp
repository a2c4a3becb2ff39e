#pragma once
// Errors in what the user gave us. The command line maps InputError to exit code 2;
// everything else that escapes is an internal error (exit code 1).
#include <stdexcept>
#include <string>
#include <string_view>

namespace intsim {

/// `text` as one printable line: control characters and bytes that are not UTF-8 become
/// escapes (\n, \x01), so that a key or a file name read from input can never split
/// or garble the one-line error message.
std::string printable_line(std::string_view text);

class InputError : public std::runtime_error {
public:
    /// @param file    the file the problem is in ("" for the command line)
    /// @param pointer RFC 6901 JSON pointer, or "line N" for CSV files ("" if none)
    /// @param what    what was expected, in words
    InputError(std::string file, std::string pointer, const std::string& what)
        : std::runtime_error(format(file, pointer, what)),
          file_(std::move(file)), pointer_(std::move(pointer)), detail_(what) {}

    const std::string& file() const { return file_; }
    const std::string& pointer() const { return pointer_; }
    /// What was expected, without file and pointer.
    const std::string& detail() const { return detail_; }

private:
    static std::string format(const std::string& file, const std::string& pointer,
                              const std::string& what);
    std::string file_;
    std::string pointer_;
    std::string detail_;
};

}  // namespace intsim
