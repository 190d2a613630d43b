// Unit tests for extract/html_document.hpp: the nesting scan that refuses deep pages before
// Gumbo (whose parse is quadratic and whose free is recursive on deep trees), and the iterative
// walks over what it accepts.
#include <catch2/catch.hpp>

#include <string>

#include "extract/html_document.hpp"

using suasana::extract::Element;
using suasana::extract::HtmlDocument;

namespace {

std::string repeat(const std::string& piece, int times) {
    std::string out;
    out.reserve(piece.size() * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

std::string page(const std::string& body) {
    return "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";
}

// Returns how deep the parser really nested `html` (elements from <html> down), parsed with no
// limit; only for the small pages of these tests.
std::size_t parsed_depth(const std::string& html) {
    auto doc = HtmlDocument::parse(html, 1 << 30);
    REQUIRE(doc);
    std::size_t deepest = 0;
    for (Element e : doc->descendants(doc->root())) {
        std::size_t depth = 0;
        for (Element a = e; a.valid(); a = a.parent()) ++depth;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

}  // namespace

TEST_CASE("a page nested deeper than max_depth is refused before parsing, with the limit",
          "[extract][limits]") {
    auto deep = HtmlDocument::parse(page(repeat("<div>", 2001) + "dalam"), 2000);
    REQUIRE_FALSE(deep);
    CHECK(deep.error().message == "page nests tags deeper than max_depth (2000)");
    // <html>, <head> and <body> are not counted: 1999 divs and their text parse.
    auto under = HtmlDocument::parse(page(repeat("<div>", 1999) + "dalam"), 2000);
    REQUIRE(under);
    CHECK(HtmlDocument::text(under->root(), nullptr).find("dalam") != std::string::npos);
}

TEST_CASE("flat pages with many unclosed or void tags are not mistaken for deep ones",
          "[extract][limits]") {
    for (const std::string& piece :
         {std::string("<p>alinea"), std::string("<li>butir"), std::string("<br>"),
          std::string("<img src=x>"), std::string("<div>a</div>"),
          std::string("<svg><path d=\"M0 0\"/><circle r=\"1\"/></svg>"), std::string("</div>"),
          std::string("<tr><td>sel")}) {
        CAPTURE(piece);
        CHECK(HtmlDocument::parse(page(repeat(piece, 20000)), 100));
    }
}

TEST_CASE("tags the parser nests are counted, whatever end tags or slashes say",
          "[extract][limits]") {
    // Each of these pages nests about one element per repetition once parsed, while the scan
    // before took every end tag and every `/>` at its word and saw them as flat (the first two
    // made a 1 MB page keep Gumbo busy for minutes): all are now refused.
    struct Case {
        const char* name;
        std::string piece;
    };
    const Case cases[] = {
        {"an end tag with nothing of its name open", "<div></b>"},
        {"an end tag blocked by a special element inside", "<x1><object></x1></object>"},
        {"</form> with an element open inside the form", "<form><x></form>"},
        {"</body> inside the body", "<body><x></body>"},
        {"a slash that closes nothing in HTML", "<span/>"},
        {"an HTML tag that ends the SVG it starts in", "<svg><span/></svg>"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        std::string html = page(repeat(c.piece, 500));
        std::size_t real = parsed_depth(html);
        CHECK(real > 450);  // the parser really nests it
        auto refused = HtmlDocument::parse(html, static_cast<int>(real) - 5);
        CHECK_FALSE(refused);
        CHECK(HtmlDocument::parse(page(repeat(c.piece, 100000)), 2000).has_value() == false);
    }
}

TEST_CASE("formatting elements the parser reopens after a block are counted", "[extract][limits]") {
    // After </div> the parser reopens every <b> the div closed, and the next <div> goes inside
    // it: one more level per repetition. Measured before the scan knew: 40 repetitions of 500
    // <b>s each (229 KB) took 40 s and 3.2 GB to parse.
    auto reopened = [](int repetitions) {
        std::string body;
        for (int k = 0; k < repetitions; ++k)
            body += "<div><b id=" + std::to_string(k) + ">tebal</div>x";
        return page(body);
    };
    std::string html = reopened(300);
    std::size_t real = parsed_depth(html);
    CHECK(real > 290);
    CHECK_FALSE(HtmlDocument::parse(html, static_cast<int>(real) - 5));
    CHECK_FALSE(HtmlDocument::parse(reopened(5000), 2000));

    // The same with one unclosed <b> per block (the scan counted these before too).
    CHECK_FALSE(HtmlDocument::parse(page(repeat("<div><b>tebal</div>x", 20000)), 2000));
    // Closed ones, <a> closing <a>, and formatting inside table cells do not nest.
    CHECK(HtmlDocument::parse(page(repeat("<div><b>tebal</b></div>x", 20000)), 100));
    CHECK(HtmlDocument::parse(page(repeat("<a href=#>tautan<a href=#>lagi", 20000)), 100));
    CHECK(HtmlDocument::parse(page(repeat("<table><tr><td><b>sel</table>", 20000)), 100));
}

TEST_CASE("the walks over an accepted deep page are iterative", "[extract][limits]") {
    // 1999 levels: accepted by the default limit; text and descendants must not recurse.
    std::string html = page(repeat("<div><span>", 999) + "dasar");
    auto doc = HtmlDocument::parse(html, 2000);
    REQUIRE(doc);
    CHECK(doc->descendants(doc->root()).size() > 1998);
    CHECK(HtmlDocument::text(doc->root(), nullptr).find("dasar") != std::string::npos);
}
