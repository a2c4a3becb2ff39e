#pragma once
// The run store: every run, compare, optimise and track, from the command line or the
// workbench page, recorded in one SQLite file (docs/workbench.md). A run is written in
// one transaction after it has finished, so a failed or cancelled run leaves nothing;
// the file is in WAL mode with a busy timeout, so several processes (two servers, a
// server and the command line) may write it at once: SQLite lets one writer in at a
// time and the others wait their turn.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/input_error.hpp"

namespace intsim {

/// The store cannot do what was asked (read-only, full, locked, not a store): bad input
/// in the sense of the exit codes, naming the store's file.
class StoreError : public InputError {
public:
    using InputError::InputError;
};

/// A scenario a run used, with the resolved text its sha256 is of.
struct StoredScenario {
    std::string role;  ///< "scenario" (run, track, optimise), "base" or "variant" (compare)
    std::string name;
    std::string file;    ///< as the user named it ("" for a variant made on the page)
    std::string sha256;  ///< of canonical_dump(resolved)
    nlohmann::json resolved;
};

/// One indicator of one scenario (by its position in the run) in one period: a calendar
/// year ("2023") or the whole horizon ("horizon"). Fields a command does not know are empty.
struct StoredIndicator {
    int position = 0;
    std::string period;
    std::string indicator;
    std::optional<double> mean, p05, p95, target, p_target_met;
    /// compare: the variant's paired difference to the base, with its 95 % interval
    std::optional<double> difference, difference_low, difference_high;
};

struct RunRecord {
    std::string kind;        ///< run, compare, optimise, track
    std::string origin;      ///< cli or page
    std::string started_by;  ///< "user@host" for the command line; "client 127.0.0.1 of user@host" (the server's) for the page
    std::string started_at;  ///< UTC, ISO 8601 ("2026-12-01T09:30:00Z")
    std::string finished_at;
    std::string version;
    std::uint32_t seed = 1;
    std::uint64_t replications = 0;
    double wall_seconds = 0;
    std::string output;  ///< the output folder, "" when the run wrote none
    std::string note;
    std::vector<StoredScenario> scenarios;
    std::vector<StoredIndicator> indicators;
    nlohmann::json summary;  ///< the command's own JSON (results.json, compare.json, ...)
    /// the report.html the command wrote, byte for byte; "" when it wrote none (--format
    /// without html). Kept apart from the record's other fields: loaded by report_html().
    std::string report_html;
};

/// A row of `runs list`.
struct RunSummary {
    std::int64_t id = 0;
    std::string kind, origin, started_by, started_at;
    std::uint32_t seed = 1;
    std::uint64_t replications = 0;
    std::string scenarios;  ///< names, " vs " between base and variants
    std::string note;
    bool has_report = false;  ///< its report.html is stored
};

struct StoredRun {
    std::int64_t id = 0;
    RunRecord record;
};

/// The current UTC time, ISO 8601 to the second.
std::string utc_now();

/// "user@host" of this process.
std::string this_user_and_host();

class RunStore {
public:
    /// Opens (and creates, with its folder's parent existing) the store at `path`.
    /// @throw InputError naming `path` when it cannot be opened, is not an intsim run
    ///        store, or (unless `read_only`) cannot be written: read-only file or folder.
    explicit RunStore(const std::string& path, bool read_only = false);
    ~RunStore();
    RunStore(RunStore&&) noexcept;
    RunStore& operator=(RunStore&&) noexcept;

    const std::string& path() const { return path_; }

    /// Writes the whole record in one transaction and returns its id; nothing is written
    /// when it fails (InputError naming the store: read-only, full, locked too long).
    std::int64_t record(const RunRecord& run);

    /// Runs, newest first.
    std::vector<RunSummary> list() const;
    std::optional<StoredRun> load(std::int64_t id) const;
    /// @return false when there is no run `id`
    bool remove(std::int64_t id);
    bool set_note(std::int64_t id, const std::string& note);
    /// The report.html run `id` wrote; empty when there is no such run or it stored none.
    std::optional<std::string> report_html(std::int64_t id) const;

private:
    struct Connection;
    std::string path_;
    std::unique_ptr<Connection> db_;
};

}  // namespace intsim
