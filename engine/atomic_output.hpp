#pragma once
// Output files appear whole or not at all. All files of a run are first written to a
// hidden staging directory beside their destination; commit() renames them into place
// only after every one was written and flushed. A run that fails before commit() leaves
// the destination exactly as it was (directories it had to create are removed again);
// a rename that fails within commit() undoes the renames before it.
#include <optional>
#include <string>
#include <vector>

namespace intsim {

class OutputSet {
public:
    explicit OutputSet(std::string directory);
    ~OutputSet();  ///< removes the staging directory if commit() was not reached
    OutputSet(const OutputSet&) = delete;
    OutputSet& operator=(const OutputSet&) = delete;

    /// Stages one file (name relative to the directory).
    void add(const std::string& name, const std::string& content);
    /// Names of files a command writes (all its formats): those this run does not add are
    /// earlier outputs of another choice of formats, and commit() removes them in the same
    /// step, so that the directory holds only this run's files. A failed commit() puts them
    /// back. Files of other names are never touched.
    void retire(const std::vector<std::string>& names);
    /// Moves all staged files into the directory (creating it when needed).
    /// @return the final paths, in the order they were added
    std::vector<std::string> commit();
    /// The staged content of `name`, read back; empty when it was not added (or after commit()).
    std::optional<std::string> staged(const std::string& name) const;

    const std::string& directory() const { return directory_; }

private:
    std::string directory_;
    std::string staging_;
    std::vector<std::string> names_;
    std::vector<std::string> retired_;
    std::vector<std::string> created_;  ///< directories add() created, outermost first
    bool committed_ = false;
};

/// Checks, before any computation, that outputs can be written to `directory`: it is a
/// directory (or can be created as one below the nearest existing parent) and a file can
/// be created in it (tried, then removed: this also catches read-only mounts and runs as
/// root). @throw InputError naming the directory and why not
void check_output_directory(const std::string& directory);

/// The same for one output file: `path` is not a directory, and its directory can take it.
/// @throw InputError naming the path and why not
void check_output_file(const std::string& path);

/// Writes one file atomically: temporary file in the same directory, fsync, rename.
void write_file_atomically(const std::string& path, const std::string& content);

}  // namespace intsim
