// Unit tests for extract/page_guard.hpp: hostile pages the HTML parser would spend seconds or
// minutes on are refused before it sees them, each with a message naming the limit, while
// large pages that only cost linear time (long values, many classes, huge text) are parsed.
// The generators below make each hostile shape at the size that matters.
#include <catch2/catch.hpp>

#include <string>

#include "extract/html_document.hpp"
#include "extract/page_guard.hpp"

using suasana::extract::find_parse_hazard;
using suasana::extract::HtmlDocument;

namespace {

std::string repeat(const std::string& piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

std::string page(const std::string& body) {
    return "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";
}

// One element with `n` distinct attributes: Gumbo compares every pair (20,000 take seconds).
std::string many_attributes(std::size_t n) {
    std::string tag = "<div";
    for (std::size_t i = 0; i < n; ++i) tag += " a" + std::to_string(i) + "=\"x\"";
    return page(tag + ">isi</div>");
}

// `n` end tags with no open element of their name under `depth` <div>s: the parser looks
// through its whole stack of open elements for each (100,000 under 1,990 take seconds).
std::string stray_end_tags(const std::string& end_tag, std::size_t n, std::size_t depth) {
    return page(repeat("<div>", depth) + repeat(end_tag, n));
}

}  // namespace

TEST_CASE("an element with more than 256 attributes is refused, naming the element",
          "[extract][limits]") {
    auto refused = HtmlDocument::parse(many_attributes(257), 2000);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          "page has an element <div> with 257 attributes, more than 256; not parsed");
    CHECK(HtmlDocument::parse(many_attributes(256), 2000));
    // 20,000 attributes: 5 s of parsing on a quiet machine, refused in one pass.
    CHECK_FALSE(find_parse_hazard(many_attributes(20000), 2000) == std::nullopt);
}

TEST_CASE("attributes are counted as the tokenizer reads them", "[extract][limits]") {
    // Quoted values may hold '>', '<', '=' and spaces; a bare attribute counts once.
    std::string values = R"(<a title="x > y <b c=d" href='/p?a=1&b=2' hidden data-x=1 / >)";
    std::string tag = "<div";
    for (int i = 0; i < 64; ++i) tag += " " + values.substr(3, values.size() - 4);
    CHECK_FALSE(find_parse_hazard(page(tag + ">x</div>"), 2000));  // 4 x 64 = 256
    CHECK(find_parse_hazard(page(tag + " satu-lagi>x</div>"), 2000));
    // The '<div' inside a quoted value is no tag: 3000 of them do not nest.
    CHECK_FALSE(find_parse_hazard(page(repeat(R"(<span title="<div>">x</span>)", 3000)), 2000));
}

TEST_CASE("end tags searched for under deep nesting are refused by their cost",
          "[extract][limits]") {
    for (const std::string& end_tag : {std::string("</p>"), std::string("</x>")}) {
        CAPTURE(end_tag);
        auto costly = HtmlDocument::parse(stray_end_tags(end_tag, 100000, 1990), 2000);
        REQUIRE_FALSE(costly);
        CHECK_THAT(costly.error().message, Catch::StartsWith("page would cost too much to parse"));
        CHECK_THAT(costly.error().message, Catch::Contains("25000000 steps"));
        // The same end tags on a shallow page cost the parser little, and are parsed.
        CHECK(HtmlDocument::parse(stray_end_tags(end_tag, 100000, 30), 2000));
    }
    // An end tag that closes the innermost element costs one step at any depth; one that
    // closes nothing costs the whole stack.
    const std::string deep = repeat("<div>", 1990);
    CHECK_FALSE(find_parse_hazard(page(deep + repeat("<i>x</i>", 10000)), 2000));
    CHECK(find_parse_hazard(page(deep + repeat("<i>x</x>", 10000)), 2000));
    CHECK_FALSE(find_parse_hazard(page(deep + repeat("<li>x</li>", 10000)), 2000));
    CHECK(find_parse_hazard(page(deep + repeat("<li>x</p>", 10000)), 2000));
}

TEST_CASE("many elements under deep nesting are refused by their cost", "[extract][limits]") {
    // 20,000 comment items under 1,990 <div>s: each walk over an item's ancestors (the parser's,
    // the selectors', the nesting of replies) goes through all 1,990.
    const std::string items =
        repeat(R"(<li class="comment"><div class="comment-content">x</div></li>)", 20000);
    auto deep = HtmlDocument::parse(page(repeat("<div>", 1990) + items), 2000);
    REQUIRE_FALSE(deep);
    CHECK_THAT(deep.error().message, Catch::StartsWith("page would cost too much to parse"));
    CHECK(HtmlDocument::parse(page(repeat("<div>", 30) + items), 2000));
}

TEST_CASE("long values, many classes and huge text cost linear time and are parsed",
          "[extract][limits]") {
    std::string classes;
    for (int i = 0; i < 200000; ++i) classes += " c" + std::to_string(i);
    for (const std::string& body :
         {"<div title=\"" + std::string(2000000, 'x') + "\">isi</div>",
          "<div class=\"" + classes + "\">isi</div>", "<p>" + repeat("kata ", 1000000) + "</p>",
          repeat("<p>alinea</p>", 200000)}) {
        auto hazard = find_parse_hazard(page(body), 2000);
        CHECK_FALSE(hazard);
    }
}
