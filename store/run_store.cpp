#include "store/run_store.hpp"

#include <sqlite3.h>
#include <pwd.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <utility>

#include <fmt/format.h>

#include "engine/document.hpp"
#include "engine/input_error.hpp"

namespace intsim {

namespace {

constexpr int kSchemaVersion = 1;
// How long a writer waits for another one (a compare's record is a few hundred rows, a
// millisecond's work; 30 s means something else holds the file).
constexpr int kBusyTimeoutMs = 30000;

// Every table keyed so that one run's rows go together and leave together (runs rm).
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scenarios(
  sha256 TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  resolved TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('run', 'compare', 'optimise', 'track')),
  origin TEXT NOT NULL CHECK (origin IN ('cli', 'page')),
  started_by TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  intsim_version TEXT NOT NULL,
  seed INTEGER NOT NULL,
  replications INTEGER NOT NULL,
  wall_seconds REAL NOT NULL,
  output TEXT NOT NULL,
  note TEXT NOT NULL,
  summary TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS run_scenarios(
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES scenarios(sha256),
  PRIMARY KEY (run_id, position));
CREATE TABLE IF NOT EXISTS indicators(
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  period TEXT NOT NULL,
  indicator TEXT NOT NULL,
  mean REAL, p05 REAL, p95 REAL, target REAL, p_target_met REAL,
  difference REAL, difference_low REAL, difference_high REAL,
  PRIMARY KEY (run_id, position, period, indicator));
CREATE TABLE IF NOT EXISTS reports(
  run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  html TEXT NOT NULL);
)sql";

std::string sqlite_words(sqlite3* db, int code) {
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return message ? message : sqlite3_errstr(code);
}

// What a failed store operation means for the user, by SQLite's primary result code.
[[noreturn]] void fail(const std::string& path, sqlite3* db, int code, const std::string& doing) {
    const int primary = code & 0xff;
    std::string what;
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_AUTH)
        what = "the run store is read-only here, so nothing was recorded: give a writable --store FILE, or "
               "--store off to run without recording";
    else if (primary == SQLITE_FULL)
        what = "the disk of the run store is full, so nothing was recorded: free space or give another --store FILE";
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        what = fmt::format("another process held the run store for more than {} s, so nothing was recorded: "
                           "try again, or give another --store FILE",
                           kBusyTimeoutMs / 1000);
    else if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        what = "expected an intsim run store (an SQLite file), found something else: give another --store FILE";
    else if (primary == SQLITE_CANTOPEN)
        what = "cannot open the run store here (its folder is missing or not writable): give another --store FILE";
    else
        what = "the run store failed";
    throw StoreError(path, "", fmt::format("{} ({} while {})", what, sqlite_words(db, code), doing));
}

}  // namespace

struct RunStore::Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

