// Unit tests for report/html_escape.hpp: what came from a web page is text, never markup or a
// script link.
#include <catch2/catch.hpp>

#include "report/html_escape.hpp"

using suasana::report::escape_html;
using suasana::report::safe_href;

TEST_CASE("escape_html turns markup characters into references", "[report]") {
    CHECK(escape_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(escape_html("a & b") == "a &amp; b");
    CHECK(escape_html("\"x\" 'y'") == "&quot;x&quot; &#39;y&#39;");
    CHECK(escape_html("&amp;") == "&amp;amp;");
    CHECK(escape_html("<img src=x onerror=alert(2)>") == "&lt;img src=x onerror=alert(2)&gt;");
}

TEST_CASE("escape_html keeps UTF-8 and line breaks, drops control characters", "[report]") {
    CHECK(escape_html("Perang bakar uang 🔥 — ▲") == "Perang bakar uang 🔥 — ▲");
    CHECK(escape_html("satu\ndua\tdan\r") == "satu\ndua\tdan\r");
    CHECK(escape_html(std::string("a\0b\x1b\x7f"
                                  "c",
                                  6)) == "abc");
}

TEST_CASE("escape_html replaces invalid UTF-8 with U+FFFD", "[report]") {
    CHECK(escape_html("\xff") == "\xEF\xBF\xBD");
    CHECK(escape_html("a\xC3") == "a\xEF\xBF\xBD");                                // cut sequence
    CHECK(escape_html("\xC0\xBC") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '<'
    CHECK(escape_html("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST_CASE("safe_href accepts only absolute http and https URLs", "[report]") {
    CHECK(safe_href("https://www.gate.com/id/post/status/31415926") ==
          "https://www.gate.com/id/post/status/31415926");
    CHECK(safe_href("HTTP://example.id/a?b=1&c=2") == "HTTP://example.id/a?b=1&amp;c=2");
    CHECK_FALSE(safe_href("javascript:alert(3)"));
    CHECK_FALSE(safe_href("JavaScript:alert(3)"));
    CHECK_FALSE(safe_href(" javascript:alert(3)"));
    CHECK_FALSE(safe_href("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(safe_href("samples/gate-square/post-status-31415926.html"));
    CHECK_FALSE(safe_href("file:///etc/passwd"));
    CHECK_FALSE(safe_href("//example.id/a"));
    CHECK_FALSE(safe_href("http://"));
    CHECK_FALSE(safe_href(""));
}

TEST_CASE("safe_href refuses spaces and control characters and escapes quotes", "[report]") {
    CHECK_FALSE(safe_href("https://example.id/a b"));
    CHECK_FALSE(safe_href("https://example.id/\n\"onmouseover=alert(1)"));
    CHECK_FALSE(safe_href("http\t://example.id"));
    CHECK(safe_href("https://example.id/\"><script>") ==
          "https://example.id/&quot;&gt;&lt;script&gt;");
}
