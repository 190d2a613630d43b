// Unit tests for extract/selector.hpp and extract/html_document.hpp: the CSS subset of scraper
// files, matched on a small page, and the text an element yields.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "extract/html_document.hpp"
#include "extract/selector.hpp"

using namespace suasana::extract;

namespace {

// A comment list in the shape the samples use; every element a case looks for has an id.
const char* const k_page = R"(<!DOCTYPE html>
<html><head><title>t</title></head><body>
<div id="comments" class="comment-list main">
  <article id="c1" class="comment even" data-id="101" data-kind="top level">
    <span id="a1" class="fn">GraphGuru</span>
    <time id="t1" datetime="2023-07-21T22:50:00+07:00">07-21 22:50</time>
    <div id="b1" class="comment-content"><p id="p1">Domba kecil mengalahkan elang</p></div>
    <a id="l1" class="reply" href="https://example.id/reply?to=101">Balas</a>
    <article id="c2" class="comment odd reply-comment" data-id="102">
      <span id="a2" class="fn">YieldChaser</span>
      <a id="l2" href="mailto:someone@example.id">mail</a>
    </article>
  </article>
</div>
<ul id="list"><li id="li1" class="x">one</li><li id="li2">two</li></ul>
</body></html>)";

// Returns the ids of the elements `selector` matches, in document order.
std::vector<std::string> ids_matching(const std::string& selector) {
    auto doc = HtmlDocument::parse(k_page, 2000);
    REQUIRE(doc);
    auto parsed = Selector::parse(selector);
    INFO(selector);
    REQUIRE(parsed);
    std::vector<std::string> ids;
    for (Element e : doc->descendants(doc->root())) {
        if (!parsed->matches(e)) continue;
        auto id = e.attr("id");
        ids.emplace_back(id ? std::string(*id) : "<" + e.tag() + ">");
    }
    return ids;
}

