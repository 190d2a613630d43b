// The escapes comment APIs wrap text in (util/escapes.hpp).
#include <catch2/catch.hpp>

#include "util/escapes.hpp"

using namespace suasana::util;

TEST_CASE("%u escapes decode to UTF-8, surrogate pairs to one character", "[util]") {
    CHECK(decode_percent_u("ngakak %uD83D%uDE02") == "ngakak \xF0\x9F\x98\x82");
    CHECK(decode_percent_u("%u201Cbagus%u201D") ==
          "\xE2\x80\x9C"
          "bagus"
          "\xE2\x80\x9D");
    CHECK(decode_percent_u("%u00e9") == "\xC3\xA9");
    // A lone surrogate is not a character.
    CHECK(decode_percent_u("a%uD83Db") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(decode_percent_u("%uDE02") == "\xEF\xBF\xBD");
}

TEST_CASE("a bare % and other percent text stay as written", "[util]") {
    CHECK(decode_percent_u("100%gak") == "100%gak");
    CHECK(decode_percent_u("naik 60%, turun 5%") == "naik 60%, turun 5%");
    CHECK(decode_percent_u("%41%20") == "%41%20");
    CHECK(decode_percent_u("%u12") == "%u12");
    CHECK(decode_percent_u("%uZZZZ") == "%uZZZZ");
    CHECK(decode_percent_u("akhir %") == "akhir %");
}

TEST_CASE("HTML entities: numeric and common named, unknown ones kept", "[util]") {
    CHECK(decode_html_entities("a &amp; b &lt;3 &quot;x&quot;") == "a & b <3 \"x\"");
    CHECK(decode_html_entities("&#8220;ya&#8221; &#x1F525;") ==
          "\xE2\x80\x9Cya\xE2\x80\x9D \xF0\x9F\x94\xA5");
    CHECK(decode_html_entities("tunggu&hellip;") == "tunggu\xE2\x80\xA6");
    CHECK(decode_html_entities("&bogus; & &amp") == "&bogus; & &amp");
    CHECK(decode_html_entities("&#xD800;") == "\xEF\xBF\xBD");
    // Entities first, then %u (the portal's order): an escaped % survives as text.
    CHECK(decode_percent_u(decode_html_entities("&#37;u0041")) == "A");
}

TEST_CASE("a literal marker becomes a line break", "[util]") {
    CHECK(marker_to_newline("satu$//$dua$//$", "$//$") == "satu\ndua\n");
    CHECK(marker_to_newline("tanpa", "$//$") == "tanpa");
    CHECK(marker_to_newline("x", "") == "x");
}

TEST_CASE("percent-encoding keeps only unreserved characters", "[util]") {
    CHECK(percent_encode("https://tekno.kompas.com/read/1?page=all") ==
          "https%3A%2F%2Ftekno.kompas.com%2Fread%2F1%3Fpage%3Dall");
    CHECK(percent_encode("a-b_c.d~e f") == "a-b_c.d~e%20f");
    CHECK(percent_encode("\xC3\xA9") == "%C3%A9");
}