namespace {

// A prepared statement, finalised on every path.
class Statement {
public:
    Statement(const std::string& path, sqlite3* db, const char* sql) : path_(path), db_(db) {
        if (const int rc = sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr); rc != SQLITE_OK)
            fail(path_, db_, rc, "preparing a statement");
    }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, const std::string& text) {
        check(sqlite3_bind_text(statement_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Statement& bind(int i, std::int64_t value) {
        check(sqlite3_bind_int64(statement_, i, value));
        return *this;
    }
    Statement& bind(int i, std::optional<double> value) {
        check(value ? sqlite3_bind_double(statement_, i, *value) : sqlite3_bind_null(statement_, i));
        return *this;
    }
    /// true while there is a row
    bool step() {
        const int rc = sqlite3_step(statement_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(path_, db_, rc, "reading or writing a run");
    }
    void run_once() {
        step();
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }
    std::string text(int column) const {
        const auto* p = sqlite3_column_text(statement_, column);
        return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
                 : std::string();
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
    std::optional<double> real(int column) const {
        if (sqlite3_column_type(statement_, column) == SQLITE_NULL) return std::nullopt;
        return sqlite3_column_double(statement_, column);
    }

private:
    void check(int rc) {
        if (rc != SQLITE_OK) fail(path_, db_, rc, "binding a value");
    }
    std::string path_;
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

void execute(const std::string& path, sqlite3* db, const char* sql, const std::string& doing) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) fail(path, db, rc, doing);
}

// BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a
// transaction never fails half-way for a lock; it is rolled back unless committed.
class WriteTransaction {
public:
    WriteTransaction(const std::string& path, sqlite3* db) : path_(path), db_(db) {
        execute(path_, db_, "BEGIN IMMEDIATE", "waiting to write");
    }
    ~WriteTransaction() {
        if (!committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit() {
        execute(path_, db_, "COMMIT", "committing");
        committed_ = true;
    }

private:
    std::string path_;
    sqlite3* db_;
    bool committed_ = false;
};

}  // namespace

std::string utc_now() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string this_user_and_host() {
    const char* user = std::getenv("USER");
    if (!user || !*user) user = std::getenv("LOGNAME");
    if (!user || !*user) {
        const passwd* entry = ::getpwuid(::getuid());
        user = entry ? entry->pw_name : nullptr;
    }
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0) host[0] = 0;
    return fmt::format("{}@{}", user && *user ? user : std::to_string(::getuid()), host[0] ? host : "localhost");
}

RunStore::RunStore(const std::string& path, bool read_only) : path_(path), db_(std::make_unique<Connection>()) {
    // URI names ("file:runs.sqlite?mode=ro") are accepted, so a store can be opened
    // read-only on purpose (a colleague's store on a shared drive).
    const int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX;
    if (const int rc = sqlite3_open_v2(path.c_str(), &db_->db, flags, nullptr); rc != SQLITE_OK)
        fail(path_, db_->db, rc, "opening");
    sqlite3_extended_result_codes(db_->db, 1);
    sqlite3_busy_timeout(db_->db, kBusyTimeoutMs);
    execute(path_, db_->db, "PRAGMA foreign_keys = ON", "opening");
    if (read_only) {
        // A read-only look at a store that is none yet reads as empty, not as an error.
        Statement probe(path_, db_->db, "SELECT count(*) FROM sqlite_master WHERE name = 'runs'");
        probe.step();
        return;
    }
    if (sqlite3_db_readonly(db_->db, "main") == 1)
        fail(path_, db_->db, SQLITE_READONLY, "opening");
    // WAL: readers never block the writer nor the writer the readers; one writer at a time.
    execute(path_, db_->db, "PRAGMA journal_mode = WAL", "switching to WAL");
    WriteTransaction schema(path_, db_->db);
    execute(path_, db_->db, kSchema, "creating the tables");
    Statement version(path_, db_->db, "SELECT value FROM store_meta WHERE key = 'schema_version'");
    if (version.step()) {
        if (version.text(0) != std::to_string(kSchemaVersion))
            throw StoreError(path_, "",
                             fmt::format("expected a run store of schema version {}, found version {}: a newer "
                                         "intsim wrote it; give another --store FILE",
                                         kSchemaVersion, version.text(0)));
    } else {
        Statement insert(path_, db_->db, "INSERT INTO store_meta(key, value) VALUES ('schema_version', ?)");
        insert.bind(1, std::to_string(kSchemaVersion)).run_once();
    }
    schema.commit();
}

RunStore::~RunStore() = default;
RunStore::RunStore(RunStore&&) noexcept = default;
RunStore& RunStore::operator=(RunStore&&) noexcept = default;

std::int64_t RunStore::record(const RunRecord& run) {
    sqlite3* db = db_->db;
    WriteTransaction transaction(path_, db);
    Statement insert_run(path_, db,
                         "INSERT INTO runs(kind, origin, started_by, started_at, finished_at, intsim_version, seed, "
                         "replications, wall_seconds, output, note, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    insert_run.bind(1, run.kind).bind(2, run.origin).bind(3, run.started_by).bind(4, run.started_at)
        .bind(5, run.finished_at).bind(6, run.version).bind(7, static_cast<std::int64_t>(run.seed))
        .bind(8, static_cast<std::int64_t>(run.replications)).bind(9, std::optional<double>(run.wall_seconds))
        .bind(10, run.output).bind(11, run.note).bind(12, run.summary.dump());
    insert_run.run_once();
    const std::int64_t id = sqlite3_last_insert_rowid(db);

    Statement insert_scenario(path_, db, "INSERT OR IGNORE INTO scenarios(sha256, name, resolved) VALUES (?,?,?)");
    Statement insert_use(path_, db, "INSERT INTO run_scenarios(run_id, position, role, file, sha256) VALUES (?,?,?,?,?)");
    for (std::size_t i = 0; i < run.scenarios.size(); ++i) {
        const StoredScenario& s = run.scenarios[i];
        insert_scenario.bind(1, s.sha256).bind(2, s.name).bind(3, canonical_dump(s.resolved)).run_once();
        insert_use.bind(1, id).bind(2, static_cast<std::int64_t>(i)).bind(3, s.role).bind(4, s.file).bind(5, s.sha256)
            .run_once();
    }
    Statement insert_indicator(path_, db,
                               "INSERT INTO indicators(run_id, position, period, indicator, mean, p05, p95, target, "
                               "p_target_met, difference, difference_low, difference_high) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const StoredIndicator& row : run.indicators)
        insert_indicator.bind(1, id).bind(2, static_cast<std::int64_t>(row.position)).bind(3, row.period)
            .bind(4, row.indicator).bind(5, row.mean).bind(6, row.p05).bind(7, row.p95).bind(8, row.target)
            .bind(9, row.p_target_met).bind(10, row.difference).bind(11, row.difference_low)
            .bind(12, row.difference_high).run_once();
    if (!run.report_html.empty()) {
        Statement insert_report(path_, db, "INSERT INTO reports(run_id, html) VALUES (?,?)");
        insert_report.bind(1, id).bind(2, run.report_html).run_once();
    }
    transaction.commit();
    return id;
}

namespace {

bool has_table(const std::string& path, sqlite3* db, const char* name) {
    Statement probe(path, db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    probe.bind(1, std::string(name));
    probe.step();
    return probe.integer(0) > 0;
}

bool has_runs_table(const std::string& path, sqlite3* db) { return has_table(path, db, "runs"); }

}  // namespace

std::vector<RunSummary> RunStore::list() const {
    std::vector<RunSummary> out;
    if (!has_runs_table(path_, db_->db)) return out;
    const std::string sql =
                    std::string("SELECT r.id, r.kind, r.origin, r.started_by, r.started_at, r.seed, r.replications, r.note, "
                    "(SELECT group_concat(name, ' vs ') FROM (SELECT s.name AS name FROM run_scenarios u "
                    " JOIN scenarios s ON s.sha256 = u.sha256 WHERE u.run_id = r.id ORDER BY u.position)), ") +
                        // A store an earlier intsim wrote, opened read-only, has no reports yet.
                        (has_table(path_, db_->db, "reports") ? "EXISTS(SELECT 1 FROM reports p WHERE p.run_id = r.id) " : "0 ") +
                        "FROM runs r ORDER BY r.id DESC";
    Statement query(path_, db_->db, sql.c_str());
    while (query.step()) {
        RunSummary row;
        row.id = query.integer(0);
        row.kind = query.text(1);
        row.origin = query.text(2);
        row.started_by = query.text(3);
        row.started_at = query.text(4);
        row.seed = static_cast<std::uint32_t>(query.integer(5));
        row.replications = static_cast<std::uint64_t>(query.integer(6));
        row.note = query.text(7);
        row.scenarios = query.text(8);
        row.has_report = query.integer(9) != 0;
        out.push_back(std::move(row));
    }
    return out;
}

std::optional<StoredRun> RunStore::load(std::int64_t id) const {
    if (!has_runs_table(path_, db_->db)) return std::nullopt;
    Statement query(path_, db_->db,
                    "SELECT kind, origin, started_by, started_at, finished_at, intsim_version, seed, replications, "
                    "wall_seconds, output, note, summary FROM runs WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    StoredRun run;
    run.id = id;
    RunRecord& r = run.record;
    r.kind = query.text(0);
    r.origin = query.text(1);
    r.started_by = query.text(2);
    r.started_at = query.text(3);
    r.finished_at = query.text(4);
    r.version = query.text(5);
    r.seed = static_cast<std::uint32_t>(query.integer(6));
    r.replications = static_cast<std::uint64_t>(query.integer(7));
    r.wall_seconds = query.real(8).value_or(0.0);
    r.output = query.text(9);
    r.note = query.text(10);
    r.summary = nlohmann::json::parse(query.text(11), nullptr, false);

    Statement scenarios(path_, db_->db,
                        "SELECT u.role, s.name, u.file, u.sha256, s.resolved FROM run_scenarios u JOIN scenarios s "
                        "ON s.sha256 = u.sha256 WHERE u.run_id = ? ORDER BY u.position");
    scenarios.bind(1, id);
    while (scenarios.step())
        r.scenarios.push_back({scenarios.text(0), scenarios.text(1), scenarios.text(2), scenarios.text(3),
                               nlohmann::json::parse(scenarios.text(4), nullptr, false)});
    Statement indicators(path_, db_->db,
                         "SELECT position, period, indicator, mean, p05, p95, target, p_target_met, difference, "
                         "difference_low, difference_high FROM indicators WHERE run_id = ? "
                         "ORDER BY position, period = 'horizon', period, rowid");
    indicators.bind(1, id);
    while (indicators.step()) {
        StoredIndicator row;
        row.position = static_cast<int>(indicators.integer(0));
        row.period = indicators.text(1);
        row.indicator = indicators.text(2);
        row.mean = indicators.real(3);
        row.p05 = indicators.real(4);
        row.p95 = indicators.real(5);
        row.target = indicators.real(6);
        row.p_target_met = indicators.real(7);
        row.difference = indicators.real(8);
        row.difference_low = indicators.real(9);
        row.difference_high = indicators.real(10);
        r.indicators.push_back(std::move(row));
    }
    return run;
}

bool RunStore::remove(std::int64_t id) {
    WriteTransaction transaction(path_, db_->db);
    Statement erase(path_, db_->db, "DELETE FROM runs WHERE id = ?");
    erase.bind(1, id).run_once();
    const bool removed = sqlite3_changes(db_->db) > 0;
    // A scenario no run uses any more goes with its last run.
    execute(path_, db_->db, "DELETE FROM scenarios WHERE sha256 NOT IN (SELECT sha256 FROM run_scenarios)",
            "removing unused scenarios");
    transaction.commit();
    return removed;
}

bool RunStore::set_note(std::int64_t id, const std::string& note) {
    WriteTransaction transaction(path_, db_->db);
    Statement update(path_, db_->db, "UPDATE runs SET note = ? WHERE id = ?");
    update.bind(1, note).bind(2, id).run_once();
    const bool changed = sqlite3_changes(db_->db) > 0;
    transaction.commit();
    return changed;
}

std::optional<std::string> RunStore::report_html(std::int64_t id) const {
    if (!has_table(path_, db_->db, "reports")) return std::nullopt;
    Statement query(path_, db_->db, "SELECT html FROM reports WHERE run_id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

}  // namespace intsim
