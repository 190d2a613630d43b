// Unit tests for util/json_writer.hpp: string escaping and the field-by-field object builder.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/json_writer.hpp"

using namespace suasana::util;

TEST_CASE("json_quote escapes quotes, backslashes and control characters", "[util]") {
    struct Case {
        std::string input, expected;
    };
    const std::vector<Case> cases = {
        {"", R"("")"},
        {"plain", R"("plain")"},
        {"say \"hi\"", R"("say \"hi\"")"},
        {"C:\\path", R"("C:\\path")"},
        {"line1\nline2", R"("line1\nline2")"},
        {"a\tb\rc", R"("a\tb\rc")"},
        {std::string("nul\0x", 5), R"("nul\u0000x")"},
        {"\x01\x1f", R"("\u0001\u001f")"},
        {"slash / stays", R"("slash / stays")"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.input);
        CHECK(json_quote(c.input) == c.expected);
    }
}

TEST_CASE("json_quote keeps valid UTF-8 and replaces invalid bytes with U+FFFD", "[util]") {
    const std::string replacement = "\xEF\xBF\xBD";
    struct Case {
        const char* what;
        std::string input, expected;
    };
    const std::vector<Case> cases = {
        {"accented letter", "caf\xC3\xA9", "\"caf\xC3\xA9\""},
        {"emoji (4 bytes)", "\xF0\x9F\x98\x82", "\"\xF0\x9F\x98\x82\""},
        {"arrow (3 bytes)", "\xE2\x96\xB2", "\"\xE2\x96\xB2\""},
        {"lone latin-1 byte", "caf\xE9", "\"caf" + replacement + "\""},
        {"lone continuation byte", "a\x80z", "\"a" + replacement + "z\""},
        {"truncated sequence at the end", "a\xE2\x96", "\"a" + replacement + replacement + "\""},
        {"overlong slash", "\xC0\xAF", "\"" + replacement + replacement + "\""},
        {"UTF-16 surrogate", "\xED\xA0\x80", "\"" + replacement + replacement + replacement + "\""},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(json_quote(c.input) == c.expected);
    }
}

TEST_CASE("JsonObject writes fields in insertion order", "[util]") {
    std::string text = JsonObject()
                           .field("author", "Graph\"Guru\"")
                           .field("likes", std::optional<std::int64_t>(18))
                           .field("score", 0.1234, 3)
                           .field("spam", false)
                           .field("relative", true)
                           .raw("tags", "[1,2]")
                           .str();
    CHECK(text == R"({"author":"Graph\"Guru\"","likes":18,"score":0.123,"spam":false,)"
                  R"("relative":true,"tags":[1,2]})");
}

TEST_CASE("JsonObject writes null for missing optional values", "[util]") {
    std::optional<std::string> no_text;
    std::optional<std::int64_t> no_number;
    std::string text = JsonObject().field("time", no_text).field("likes", no_number).str();
    CHECK(text == R"({"time":null,"likes":null})");

    std::optional<std::string> some_text = std::string("07-23 10:56");
    CHECK(JsonObject().field("time_raw", some_text).str() == R"({"time_raw":"07-23 10:56"})");
}

TEST_CASE("an empty JsonObject is {}", "[util]") {
    CHECK(JsonObject().str() == "{}");
}

TEST_CASE("JsonObject escapes keys as well as values", "[util]") {
    CHECK(JsonObject().field("a\"b", "v").str() == R"({"a\"b":"v"})");
}
