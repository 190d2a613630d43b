// Unit tests for text/cut.hpp: long bodies are cut where a reader sees a character end.
#include <catch2/catch.hpp>

#include <string>

#include "text/cut.hpp"

using suasana::text::cut_at_character;

TEST_CASE("a cut never splits a UTF-8 sequence, an accent from its letter, or an emoji",
          "[text][limits]") {
    struct Case {
        const char* what;
        std::string text;
        std::size_t max_chars;
        std::string expected;
    };
    const std::string family =
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
        "\xF0\x9F\x91\xA7";  // man ZWJ woman ZWJ girl: 5 code points
    const std::string flag = "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9";   // ID: 2 code points
    const std::string thumb = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD";  // thumbs up, medium skin
    const std::string e_acute = "e\xCC\x81";                       // e + combining acute
    const Case cases[] = {
        {"short enough", "bagus", 5, "bagus"},
        {"ASCII", "bagus sekali", 5, "bagus"},
        {"a two-byte letter", "caf\xC3\xA9 enak", 4, "caf\xC3\xA9"},
        {"an accent after the cut", "caf" + e_acute + "!", 4, "caf"},
        {"an accent before the cut", "caf" + e_acute + "!", 5, "caf" + e_acute},
        {"inside a ZWJ family", "ok " + family + " ya", 5, "ok "},
        {"after the ZWJ family", "ok " + family + " ya", 8, "ok " + family},
        {"between regional indicators", "ok " + flag, 4, "ok "},
        {"inside a skin tone", thumb + thumb, 3, thumb},
        {"one character longer than the limit", e_acute + e_acute, 1, "e"},
        {"nothing", "", 3, ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        CHECK(std::string(cut_at_character(c.text, c.max_chars)) == c.expected);
    }
}

TEST_CASE("a cut of a 1 MB body looks only near the cut", "[text][limits]") {
    std::string body(99999, 'a');
    body += "e\xCC\x81";  // code points 100000 and 100001: the accent would be cut off
    for (int i = 0; i < 500000; ++i) body += "\xC3\xA9";
    auto cut = cut_at_character(body, 100000);
    CHECK(cut.size() == 99999);
    CHECK(cut_at_character(body, 100001).size() == 100002);
}
