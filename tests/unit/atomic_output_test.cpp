#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/atomic_output.hpp"
#include "engine/input_error.hpp"
#include "test_support.hpp"

using namespace intsim;
using intsim::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> entries(const fs::path& directory) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(directory)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("outputs replace their previous versions only on commit", "[output]") {
    TempDir dir;
    const fs::path out = dir.path() / "out";
    dir.write("out/a.txt", "old a");
    {
        OutputSet outputs(out.string());
        outputs.add("a.txt", "new a");
        outputs.add("b.txt", "new b");
        CHECK(read(out / "a.txt") == "old a");  // staged, not yet visible
        CHECK_FALSE(fs::exists(out / "b.txt"));
        const auto paths = outputs.commit();
        CHECK(paths == std::vector<std::string>{(out / "a.txt").string(), (out / "b.txt").string()});
    }
    CHECK(read(out / "a.txt") == "new a");
    CHECK(read(out / "b.txt") == "new b");
    CHECK(entries(out) == std::vector<std::string>{"a.txt", "b.txt"});  // no staging left
}

TEST_CASE("a failed rename in commit undoes the renames before it", "[output]") {
    TempDir dir;
    const fs::path out = dir.path() / "out";
    dir.write("out/a.txt", "old a");
    dir.write("out/c.txt/blocker", "a directory where c.txt should go");  // rename() fails here
    {
        OutputSet outputs(out.string());
        outputs.add("a.txt", "new a");
        outputs.add("b.txt", "new b");
        outputs.add("c.txt", "new c");
        CHECK_THROWS_AS(outputs.commit(), InputError);
    }
    CHECK(read(out / "a.txt") == "old a");
    CHECK(entries(out) == std::vector<std::string>{"a.txt", "c.txt"});  // b.txt taken back
}

TEST_CASE("a run that fails before commit leaves no trace, not even new directories", "[output]") {
    TempDir dir;
    const fs::path out = dir.path() / "new" / "deeper" / "out";
    {
        OutputSet outputs(out.string());
        outputs.add("a.txt", "staged");
        CHECK(fs::exists(out));
        CHECK_THROWS_AS(outputs.add("no/such/sub/dir.txt", "x"), InputError);
    }
    CHECK(entries(dir.path()).empty());
    {
        OutputSet outputs(out.string());
        outputs.add("a.txt", "staged");
    }  // never committed, e.g. interrupted
    CHECK(entries(dir.path()).empty());
}

TEST_CASE("an output directory below a regular file is an input error", "[output]") {
    TempDir dir;
    const std::string file = dir.write("file", "I am a file");
    OutputSet outputs(file + "/out");
    CHECK_THROWS_WITH(outputs.add("a.txt", "x"), Catch::Contains("cannot create the output directory"));
    CHECK_THROWS_AS(write_file_atomically(file + "/x/y.txt", "x"), InputError);
    CHECK(entries(dir.path()) == std::vector<std::string>{"file"});
}
