// The extractor on the bundled samples and on small pages written for each rule.
#include <catch2/catch.hpp>

#include "config/scraper_loader.hpp"
#include "extract/extractor.hpp"
#include "test_files.hpp"
#include "util/iso_time.hpp"

using suasana::Page;
using suasana::extract::ExtractContext;
using suasana::extract::Extractor;
using suasana::extract::glob_match;
using suasana::text::Zone;

namespace {

Extractor compile_bundled(const std::string& name) {
    auto spec = suasana::config::load_scraper_file(std::string(SUASANA_SOURCE_DIR) + "/scrapers/" +
                                                   name + ".toml");
    REQUIRE(spec);
    auto extractor = Extractor::compile(*spec);
    REQUIRE(extractor);
    return std::move(*extractor);
}

Page extract_sample(const Extractor& x, const std::string& path, const std::string& url) {
    static const Zone zone = *Zone::load("Asia/Jakarta");
    ExtractContext ctx{url, &zone, suasana::util::epoch_from_civil(2023, 7, 24, 1, 0, 0), {}};
    auto page = x.extract(suasana::test::read_source_file(path), ctx);
    REQUIRE(page);
    return std::move(*page);
}

}  // namespace

TEST_CASE("the Gate sample yields its 10 comments and nothing else", "[extract]") {
    Extractor x = compile_bundled("gate-square");
    Page page = extract_sample(x, "samples/gate-square/post-status-31415926.html",
                               "https://www.gate.com/id/post/status/31415926");
    CHECK(page.canonical_id == "31415926");
    REQUIRE(page.title);
    CHECK_THAT(*page.title, Catch::Contains("Falcon"));
    REQUIRE(page.comments.size() == 10);
    const std::vector<std::string> authors = {
        "ContractCollector", "YieldChaser",      "ApeWithNoFear",     "CryingOldWallet",
        "GraphGuru",         "Lonely_Validator", "NftBankruptcyClub", "RugpullSurvivor",
        "SleepyValidator",   "ChainMaskedRider"};
    for (std::size_t i = 0; i < authors.size(); ++i) {
        CHECK(page.comments[i].author == authors[i]);
        CHECK(page.comments[i].machine_translated);
        CHECK(page.comments[i].replies == 0);
        CHECK(page.comments[i].parent_site_id.empty());
        CHECK(page.comments[i].time.inferred);
        CHECK(page.comments[i].body.find("Lihat Asli") == std::string::npos);
        CHECK(page.comments[i].body.find("Komentar") == std::string::npos);
    }
    CHECK(page.comments[0].body == "Kebun binatang berkelahi haha");
    CHECK(page.comments[0].time.raw == "07-23 10:56");
    CHECK(suasana::util::format_utc(*page.comments[0].time.utc) == "2023-07-23T03:56:00Z");
    CHECK(page.comments[0].site_id.rfind("h:", 0) == 0);  // no id on the page: a stable hash
}

TEST_CASE("the WordPress sample: ids, nesting, replies kept out of parents, pagination",
          "[extract]") {
    Extractor x = compile_bundled("wordpress");
    Page page = extract_sample(x, "samples/wordpress/harga-beras/index.html",
                               "https://kabarpasar.example/harga-beras/");
    REQUIRE(page.comments.size() == 8);
    CHECK(page.comment_count_claimed == 14);
    REQUIRE(page.next_href);
    CHECK(*page.next_href == "comment-page-2.html#comments");
    CHECK(page.comments[0].site_id == "comment-2301");
    CHECK(page.comments[1].parent_site_id == "comment-2301");
    CHECK(page.comments[2].parent_site_id == "comment-2305");
    // A parent's body never contains its replies' text, and the author field is the parent's.
    CHECK(page.comments[0].author == "Rina Wulandari");
    CHECK(page.comments[0].body.find(page.comments[1].body.substr(0, 20)) == std::string::npos);
    CHECK(page.comments[0].body.find("Balas") == std::string::npos);
    // Paragraphs and <br> become newlines.
    CHECK(page.comments[4].body.find('\n') != std::string::npos);
    Page second = extract_sample(x, "samples/wordpress/harga-beras/comment-page-2.html",
                                 "https://kabarpasar.example/harga-beras/comment-page-2/");
    CHECK(second.comments.size() == 6);
    CHECK_FALSE(second.next_href);
}

TEST_CASE("a flat list links replies through a parent attribute, and limits apply", "[extract]") {
    suasana::ScraperSpec spec;
    spec.file = "inline.toml";
    spec.name = "flat";
    spec.item = {"div.c", 1};
    spec.id = {"@data-id", 2};
    spec.author = {".who", 3};
    spec.body = {".text", 4};
    spec.parent = {"@data-parent", 5};
    spec.likes = {".likes", 6};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    std::string html =
        "<div class=c data-id=1><b class=who>A</b><p class=text>halo</p><i "
        "class=likes>1,2rb</i></div>"
        "<div class=c data-id=2 data-parent=1><b class=who>B</b><p class=text>hai juga</p></div>"
        "<div class=c data-id=3><b class=who></b><p class=text>" +
        std::string(50, 'z') + "</p></div>";
    static const Zone zone = *Zone::load("Asia/Jakarta");
    suasana::Limits limits;
    limits.max_comment_chars = 10;
    limits.max_comments = 3;
    auto page = x->extract(html, {"https://e.example/a", &zone, 0, limits});
    REQUIRE(page);
    REQUIRE(page->comments.size() == 3);
    CHECK(page->comments[0].likes == 1200);
    CHECK(page->comments[1].parent_site_id == "1");
    CHECK_FALSE(page->comments[2].author);  // an empty field is absent, not ""
    CHECK(page->comments[2].body == std::string(10, 'z'));
    CHECK(page->comments[2].body_cut);
    limits.max_comments = 2;
    auto capped = x->extract(html, {"https://e.example/a", &zone, 0, limits});
    REQUIRE(capped);
    CHECK(capped->comments.size() == 2);
    CHECK(capped->warnings.size() == 1);
}

TEST_CASE("a broken selector is reported with the scraper file, line and key", "[extract]") {
    suasana::ScraperSpec spec;
    spec.file = "blog.toml";
    spec.item = {"li.comment", 4};
    spec.author = {".author", 5};
    spec.body = {"p[data-x", 6};
    auto x = Extractor::compile(spec);
    REQUIRE_FALSE(x);
    CHECK_THAT(x.error().message,
               Catch::Contains("blog.toml:6: key 'comments.body': selector 'p[data-x'"));
    CHECK_THAT(x.error().message, Catch::Contains("position"));
}

TEST_CASE("URL globs: '*' spans any characters", "[extract]") {
    CHECK(glob_match("*://www.gate.com/*/post/status/*", "https://www.gate.com/id/post/status/31"));
    CHECK_FALSE(
        glob_match("*://www.gate.com/*/post/status/*", "https://www.gate.io/id/post/status/31"));
    CHECK(glob_match("*://*/*", "http://blog.example/2023/07/harga"));
    CHECK_FALSE(glob_match("*://*/*", "not a url"));
}
