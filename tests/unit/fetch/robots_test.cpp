// Unit tests for fetch/robots.hpp: Google's robots.txt test suite as data (RFC 9309 rows must
// all pass), then our own cases for the product token and Crawl-delay.
#include <catch2/catch.hpp>

#include "conformance_tsv.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fetch/robots.hpp"
#include "test_files.hpp"

using suasana::fetch::parse_robots;
using suasana::fetch::product_token;
using suasana::fetch::robots_allows;
using suasana::fetch::robots_target;

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) fields.push_back(field);
    if (!line.empty() && line.back() == '\t') fields.emplace_back();
    return fields;
}

}  // namespace

TEST_CASE("robots.txt conformance: every RFC 9309 row of Google's suite passes", "[robots]") {
    suasana::test::require_shared_data(SUASANA_SOURCE_DIR
                                       "/../shared/conformance/robots/cases.tsv");
    std::ifstream in(SUASANA_SOURCE_DIR "/../shared/conformance/robots/cases.tsv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);  // header
    int rfc_rows = 0, rfc_passed = 0, google_rows = 0, google_differ = 0;
    while (std::getline(in, line)) {
        auto f = split_tabs(line);
        REQUIRE(f.size() >= 6);
        bool expected = f[3] == "1";
        bool allowed = robots_allows(suasana::test::unescape_conformance(f[4]),
                                     suasana::test::unescape_conformance(f[1]),
                                     suasana::test::unescape_conformance(f[2]));
        if (f[5] == "1") {
            ++rfc_rows;
            INFO(f[0]);
            CHECK(allowed == expected);
            rfc_passed += allowed == expected;
        } else {
            ++google_rows;
            // Documented in src/fetch/robots.cpp: where Google's extensions decide, we follow
            // the RFC (e.g. no "disallow /" without a colon).
            if (allowed != expected) {
                ++google_differ;
                WARN("Google-only row where we differ: " << f[0]);
            }
        }
    }
    CHECK(rfc_rows == 128);
    CHECK(rfc_passed == rfc_rows);
    CHECK(google_rows == 17);
    WARN("robots conformance: " << rfc_passed << "/" << rfc_rows << " RFC 9309 rows pass; "
                                << google_differ << "/" << google_rows
                                << " Google-only rows differ");
}

TEST_CASE("robots.txt: our product token picks our group over *", "[robots]") {
    const char* txt =
        "User-agent: *\nDisallow: /\n\n"
        "User-agent: Suasana/0.1\nAllow: /\nDisallow: /private/\nDisallow: /*.pdf$\n";
    struct Case {
        const char* token;
        const char* url;
        bool allowed;
    };
    const std::vector<Case> cases = {
        {"suasana", "https://x.id/berita/1", true},
        {"SUASANA", "https://x.id/berita/1", true},  // case-insensitive
        {"suasana", "https://x.id/private/a", false},
        {"suasana", "https://x.id/doc.pdf", false},
        {"suasana", "https://x.id/doc.pdf?x=1", true},  // '$' anchors the end
        {"otherbot", "https://x.id/berita/1", false},   // falls to *
        {"suasana", "https://x.id/robots.txt", true},   // always allowed
    };
    for (const auto& c : cases) {
        INFO(c.token << " " << c.url);
        CHECK(robots_allows(txt, c.token, c.url) == c.allowed);
    }
}

TEST_CASE("robots.txt: longest match wins, Allow wins a tie, empty rules match nothing",
          "[robots]") {
    const char* txt =
        "User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /a/b/c\n"
        "Allow: /t\nDisallow: /t\nDisallow:\n";
    CHECK_FALSE(robots_allows(txt, "suasana", "http://h/a/x"));
    CHECK(robots_allows(txt, "suasana", "http://h/a/b/x"));
    CHECK_FALSE(robots_allows(txt, "suasana", "http://h/a/b/c/d"));
    CHECK(robots_allows(txt, "suasana", "http://h/t/1"));
    CHECK(robots_allows(txt, "suasana", "http://h/z"));
    CHECK(robots_allows("", "suasana", "http://h/anything"));
}

TEST_CASE("robots.txt: Crawl-delay of our group, or of * when we have none", "[robots]") {
    auto ours = parse_robots(
        "User-agent: *\nCrawl-delay: 10\n\nUser-agent: suasana\n"
        "Crawl-delay: 2.5\nDisallow: /x\n",
        "suasana");
    REQUIRE(ours.crawl_delay_s);
    CHECK(*ours.crawl_delay_s == Approx(2.5));
    auto star = parse_robots("User-agent: *\r\nCrawl-delay: 10\r\n", "suasana");
    REQUIRE(star.crawl_delay_s);
    CHECK(*star.crawl_delay_s == Approx(10));
    CHECK_FALSE(parse_robots("User-agent: *\nCrawl-delay: soon\n", "suasana").crawl_delay_s);
    CHECK_FALSE(parse_robots("User-agent: *\nDisallow: /\n", "suasana").crawl_delay_s);
}

TEST_CASE("robots.txt: the product token and the matched target", "[robots]") {
    CHECK(product_token("suasana/0.1 (+mailto:you@example.org)") == "suasana");
    CHECK(product_token("  Suasana-Bot/2") == "Suasana-Bot");
    CHECK(robots_target("https://h.id/a/b?x=1#frag") == "/a/b?x=1");
    CHECK(robots_target("https://h.id") == "/");
    CHECK(robots_target("https://h.id?q") == "/?q");
}
