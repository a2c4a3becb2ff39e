// The run store against SQLite itself: what is recorded comes back whole, a record that
// fails half-way leaves nothing, rm takes a run's rows and its unused scenarios, and a
// store opened read-only refuses with the store's name.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <unistd.h>

#include <filesystem>

#include "store/run_listing.hpp"
#include "store/run_store.hpp"

namespace {

namespace fs = std::filesystem;

struct TempStore {
    fs::path dir = fs::temp_directory_path() / ("intsim-store-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::string path = (dir / "runs.sqlite").string();
    TempStore() { fs::create_directories(dir); }
    ~TempStore() { fs::remove_all(dir); }
};

intsim::RunRecord sample(const std::string& name, double integrations) {
    intsim::RunRecord r;
    r.kind = "run";
    r.origin = "cli";
    r.started_by = "tester@host";
    r.started_at = "2026-12-01T09:00:00Z";
    r.finished_at = "2026-12-01T09:00:05Z";
    r.version = "0.1.0";
    r.seed = 4;
    r.replications = 10;
    r.wall_seconds = 5;
    r.summary = {{"answer", integrations}};
    r.scenarios.push_back({"scenario", name, name + ".json", std::string(64, name[0]), {{"name", name}}});
    intsim::StoredIndicator row;
    row.period = "2022";
    row.indicator = "integrations_total";
    row.mean = integrations;
    row.p05 = integrations - 10;
    row.p95 = integrations + 10;
    row.target = 700;
    row.p_target_met = 0.5;
    r.indicators.push_back(row);
    return r;
}

long long count(const std::string& path, const char* table) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, (std::string("SELECT count(*) FROM ") + table).c_str(), -1, &s, nullptr);
    sqlite3_step(s);
    const long long n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

}  // namespace

TEST_CASE("run store: a record comes back whole", "[store]") {
    TempStore t;
    intsim::RunStore store(t.path);
    const auto id = store.record(sample("alpha", 712.5));
    const auto run = store.load(id);
    REQUIRE(run);
    CHECK(run->record.kind == "run");
    CHECK(run->record.started_by == "tester@host");
    CHECK(run->record.summary == nlohmann::json{{"answer", 712.5}});
    REQUIRE(run->record.scenarios.size() == 1);
    CHECK(run->record.scenarios[0].resolved == nlohmann::json{{"name", "alpha"}});
    REQUIRE(run->record.indicators.size() == 1);
    CHECK(*run->record.indicators[0].mean == 712.5);
    CHECK(*run->record.indicators[0].p_target_met == 0.5);
    CHECK_FALSE(run->record.indicators[0].difference);
    const auto listed = store.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].scenarios == "alpha");
}

TEST_CASE("run store: a record that fails half-way leaves nothing", "[store]") {
    TempStore t;
    intsim::RunStore store(t.path);
    store.record(sample("alpha", 700));
    auto broken = sample("beta", 710);
    broken.indicators.push_back(broken.indicators.front());  // the same key twice: the insert fails on the last row
    CHECK_THROWS_AS(store.record(broken), intsim::StoreError);
    CHECK(store.list().size() == 1);
    CHECK(count(t.path, "runs") == 1);
    CHECK(count(t.path, "indicators") == 1);
    CHECK(count(t.path, "scenarios") == 1);
}

TEST_CASE("run store: rm takes the run's rows and scenarios no other run uses", "[store]") {
    TempStore t;
    intsim::RunStore store(t.path);
    const auto a = store.record(sample("alpha", 700));
    const auto b = store.record(sample("alpha", 701));
    const auto c = store.record(sample("beta", 702));
    CHECK(store.remove(c));
    CHECK(count(t.path, "scenarios") == 1);  // beta went, alpha stays for a and b
    CHECK(store.remove(a));
    CHECK(count(t.path, "scenarios") == 1);
    CHECK_FALSE(store.remove(a));
    CHECK(store.set_note(b, "kept"));
    CHECK(store.list().at(0).note == "kept");
    CHECK(count(t.path, "indicators") == 1);
}

TEST_CASE("run store: diff sets two runs' figures side by side", "[store]") {
    TempStore t;
    intsim::RunStore store(t.path);
    const auto a = *store.load(store.record(sample("alpha", 700)));
    auto second = sample("alpha", 725);
    second.seed = 5;
    const auto b = *store.load(store.record(second));
    const auto diff = intsim::runs_diff_json(a, b);
    REQUIRE(diff["rows"].size() == 1);
    CHECK(diff["rows"][0]["difference"].get<double>() == 25.0);
    REQUIRE(diff["settings"].size() == 1);
    CHECK(diff["settings"][0]["what"] == "seed");
}

TEST_CASE("run store: a read-only store refuses to record, naming the store", "[store]") {
    TempStore t;
    { intsim::RunStore(t.path).record(sample("alpha", 700)); }
    const std::string read_only = "file:" + t.path + "?mode=ro";
    try {
        intsim::RunStore store(read_only);
        FAIL("a read-only store was opened for writing");
    } catch (const intsim::StoreError& e) {
        CHECK(std::string(e.what()).find("read-only") != std::string::npos);
        CHECK(e.file() == read_only);
    }
    intsim::RunStore reader(read_only, true);
    CHECK(reader.list().size() == 1);

    // Nothing was written through the refused handle.
    CHECK(count(t.path, "runs") == 1);
}
