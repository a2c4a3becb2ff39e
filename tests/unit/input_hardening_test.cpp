// Inputs that once crashed or confused the loader (found by the bad-input corpus and the
// fuzzers): each must be an InputError with a position, never anything else.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "engine/document.hpp"
#include "engine/input_error.hpp"
#include "engine/json_reader.hpp"
#include "model/scenario.hpp"
#include "test_support.hpp"

using namespace intsim;

namespace {

std::string input_error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no InputError)";
}

}  // namespace

TEST_CASE("messages are one printable line whatever the input holds", "[input][hardening]") {
    CHECK(printable_line("a\nb\tc") == "a\\nb\\tc");
    CHECK(printable_line(std::string("x\0y", 3)) == "x\\x00y");
    CHECK(printable_line("\xff\xfe") == "\\xff\\xfe");
    CHECK(printable_line("Ma\xc3\x9fnahme") == "Ma\xc3\x9fnahme");  // UTF-8 stays readable
    CHECK(printable_line("\xc3") == "\\xc3");                          // a cut sequence does not
    const InputError e("f.json", "/a\nb", "unknown key \"a\nb\"");
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
    CHECK(e.detail() == "unknown key \"a\nb\"");
}

TEST_CASE("numbers beyond a double are input errors with a position", "[input][hardening]") {
    const std::string message = input_error_of([] { parse_json_text("{\n \"a\": [1e999]\n}", "t.json"); });
    CHECK_THAT(message, Catch::Contains("t.json: line 2") && Catch::Contains("number overflow"));
    CHECK_THAT(input_error_of([] { parse_json_text("{\"a\": -1e400}", "t.json"); }),
               Catch::Contains("number overflow"));
}

TEST_CASE("a key twice in one object is an input error with its pointer", "[input][hardening]") {
    // nlohmann::json would keep the last value silently.
    CHECK(input_error_of([] { parse_json_text("{\"a\": 1, \"a\": 2}", "t.json"); }) ==
          "t.json: /a: this key appears twice in the same object (expected each key once; JSON would silently keep "
          "only the last)");
    CHECK_THAT(input_error_of([] { parse_json_text(R"({"m": [{"x": 1}, {"y": [1, {}], "y/~": 1, "y/~": 2}]})", "t.json"); }),
               Catch::StartsWith("t.json: /m/1/y~1~0: "));
    // The same key in different objects, and in arrays of objects, is fine.
    CHECK_NOTHROW(parse_json_text(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}], "c": {"a": [1, 1]}})", "t.json"));
}

TEST_CASE("deep nesting is refused before anything recurses over it", "[input][hardening]") {
    const std::string deep = "{\"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    CHECK_THAT(input_error_of([&] { parse_json_text(deep, "t.json"); }),
               Catch::Contains("line 1, column 106") && Catch::Contains("nested deeper than 100"));
    // Brackets inside strings do not count.
    const std::string in_string = "{\"a\": \"" + std::string(1000, '[') + "\\\"\"}";
    CHECK_NOTHROW(parse_json_text(in_string, "t.json"));
    nlohmann::json document = {{"a", 1}};
    CHECK_THAT(input_error_of([&] { apply_set(document, "a=" + std::string(1000, '[')); }),
               Catch::Contains("nested deeper"));
}

TEST_CASE("overrides (--set) cannot grow arrays, overflow numbers or add invalid UTF-8", "[input][hardening]") {
    nlohmann::json document = {{"season", {1, 1, 1}}, {"name", "x"}};
    CHECK_THAT(input_error_of([&] { apply_set(document, "season.4000000000=1"); }),
               Catch::Contains("no such array element"));
    CHECK(document["season"].size() == 3);
    apply_set(document, "season.2=5");
    CHECK(document["season"][2] == 5);
    CHECK_THAT(input_error_of([&] { apply_set(document, "season.1=1e999"); }), Catch::Contains("too large"));
    CHECK_THAT(input_error_of([&] { apply_set(document, "name=caf\xe9"); }), Catch::Contains("not valid UTF-8"));
    CHECK(document["name"] == "x");
}

TEST_CASE("whole numbers too large for the range say which range", "[input][hardening]") {
    const nlohmann::json node = nlohmann::json::parse(R"({"n": 1e30, "m": 12.5})");
    JsonReader reader(node, "t.json");
    CHECK_THAT(input_error_of([&] { reader.integer("n", 0, 100); }),
               Catch::Contains("/n: expected a whole number in [0, 100], found 1e+30"));
    CHECK_THAT(input_error_of([&] { reader.integer("m", 0, 100); }),
               Catch::Contains("expected a whole number, found the number 12.5"));
}

TEST_CASE("person ids: too many newcomers a month is an error, not a silent cut", "[input][hardening][scale]") {
    nlohmann::json doc = test::minimal_scenario();
    doc["inflow"]["monthly_mean"] = 3000000;
    CHECK_THAT(input_error_of([&] { test::model_of(doc); }),
               Catch::Contains("/inflow/monthly_mean") && Catch::Contains("busiest month"));
    doc["inflow"]["monthly_mean"] = 2000000;
    doc["inflow"]["season"] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.1};
    CHECK_THROWS_AS(test::model_of(doc), InputError);
}
