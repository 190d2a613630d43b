// Unit tests for report/comment_cards.hpp: a hostile comment is text, a script URL is no link.
#include <catch2/catch.hpp>

#include <string>

#include "report/comment_cards.hpp"

using namespace suasana;
using namespace suasana::report;

namespace {

QuotedComment quoted() {
    QuotedComment c;
    c.author = "NftBankruptcyClub";
    c.posted_utc = 1689954480;  // 2023-07-21T15:48:00Z
    c.local_time = "2023-07-21 22:48";
    c.body = "Berdiri dan santai itu sudah bagus, super ganda.";
    c.score = 0.791;
    c.lexicon_version = "lex1";
    c.article_url = "https://www.gate.com/id/post/status/31415926";
    c.article_title = "Perang hewan";
    c.explanation = {{"bagus", "bagus", "word", 0.5}, {"super", "super", "word", 0.291}};
    return c;
}

}  // namespace

TEST_CASE("a quoted comment shows author, time, body, score, explanation and article", "[report]") {
    std::string html = comment_cards({quoted()}, "lex1", "none");
    CHECK(html.find("<span class=\"author\">NftBankruptcyClub</span>") != std::string::npos);
    CHECK(html.find("<time datetime=\"2023-07-21T15:48:00Z\">2023-07-21 22:48</time>") !=
          std::string::npos);
    CHECK(html.find("Berdiri dan santai itu sudah bagus, super ganda.") != std::string::npos);
    CHECK(html.find("<details><summary>Why +0.79?</summary>") != std::string::npos);
    CHECK(html.find("<a href=\"https://www.gate.com/id/post/status/31415926\" "
                    "rel=\"nofollow noopener noreferrer\">Perang hewan</a>") != std::string::npos);
    CHECK(html.find("Stored with lexicon") == std::string::npos);
    CHECK(html.find("machine-translated") == std::string::npos);
}

TEST_CASE("a hostile comment is shown as text and its script URL is not a link", "[report]") {
    QuotedComment c = quoted();
    c.author = "\"><script>alert(0)</script>";
    c.body = "<script>alert(1)</script><img src=x onerror=alert(2)>\nbaris dua";
    c.article_url = "javascript:alert(3)";
    c.article_title = "<b onmouseover=alert(4)>judul</b>";
    c.machine_translated = true;
    std::string html = comment_cards({c}, "lex1", "none");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b ") == std::string::npos);
    CHECK(html.find("href") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
                    "<br>baris dua") != std::string::npos);
    CHECK(html.find("Article: &lt;b onmouseover=alert(4)&gt;judul&lt;/b&gt; (<span "
                    "class=\"url\">javascript:alert(3)</span>) <span class=\"note\">(not a web "
                    "address, so not a link)</span>") != std::string::npos);
    CHECK(html.find("machine-translated") != std::string::npos);
}

TEST_CASE("an article without a title links with its address", "[report]") {
    QuotedComment c = quoted();
    c.article_title.clear();
    std::string html = comment_cards({c}, "lex1", "none");
    CHECK(html.find("rel=\"nofollow noopener noreferrer\"><span "
                    "class=\"url\">https://www.gate.com/id/post/status/31415926</span></a>") !=
          std::string::npos);
}

TEST_CASE("an explanation from another lexicon says so", "[report]") {
    std::string html = comment_cards({quoted()}, "lex2", "none");
    CHECK(html.find("Stored with lexicon lex1; explained with the current lexicon lex2") !=
          std::string::npos);
}

TEST_CASE("no comments gives the caller's sentence", "[report]") {
    CHECK(comment_cards({}, "lex1", "No comment leaned <positive>.") ==
          "<p class=\"none\">No comment leaned &lt;positive&gt;.</p>");
}

TEST_CASE("explanation_table lists every token and the shares' sum", "[report]") {
    std::string table = explanation_table(quoted().explanation);
    CHECK(table.find("<td>bagus</td><td>bagus</td><td>word</td><td class=\"num\">+0.500</td>") !=
          std::string::npos);
    CHECK(table.find("compound</th><td class=\"num\">+0.791</td>") != std::string::npos);
}
