// The wildcard matcher behind scraper `match` globs and robots.txt rules.
#include <catch2/catch.hpp>

#include "util/glob.hpp"

using suasana::util::glob_match;

TEST_CASE("URL globs: '*' spans any characters", "[util]") {
    CHECK(glob_match("*://www.gate.com/*/post/status/*", "https://www.gate.com/id/post/status/31"));
    CHECK_FALSE(
        glob_match("*://www.gate.com/*/post/status/*", "https://www.gate.io/id/post/status/31"));
    CHECK(glob_match("*://*/*", "http://blog.example/2023/07/harga"));
    CHECK_FALSE(glob_match("*://*/*", "not a url"));
}

TEST_CASE("globs: the whole text must match, '*' may match nothing", "[util]") {
    CHECK(glob_match("", ""));
    CHECK_FALSE(glob_match("", "a"));
    CHECK(glob_match("*", ""));
    CHECK(glob_match("/a*", "/a"));
    CHECK(glob_match("/a**b", "/ab"));
    CHECK_FALSE(glob_match("/a", "/ab"));
    CHECK_FALSE(glob_match("/a*c", "/abcd"));
    // Backtracking: the first 'b' the '*' could stop at is the wrong one.
    CHECK(glob_match("*b*bc", "abxbbc"));
    CHECK(glob_match("/fish*.php", "/fish.html.php"));
}
