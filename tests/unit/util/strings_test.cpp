// Unit tests for util/strings.hpp: ASCII trimming and splitting, UTF-8 cutting, locale-free
// numbers.
#include <catch2/catch.hpp>

#include <clocale>
#include <string>
#include <vector>

#include "util/strings.hpp"

using namespace suasana::util;

TEST_CASE("trim removes ASCII whitespace at both ends only", "[util]") {
    struct Case {
        std::string input, expected;
    };
    const std::vector<Case> cases = {
        {"", ""},
        {"   ", ""},
        {"abc", "abc"},
        {"  abc  ", "abc"},
        {"\t\n\r\f\vabc\v\f\r\n\t", "abc"},
        {" a  b ", "a  b"},          // inner spaces stay
        {"\xC2\xA0x", "\xC2\xA0x"},  // a non-breaking space is not ASCII whitespace
    };
    for (const auto& c : cases) {
        CAPTURE(c.input);
        CHECK(trim(c.input) == c.expected);
    }
}

TEST_CASE("collapse_spaces turns whitespace runs into one space and trims", "[util]") {
    struct Case {
        std::string input, expected;
    };
    const std::vector<Case> cases = {
        {"", ""},
        {" \t\n ", ""},
        {"a", "a"},
        {"  a   b\t\tc\n", "a b c"},
        {"Kebun\n\nbinatang  berkelahi", "Kebun binatang berkelahi"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.input);
        CHECK(collapse_spaces(c.input) == c.expected);
    }
}

TEST_CASE("split keeps empty parts", "[util]") {
    using Parts = std::vector<std::string>;
    CHECK(split("a,b,c", ',') == Parts{"a", "b", "c"});
    CHECK(split("", ',') == Parts{""});
    CHECK(split(",", ',') == Parts{"", ""});
    CHECK(split("a,,b,", ',') == Parts{"a", "", "b", ""});
    CHECK(split("no separator", ',') == Parts{"no separator"});
}

TEST_CASE("to_lower_ascii, starts_with and ends_with work on bytes", "[util]") {
    CHECK(to_lower_ascii("BAGUS Sekali") == "bagus sekali");
    CHECK(to_lower_ascii("\xC3\x89") == "\xC3\x89");  // "É" is left alone
    CHECK(starts_with("suasana", "sua"));
    CHECK_FALSE(starts_with("su", "sua"));
    CHECK(starts_with("x", ""));
    CHECK(ends_with("page.html", ".html"));
    CHECK_FALSE(ends_with("html", "page.html"));
}

TEST_CASE("utf8_length counts code points, not bytes", "[util]") {
    CHECK(utf8_length("") == 0);
    CHECK(utf8_length("abc") == 3);
    CHECK(utf8_length("caf\xC3\xA9") == 4);          // "café"
    CHECK(utf8_length("\xE2\x96\xB2") == 1);         // "▲"
    CHECK(utf8_length("\xF0\x9F\x98\x82 ok") == 4);  // "😂 ok"
}

TEST_CASE("utf8_prefix never splits a code point", "[util]") {
    // "a", "é" (2 bytes), "▲" (3 bytes), "😂" (4 bytes)
    const std::string text = "a\xC3\xA9\xE2\x96\xB2\xF0\x9F\x98\x82";
    struct Case {
        std::size_t max_chars;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {0, ""}, {1, "a"}, {2, "a\xC3\xA9"}, {3, "a\xC3\xA9\xE2\x96\xB2"}, {4, text}, {100, text},
    };
    for (const auto& c : cases) {
        CAPTURE(c.max_chars);
        std::string_view prefix = utf8_prefix(text, c.max_chars);
        CHECK(prefix == c.expected);
        CHECK(utf8_length(prefix) == std::min<std::size_t>(c.max_chars, 4));
    }
}

TEST_CASE("ellipsize cuts long text at a character boundary and appends an ellipsis", "[util]") {
    CHECK(ellipsize("pendek", 10) == "pendek");
    CHECK(ellipsize("tepat", 5) == "tepat");
    CHECK(ellipsize("abcdefgh", 5) == "abcd\xE2\x80\xA6");  // "abcd…"
    // The result never exceeds max_chars code points, even with multi-byte letters.
    std::string cut = ellipsize("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3);  // "ééééé"
    CHECK(cut == "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
    CHECK(utf8_length(cut) == 3);
    // A space just before the cut is not left dangling before the ellipsis.
    CHECK(ellipsize("ab cdef", 4) == "ab\xE2\x80\xA6");
}

TEST_CASE("format_fixed prints a '.' decimal point with the asked number of digits", "[util]") {
    struct Case {
        double value;
        int decimals;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {0.0, 2, "0.00"},   {1.5, 1, "1.5"},      {-0.25, 3, "-0.250"},
        {0.125, 2, "0.13"}, {12.0, 0, "12"},      {-3.14159, 2, "-3.14"},
        {0.05, 3, "0.050"}, {-0.0001, 2, "0.00"}, {1234.5678, 3, "1234.568"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.value, c.decimals);
        CHECK(format_fixed(c.value, c.decimals) == c.expected);
    }
}

TEST_CASE("format_fixed ignores a locale whose decimal separator is a comma", "[util]") {
    const char* german = std::setlocale(LC_ALL, "de_DE.UTF-8");
    if (german == nullptr) {
        WARN("locale de_DE.UTF-8 is not installed; checking in the C locale only");
    }
    std::string value = format_fixed(-1234.5, 2);
    std::string small = format_fixed(0.75, 3);
    std::setlocale(LC_ALL, "C");
    CHECK(value == "-1234.50");
    CHECK(small == "0.750");
}

TEST_CASE("control characters but newline and tab become U+FFFD, and CR LF becomes LF", "[util]") {
    auto clean = [](std::string s) {
        suasana::util::replace_controls(s);
        return s;
    };
    const std::string r = "\xEF\xBF\xBD";
    CHECK(clean("biasa saja\n\tya") == "biasa saja\n\tya");
    CHECK(clean("\x1b[2Jbersih") == r + "[2Jbersih");
    CHECK(clean("a\x1b]52;c;eA==\x07z") == "a" + r + "]52;c;eA==" + r + "z");
    CHECK(clean(std::string("nol\0nol", 7)) == "nol" + r + "nol");
    CHECK(clean("del\x7f") == "del" + r);
    CHECK(clean("csi\xC2\x9B"
                "31m") == "csi" + r + "31m");                          // U+009B, C1
    CHECK(clean("\xC2\xA0nbsp \xC3\xA9") == "\xC2\xA0nbsp \xC3\xA9");  // not controls
    CHECK(clean("baris\r\nbaru\rlagi") == "baris\nbaru\nlagi");
}

TEST_CASE("a URL's user name or password is found in its authority only", "[util]") {
    using suasana::util::url_has_userinfo;
    CHECK(url_has_userinfo("http://u:p@host/"));
    CHECK(url_has_userinfo("https://token@host"));
    CHECK_FALSE(url_has_userinfo("https://host/@name?x=a@b#c@d"));
    CHECK_FALSE(url_has_userinfo("file:///home/a@b/page.html"));
}
