#include <catch2/catch.hpp>

#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"

using namespace intsim;

TEST_CASE("unknown keys are rejected with the nearest valid key", "[json_reader]") {
    const auto doc = nlohmann::json::parse(R"({"monthly_mean": 5, "seasn": [1]})");
    JsonReader r(doc, "f.json", "/inflow");
    r.number("monthly_mean");
    r.allow({"season"});
    try {
        r.finish();
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.file() == "f.json");
        CHECK(e.pointer() == "/inflow/seasn");
        CHECK_THAT(e.what(), Catch::Contains("did you mean \"season\""));
    }
}

TEST_CASE("wrong types and out-of-range values name the pointer", "[json_reader]") {
    const auto doc = nlohmann::json::parse(R"({"p": 1.5, "n": "ten", "k": -1, "list": [1, "x"], "w": 2.5, "c": "rnd"})");
    JsonReader r(doc, "f.json");
    CHECK_THROWS_WITH(r.probability("p"), Catch::Contains("/p: expected a number in [0, 1], found 1.5"));
    CHECK_THROWS_WITH(r.number("n"), Catch::Contains("/n: expected a number, found a string"));
    CHECK_THROWS_WITH(r.integer("k", 0, 10), Catch::Contains("/k: expected a whole number in [0, 10]"));
    CHECK_THROWS_WITH(r.integer("w", 0, 10), Catch::Contains("expected a whole number"));
    CHECK_THROWS_WITH(r.numbers("list", 0, 0, 10), Catch::Contains("/list/1: expected a finite number"));
    CHECK_THROWS_WITH(r.number("missing"), Catch::Contains("/missing: missing required key"));
    CHECK_THROWS_WITH(r.choice_or("c", "random", {"random", "newest"}), Catch::Contains("did you mean \"random\""));
}

TEST_CASE("documentation keys are allowed everywhere but must be text", "[json_reader]") {
    const auto good = nlohmann::json::parse(R"({"x": 1, "source": "seed 2.2", "assumption": "mine"})");
    JsonReader r(good, "f.json");
    r.number("x");
    CHECK_NOTHROW(r.finish());
    const auto bad = nlohmann::json::parse(R"({"x": 1, "source": 42})");
    JsonReader b(bad, "f.json");
    b.number("x");
    CHECK_THROWS_WITH(b.finish(), Catch::Contains("/source"));
}

TEST_CASE("edit distance and nearest key", "[json_reader]") {
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(nearest_key("slot", {"slots", "entries", "budget"}) == "slots");
    CHECK(nearest_key("zzzzzzzz", {"slots", "entries"}).empty());
    CHECK(escape_pointer_token("a/b~c") == "a~1b~0c");
}
