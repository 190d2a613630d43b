// The JSON wrapper: dotted paths, arrays, text of every kind, and hostile input.
#include <catch2/catch.hpp>

#include "json/json_document.hpp"

using suasana::json::Document;

TEST_CASE("dotted paths reach into objects and arrays", "[json]") {
    auto doc = Document::parse(R"({"a": {"b": [{"c": "x"}, {"c": 2}]}, "n": null})");
    REQUIRE(doc);
    auto root = doc->root();
    CHECK(root.at("a.b").is_array());
    CHECK(root.at("a.b").items().size() == 2);
    CHECK(root.at("a.b.0.c").text() == "x");
    CHECK(root.at("a.b.1.c").text() == "2");
    CHECK_FALSE(root.at("a.b.2.c").valid());
    CHECK_FALSE(root.at("a.missing.c").valid());
    CHECK_FALSE(root.at("n").text());
    CHECK(root.at("n").valid());
    CHECK(root.at("a").kind() == "object");
}

TEST_CASE("text keeps strings as written and prints numbers and booleans", "[json]") {
    auto doc = Document::parse(R"({"s": "1788581385.0", "i": 1788581385, "f": 1.5, "t": true})");
    REQUIRE(doc);
    CHECK(doc->root().at("s").text() == "1788581385.0");
    CHECK(doc->root().at("i").text() == "1788581385");
    CHECK(doc->root().at("f").text() == "1.5");
    CHECK(doc->root().at("t").text() == "true");
    CHECK_FALSE(doc->root().at("s.x").valid());  // a path through a string is nothing
}

TEST_CASE("bad and hostile JSON fails with a message, never a crash", "[json]") {
    auto broken = Document::parse(R"({"a": [1, 2)");
    REQUIRE_FALSE(broken);
    CHECK_THAT(broken.error().message, Catch::Contains("invalid JSON at byte"));
    std::string deep(100000, '[');
    deep += std::string(100000, ']');
    auto nested = Document::parse(deep);
    REQUIRE_FALSE(nested);
    CHECK_THAT(nested.error().message, Catch::Contains("nests deeper"));
    // Brackets inside strings do not count as nesting.
    auto quoted = Document::parse("{\"s\": \"" + std::string(1000, '[') + "\"}");
    CHECK(quoted);
}

// Found by tests/fuzz/json_extract_fuzz (corpus/json_extract/crash-number-overflow): nlohmann
// reports a number too large for a double as out_of_range, not parse_error, and that
// exception went through Document::parse and ended the program.
TEST_CASE("a number too large for a double fails with a message, not an exception", "[json]") {
    for (const char* text :
         {"[1e999]", R"({"t": -1e400})", "16899156011111111111111e924854202823"}) {
        CAPTURE(text);
        auto doc = Document::parse(text);
        REQUIRE_FALSE(doc);
        CHECK_THAT(doc.error().message, Catch::Contains("invalid JSON"));
    }
}
