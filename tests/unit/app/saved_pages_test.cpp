// Saved pages as ingest finds and reads them: files, folders, stdin, max_bytes.
#include <catch2/catch.hpp>

#include <sstream>

#include "app/saved_pages.hpp"
#include "test_files.hpp"

using suasana::app::list_saved_pages;
using suasana::app::read_saved_page;
using suasana::test::TempDir;

TEST_CASE("folders are read recursively for pages, in order, without a browser's parts", "[app]") {
    TempDir dir;
    dir.write("b/two.htm", "x");
    dir.write("a/one.HTML", "x");
    dir.write("a/notes.txt", "x");
    dir.write("page.html", "x");
    dir.write("page_files/frame.html", "x");  // beside page.html: the page's parts
    dir.write("other_files/real.html", "x");  // no other.html beside it: a folder of pages
    const std::string root = dir.path().string();
    auto pages = list_saved_pages({root, "-"});
    REQUIRE(pages);
    CHECK(*pages == std::vector<std::string>{root + "/a/one.HTML", root + "/b/two.htm",
                                             root + "/other_files/real.html", root + "/page.html",
                                             "-"});
}

TEST_CASE("a missing input and a folder without pages are usage errors naming them", "[app]") {
    TempDir dir;
    dir.write("empty/readme.txt", "x");
    auto missing = list_saved_pages({(dir.path() / "nope.html").string()});
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().message, Catch::Contains("nope.html: no such file or folder"));
    CHECK(missing.error().exit == suasana::ExitCode::usage);
    auto empty = list_saved_pages({(dir.path() / "empty").string()});
    REQUIRE_FALSE(empty);
    CHECK_THAT(empty.error().message, Catch::Contains("no saved page"));
}

TEST_CASE("a saved page is read up to one byte past max_bytes", "[app]") {
    TempDir dir;
    auto file = dir.write("big.html", std::string(100, 'a'));
    std::istringstream none;
    auto whole = read_saved_page(file.string(), 100, none);
    REQUIRE(whole);
    CHECK(whole->size() == 100);
    auto cut = read_saved_page(file.string(), 10, none);
    REQUIRE(cut);
    CHECK(cut->size() == 11);  // enough for the page path to refuse it as too large
    std::istringstream in("<p>dari stdin</p>");
    CHECK(read_saved_page("-", 100, in).value() == "<p>dari stdin</p>");
    auto unreadable = read_saved_page((dir.path() / "gone.html").string(), 100, none);
    REQUIRE_FALSE(unreadable);
    CHECK_THAT(unreadable.error().message, Catch::Contains("gone.html: cannot read"));
}