// Returns the text of the element with `id` in `html`.
std::string text_of(const std::string& html, const std::string& id) {
    auto doc = HtmlDocument::parse(html, 2000);
    REQUIRE(doc);
    auto sel = Selector::parse("#" + id);
    REQUIRE(sel);
    for (Element e : doc->descendants(doc->root())) {
        if (sel->matches(e)) return HtmlDocument::text(e, nullptr);
    }
    FAIL("no element with id " << id);
    return {};
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("Selector::parse reports where a selector goes wrong", "[extract]") {
    struct Case {
        std::string selector;
        std::string position;  // as it appears in the message
    };
    const std::vector<Case> cases = {
        {".a[", "position 4"},           // attribute name missing at the end
        {"div >", "position 6"},         // nothing after the child combinator
        {"a:hover", "position 2"},       // pseudo-classes are not in the subset
        {"a + b", "position 3"},         // neither is the sibling combinator
        {"[x=\"unclosed]", "position"},  // the quote never closes
        {"", "position 1"},              // nothing at all
        {"a,", "position 3"},            // an alternative is missing
        {"#", "position 2"},             // '#' without a name
        {"[x|=y]", "position 3"},        // an operator outside the subset
    };
    for (const auto& c : cases) {
        CAPTURE(c.selector);
        auto parsed = Selector::parse(c.selector);
        REQUIRE_FALSE(parsed);
        CHECK_THAT(parsed.error().message, Catch::Contains("'" + c.selector + "'"));
        CHECK_THAT(parsed.error().message, Catch::Contains(c.position));
    }
    auto unclosed = Selector::parse("[x=\"unclosed]");
    REQUIRE_FALSE(unclosed);
    CHECK_THAT(unclosed.error().message, Catch::Contains("unclosed quote"));
    auto pseudo = Selector::parse("a:hover");
    REQUIRE_FALSE(pseudo);
    CHECK_THAT(pseudo.error().message, Catch::Contains("pseudo-class"));
}

TEST_CASE("Selector::parse accepts every supported form", "[extract]") {
    for (const char* text : {"div", "*", ".a", "#x", "[a]", "[a=b]", "[a^=b]", "[a$=b]", "[a*=b]",
                             "[a~=b]", "[a='b c']", "[a=\"b c\"]", "div.a.b#x[y][z=w]", "a b",
                             "a > b", "a>b", "a , b", "  div  ", "[ a = b ]"}) {
        CAPTURE(text);
        auto parsed = Selector::parse(text);
        CHECK(parsed);
        if (parsed) CHECK(parsed->text() == text);
    }
}

TEST_CASE("Selector matches each supported simple form", "[extract]") {
    struct Case {
        std::string selector;
        Ids expected;
    };
    const std::vector<Case> cases = {
        {"time", {"t1"}},
        {"ARTICLE", {"c1", "c2"}},  // tag names are case-insensitive
        {".fn", {"a1", "a2"}},
        {".comment.odd", {"c2"}},
        {".comment-list.main", {"comments"}},
        {".comment", {"c1", "c2"}},  // a class is a whole word: not "comment-content"
        {"#b1", {"b1"}},
        {"span#a2", {"a2"}},
        {"div#a2", {}},
        {"[data-id]", {"c1", "c2"}},
        {"[data-id=102]", {"c2"}},
        {"[data-id=10]", {}},  // '=' is the whole value
        {"[href^=\"mailto:\"]", {"l2"}},
        {"[href$=\"=101\"]", {"l1"}},
        {"[href*=\"@\"]", {"l2"}},
        {"[data-kind~=level]", {"c1"}},  // '~=' is one word of a space-separated list
        {"[data-kind~=lev]", {}},
        {"[class*=comment]", {"comments", "c1", "b1", "c2"}},
        {"li.x", {"li1"}},
        {"[datetime]", {"t1"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.selector);
        CHECK(ids_matching(c.selector) == c.expected);
    }
    CHECK(ids_matching("*").size() > 10);
}

TEST_CASE("Selector tells descendant from child combinators", "[extract]") {
    struct Case {
        std::string selector;
        Ids expected;
    };
    const std::vector<Case> cases = {
        {"#comments .fn", {"a1", "a2"}},  // any depth
        {"#c1 > .fn", {"a1"}},            // a direct child only
        {"#c1 .fn", {"a1", "a2"}},        // includes the reply's author
        {"#comments > .fn", {}},
        {"#comments > article", {"c1"}},
        {"article article .fn", {"a2"}},
        {"div > article > article", {"c2"}},
        {"body > article", {}},  // the articles are inside a div
        {"#b1 > p", {"p1"}},
        {"body > ul > li", {"li1", "li2"}},
        {"ul li.x", {"li1"}},
        {"section .fn", {}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.selector);
        CHECK(ids_matching(c.selector) == c.expected);
    }
}

TEST_CASE("Selector retries a higher ancestor when a child step fails, and only then",
          "[extract][limits]") {
    // The nearest .b above <i> is the span, whose parent is not .a; the <p> further up is.
    auto doc = HtmlDocument::parse(
        "<html><body><div class=a><p class=b><span class=b><i id=t>x</i></span></p></div>"
        "<section class=b><i id=u>y</i></section></body></html>",
        2000);
    REQUIRE(doc);
    auto mixed = Selector::parse(".a > .b i");
    auto deep = Selector::parse("div .b .b i");
    REQUIRE(mixed);
    REQUIRE(deep);
    std::vector<std::string> hits_mixed, hits_deep;
    for (Element e : doc->descendants(doc->root())) {
        if (mixed->matches(e)) hits_mixed.emplace_back(*e.attr("id"));
        if (deep->matches(e)) hits_deep.emplace_back(*e.attr("id"));
    }
    CHECK(hits_mixed == Ids{"t"});
    CHECK(hits_deep == Ids{"t"});
}

TEST_CASE("Selector matches a descendant chain over a deep page without retrying every ancestor",
          "[extract][limits]") {
    // 1,900 nested .nav-next (within max_depth) and 1,000 links under them, against the bundled
    // wordpress scraper's next-link selector: every link has 1,900 candidate .nav-next
    // ancestors and no .comment-navigation. A 54 KB page of this shape (2,000 links) took over
    // 5 minutes in `suasana extract` before.
    std::string html = "<html><body>";
    for (int i = 0; i < 1900; ++i) html += "<div class=nav-next>";
    for (int i = 0; i < 1000; ++i) html += "<a>x</a>";
    auto doc = HtmlDocument::parse(html, 2000);
    REQUIRE(doc);
    auto next = Selector::parse(".comment-navigation .nav-next a");
    REQUIRE(next);
    auto start = std::chrono::steady_clock::now();
    std::size_t hits = 0;
    for (Element e : doc->descendants(doc->root())) hits += next->matches(e) ? 1U : 0U;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(hits == 0);
    CHECK(seconds < 30.0);  // each link still walks to the root once: ~2 s in a debug build
}

TEST_CASE("Selector ',' alternatives match any of their parts", "[extract]") {
    CHECK(ids_matching("time, #b1") == Ids{"t1", "b1"});
    CHECK(ids_matching("#li2,#li1") == Ids{"li1", "li2"});  // document order, not selector order
    CHECK(ids_matching(".nothing, .fn") == Ids{"a1", "a2"});
}

TEST_CASE("Selector never matches an invalid element", "[extract]") {
    auto any = Selector::parse("*");
    REQUIRE(any);
    CHECK_FALSE(any->matches(Element()));
}

TEST_CASE("FieldSelector splits an optional @attribute from the selector", "[extract]") {
    struct Case {
        std::string text;
        bool has_selector;
        std::string selector;
        std::string attribute;
    };
    const std::vector<Case> cases = {
        {"@id", false, "", "id"},
        {"time@datetime", true, "time", "datetime"},
        {".comment-metadata time@datetime", true, ".comment-metadata time", "datetime"},
        {".fn", true, ".fn", ""},
        {"a[href*=\"@\"]", true, "a[href*=\"@\"]", ""},  // '@' inside brackets is a value
        {"a[href*=\"@\"]@href", true, "a[href*=\"@\"]", "href"},
        {"a@HREF", true, "a", "href"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        auto field = FieldSelector::parse(c.text);
        REQUIRE(field);
        CHECK(field->has_selector == c.has_selector);
        CHECK(field->attribute == c.attribute);
        if (c.has_selector) CHECK(field->selector.text() == c.selector);
    }
}

TEST_CASE("FieldSelector::parse fails on a bad selector or a missing attribute name", "[extract]") {
    auto no_name = FieldSelector::parse("time@");
    REQUIRE_FALSE(no_name);
    CHECK_THAT(no_name.error().message, Catch::Contains("time@"));
    auto bad = FieldSelector::parse("a:hover@href");
    REQUIRE_FALSE(bad);
    CHECK_THAT(bad.error().message, Catch::Contains("position 2"));
}

TEST_CASE("HtmlDocument::text collapses whitespace and trims", "[extract]") {
    CHECK(text_of("<div id=x>  Kebun \n\t binatang   <b>berkelahi</b>  haha </div>", "x") ==
          "Kebun binatang berkelahi haha");
    CHECK(text_of("<span id=x>a<b>b</b><i>c</i></span>", "x") == "abc");
}

TEST_CASE("HtmlDocument::text turns <br> and block boundaries into newlines", "[extract]") {
    CHECK(text_of("<div id=x>satu<br>dua<br/>tiga</div>", "x") == "satu\ndua\ntiga");
    CHECK(text_of("<div id=x><p>Perang bakar uang,</p><p>mari kita ketahui</p></div>", "x") ==
          "Perang bakar uang,\nmari kita ketahui");
    CHECK(text_of("<div id=x>before<div>inside</div>after</div>", "x") == "before\ninside\nafter");
    // Empty paragraphs add no blank lines, and there is no newline at either end.
    CHECK(text_of("<div id=x><p></p><p>a</p><p>b</p><p></p></div>", "x") == "a\nb");
}

TEST_CASE("HtmlDocument::text skips script, style and what the caller skips", "[extract]") {
    CHECK(text_of("<div id=x>a<script>var s = 1;</script>b<style>p{}</style>c</div>", "x") ==
          "abc");
    auto doc = HtmlDocument::parse(
        "<div id=x>Hanya dua hewan <a class=translate-link>Lihat Asli</a> bertengkar</div>", 2000);
    REQUIRE(doc);
    auto item = Selector::parse("#x");
    auto drop = Selector::parse(".translate-link");
    REQUIRE(item);
    REQUIRE(drop);
    for (Element e : doc->descendants(doc->root())) {
        if (!item->matches(e)) continue;
        CHECK(HtmlDocument::text(e, [&](Element child) { return drop->matches(child); }) ==
              "Hanya dua hewan bertengkar");
        CHECK(HtmlDocument::text(e, nullptr) == "Hanya dua hewan Lihat Asli bertengkar");
    }
}

TEST_CASE("HtmlDocument::text decodes entities", "[extract]") {
    CHECK(text_of("<p id=x>a &amp; b &lt;3</p>", "x") == "a & b <3");
}

TEST_CASE("Element gives tag, attributes, parent and children", "[extract]") {
    auto doc = HtmlDocument::parse(k_page, 2000);
    REQUIRE(doc);
    CHECK(doc->root().tag() == "html");
    CHECK_FALSE(doc->root().parent().valid());
    auto sel = Selector::parse("#c2");
    REQUIRE(sel);
    Element reply;
    for (Element e : doc->descendants(doc->root()))
        if (sel->matches(e)) reply = e;
    REQUIRE(reply.valid());
    CHECK(reply.tag() == "article");
    CHECK(reply.attr("data-id") == std::optional<std::string_view>("102"));
    CHECK_FALSE(reply.attr("missing").has_value());
    CHECK(reply.parent().attr("id") == std::optional<std::string_view>("c1"));
    std::vector<std::string> child_ids;
    for (Element child : reply.children()) child_ids.emplace_back(*child.attr("id"));
    CHECK(child_ids == std::vector<std::string>{"a2", "l2"});
}

TEST_CASE("HtmlDocument::descendants excludes the scope and keeps document order", "[extract]") {
    auto doc = HtmlDocument::parse("<ul id=u><li id=a><b id=b></b></li><li id=c></li></ul>", 2000);
    REQUIRE(doc);
    auto sel = Selector::parse("#u");
    REQUIRE(sel);
    for (Element e : doc->descendants(doc->root())) {
        if (!sel->matches(e)) continue;
        std::vector<std::string> ids;
        for (Element d : doc->descendants(e)) ids.emplace_back(*d.attr("id"));
        CHECK(ids == std::vector<std::string>{"a", "b", "c"});
    }
}

TEST_CASE("HtmlDocument::parse refuses a page nested 100000 deep", "[extract]") {
    std::string html;
    const int depth = 100000;
    html.reserve(static_cast<std::size_t>(depth) * 11);
    for (int i = 0; i < depth; ++i) html += "<div>";
    html += "x";
    for (int i = 0; i < depth; ++i) html += "</div>";
    auto doc = HtmlDocument::parse(html, 2000);
    REQUIRE_FALSE(doc);
    CHECK_THAT(doc.error().message, Catch::Contains("2000"));
}

TEST_CASE("HtmlDocument::parse accepts a page within max_depth", "[extract]") {
    std::string html;
    for (int i = 0; i < 50; ++i) html += "<div>";
    html += "<p id=deep>dalam</p>";
    for (int i = 0; i < 50; ++i) html += "</div>";
    CHECK(text_of(html, "deep") == "dalam");
    // Many siblings are wide, not deep.
    std::string wide;
    for (int i = 0; i < 5000; ++i) wide += "<p>x</p>";
    CHECK(HtmlDocument::parse(wide, 100));
}

TEST_CASE("HtmlDocument::parse accepts a flat page with many <br> and <img>", "[extract]") {
    std::string html = "<div id=comments>";
    for (int i = 0; i < 3000; ++i) html += "<p>baris<br>baris <img src=a.png></p>";
    html += "</div>";
    auto doc = HtmlDocument::parse(html, 2000);
    CHECK(doc);
}

TEST_CASE("HtmlDocument::parse refuses a page just deeper than max_depth", "[extract]") {
    std::string html;
    const int depth = 150;
    for (int i = 0; i < depth; ++i) html += "<div>";
    for (int i = 0; i < depth; ++i) html += "</div>";
    CHECK_FALSE(HtmlDocument::parse(html, 100));
}
