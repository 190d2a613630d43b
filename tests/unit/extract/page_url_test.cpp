// Where a saved page came from: its canonical link, else the browser's "saved from" comment.
#include <catch2/catch.hpp>

#include "extract/page_url.hpp"

using suasana::extract::find_page_url;

TEST_CASE("a saved page names its address by its canonical link", "[extract]") {
    CHECK(find_page_url(R"(<html><head><link rel="canonical" href="https://a.example/p/1/">)"
                        "</head><body></body></html>") == "https://a.example/p/1/");
    // Attribute order, case, single quotes, unquoted values, other rel tokens, entities.
    CHECK(find_page_url("<HEAD><LINK HREF='https://a.example/?p=1&amp;cpage=2' REL='Canonical'>") ==
          "https://a.example/?p=1&cpage=2");
    CHECK(find_page_url("<link rel=canonical href=https://a.example/x>") == "https://a.example/x");
    CHECK(find_page_url(R"(<link rel="alternate canonical" href="http://a.example/y">)") ==
          "http://a.example/y");
    // The first canonical link wins over a later one and over the saved-from comment.
    CHECK(find_page_url("<!-- saved from url=(0022)https://b.example/old -->"
                        R"(<link rel="canonical" href="https://a.example/1">)"
                        R"(<link rel="canonical" href="https://a.example/2">)") ==
          "https://a.example/1");
}

TEST_CASE("a page without a canonical link is named by the saved-from comment", "[extract]") {
    CHECK(
        find_page_url(
            "<!DOCTYPE html>\n<!-- saved from url=(0041)https://news.example.id/d-7012345/slug -->"
            "<html><body>x</body></html>") == "https://news.example.id/d-7012345/slug");
    CHECK(find_page_url("<!-- Saved From URL=(0019)http://c.example/z-->") == "http://c.example/z");
}

TEST_CASE("only absolute web addresses in the head count", "[extract]") {
    CHECK_FALSE(find_page_url("<html><body><p>no address</p></body></html>"));
    CHECK_FALSE(find_page_url(R"(<link rel="canonical" href="/relative/path">)"));
    CHECK_FALSE(find_page_url(R"x(<link rel="canonical" href="javascript:alert(1)">)x"));
    CHECK_FALSE(find_page_url(R"(<link rel="stylesheet" href="https://a.example/s.css">)"));
    CHECK_FALSE(find_page_url("<!-- saved from url=(0014)about:internet -->"));
    // A link inside the body (a comment quoting markup, a widget) is not the page's address.
    CHECK_FALSE(
        find_page_url(R"(<head></head><body><link rel="canonical" href="https://x.example/">)"));
    CHECK_FALSE(find_page_url("<linkrel=canonical href=https://a.example/>"));
    CHECK_FALSE(find_page_url(R"(<link rel="canonical" href=")"));
}
