// Unit tests for fetch/block_page.hpp: bot walls recognised, ordinary pages left alone.
#include <catch2/catch.hpp>

#include "fetch/block_page.hpp"

using suasana::fetch::blocked_message;
using suasana::fetch::find_bot_wall;

TEST_CASE("bot walls of the big CDNs are recognised on 403, 429 and 503", "[block]") {
    const char* akamai =
        "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>"
        "You don't have permission to access this server.<P>"
        "Reference&#32;&#35;18&#46;2f4e1002&#46;1690000000</BODY></HTML>";
    CHECK(find_bot_wall(403, akamai) == std::string("Akamai \"Access Denied\""));
    CHECK(find_bot_wall(403, "<h1>Access Denied</h1> Reference #18.2f") ==
          std::string("Akamai \"Access Denied\""));
    const char* cloudflare =
        "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
        "<script src=\"/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1\"></script>";
    CHECK(find_bot_wall(503, cloudflare) == std::string("Cloudflare challenge"));
    CHECK(find_bot_wall(429, "<div class=\"g-recaptcha\" data-sitekey=\"x\"></div>") ==
          std::string("captcha"));
    CHECK(find_bot_wall(403, "<script src=\"https://ct.captcha-delivery.com/c.js\">"));
}

TEST_CASE("ordinary pages and error pages are not bot walls", "[block]") {
    // A 200 page may well talk about access being denied.
    CHECK_FALSE(find_bot_wall(200, "<h1>Access Denied</h1><p>Reference #123</p>"));
    CHECK_FALSE(find_bot_wall(403, "<h1>Forbidden</h1>"));
    CHECK_FALSE(find_bot_wall(403, "<h1>Access Denied</h1>"));  // no reference number
    CHECK_FALSE(find_bot_wall(429, "Too many requests, slow down"));
    CHECK_FALSE(find_bot_wall(503, "<h1>Service Unavailable</h1> maintenance until 10:00"));
    CHECK_FALSE(find_bot_wall(404, "captcha"));
    CHECK_FALSE(find_bot_wall(500, "Just a moment... cloudflare"));
}

TEST_CASE("the blocked message points to ingest and never to a workaround", "[block]") {
    auto message = blocked_message("captcha", 403, "https://berita.example.id/a/1");
    CHECK_THAT(message, Catch::Contains("suasana ingest FILE --url https://berita.example.id/a/1"));
    CHECK_THAT(message, Catch::Contains("HTTP 403"));
}
