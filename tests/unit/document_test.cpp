#include <catch2/catch.hpp>

#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "test_support.hpp"

using namespace intsim;
using intsim::test::TempDir;

TEST_CASE("extends applies the child as an RFC 7386 merge patch", "[document]") {
    TempDir dir;
    dir.write("base.json", R"({"name": "base", "a": {"x": 1, "y": 2}, "list": [1, 2], "gone": 5})");
    const auto child = dir.write("variants/child.json",
                                 R"({"extends": "../base.json", "name": "child", "a": {"y": 3}, "list": [9], "gone": null})");
    const ResolvedDocument doc = load_document(child);
    CHECK(doc.json["name"] == "child");
    CHECK(doc.json["a"]["x"] == 1);          // untouched keys are inherited
    CHECK(doc.json["a"]["y"] == 3);          // objects merge key by key
    CHECK(doc.json["list"] == nlohmann::json::array({9}));  // arrays are replaced whole
    CHECK_FALSE(doc.json.contains("gone"));  // null deletes
    CHECK_FALSE(doc.json.contains("extends"));
    REQUIRE(doc.chain.size() == 2);
}

TEST_CASE("extends chains resolve grandparents relative to each file", "[document]") {
    TempDir dir;
    dir.write("a/base.json", R"({"level": 0, "keep": true})");
    dir.write("a/b/mid.json", R"({"extends": "../base.json", "level": 1})");
    const auto leaf = dir.write("a/b/c/leaf.json", R"({"extends": "../mid.json", "level": 2})");
    const auto doc = load_document(leaf);
    CHECK(doc.json["level"] == 2);
    CHECK(doc.json["keep"] == true);
    CHECK(doc.chain.size() == 3);
}

TEST_CASE("extends cycles and missing parents are input errors", "[document]") {
    TempDir dir;
    const auto a = dir.write("a.json", R"({"extends": "b.json"})");
    dir.write("b.json", R"({"extends": "a.json"})");
    CHECK_THROWS_WITH(load_document(a), Catch::Contains("extends cycle"));
    const auto orphan = dir.write("orphan.json", R"({"extends": "nowhere.json"})");
    try {
        load_document(orphan);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.pointer() == "/extends");
        CHECK_THAT(e.what(), Catch::Contains("does not exist"));
    }
    const auto self = dir.write("self.json", R"({"extends": "self.json"})");
    CHECK_THROWS_AS(load_document(self), InputError);
}

TEST_CASE("JSON syntax errors name line and column", "[document]") {
    TempDir dir;
    const auto bad = dir.write("bad.json", "{\n  \"a\": 1,\n  \"b\": ,\n}");
    try {
        parse_json_file(bad);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK_THAT(e.what(), Catch::Contains("line 3"));
        CHECK_THAT(e.what(), Catch::Contains("invalid JSON"));
    }
    CHECK_THROWS_WITH(parse_json_file(dir.write("empty.json", "  \n")), Catch::Contains("empty"));
    CHECK_THROWS_WITH(parse_json_file((dir.path() / "missing.json").string()), Catch::Contains("cannot open"));
}

TEST_CASE("command-line overrides (--set) patch one value by dotted path or JSON pointer", "[document]") {
    nlohmann::json doc = {{"measures", {{"egz", {{"capacity", {{"entries", 110}}}}}}}, {"name", "x"}};
    apply_set(doc, "measures.egz.capacity.entries=150");
    CHECK(doc["measures"]["egz"]["capacity"]["entries"] == 150);
    apply_set(doc, "name=hello world");  // not JSON: taken as a string
    CHECK(doc["name"] == "hello world");
    apply_set(doc, "/measures/egz/capacity/entries=0.5");
    CHECK(doc["measures"]["egz"]["capacity"]["entries"] == 0.5);
    apply_set(doc, "measures.egz.flag=true");
    CHECK(doc["measures"]["egz"]["flag"] == true);
    CHECK_THROWS_AS(apply_set(doc, "measures.nope.capacity=1"), InputError);  // no such parent
    CHECK_THROWS_AS(apply_set(doc, "no-equals-sign"), InputError);
    CHECK_THROWS_AS(apply_set(doc, "a..b=1"), InputError);
}

TEST_CASE("sha256 matches the FIPS 180-2 test vector", "[document]") {
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(canonical_dump(nlohmann::json::parse(R"({"b":1,"a":2})")) == R"({"a":2,"b":1})");
}
