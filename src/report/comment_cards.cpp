#include "report/comment_cards.hpp"

#include "report/html_escape.hpp"
#include "report/html_parts.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::report {

namespace {

// Escaped text with each newline as <br> (bodies keep their paragraphs).
std::string with_breaks(const std::string& text) {
    std::string out;
    for (const auto& line : util::split(text, '\n')) {
        if (!out.empty()) out += "<br>";
        out += escape_html(line);
    }
    return out;
}

std::string article_line(const QuotedComment& c) {
    std::string url = "<span class=\"url\">" + escape_html(c.article_url) + "</span>";
    std::string out = "<p class=\"source\">Article: ";
    if (auto href = safe_href(c.article_url)) {
        out += "<a href=\"" + *href + "\" rel=\"nofollow noopener noreferrer\">" +
               (c.article_title.empty() ? url : escape_html(c.article_title)) + "</a>";
    } else {
        out += c.article_title.empty() ? url : escape_html(c.article_title) + " (" + url + ")";
        out += " <span class=\"note\">(not a web address, so not a link)</span>";
    }
    return out + "</p>";
}

std::string card(const QuotedComment& c, const std::string& current_lexicon) {
    std::string score = signed_fixed(c.score, 2);
    std::string out = "<article class=\"comment\"><p class=\"meta\"><span class=\"author\">" +
                      escape_html(c.author.empty() ? "(anonymous)" : c.author) +
                      "</span> · <time datetime=\"" + util::format_utc(c.posted_utc) + "\">" +
                      escape_html(c.local_time) + "</time> · <span class=\"score\">" + score +
                      "</span>";
    if (c.machine_translated) out += " · <span class=\"note\">machine-translated</span>";
    out += "</p><blockquote>" + with_breaks(c.body) + "</blockquote>";
    out += "<details><summary>Why " + score + "?</summary>" + explanation_table(c.explanation);
    if (c.lexicon_version != current_lexicon) {
        out += "<p class=\"note\">Stored with lexicon " + escape_html(c.lexicon_version) +
               "; explained with the current lexicon " + escape_html(current_lexicon) +
               " (<code>suasana rescore</code> brings the stored scores up to date).</p>";
    }
    out += "</details>" + article_line(c) + "</article>";
    return out;
}

}  // namespace

std::string explanation_table(const std::vector<Contribution>& explanation) {
    std::string out =
        "<table class=\"why\"><thead><tr><th scope=\"col\">token</th><th scope=\"col\">read "
        "as</th><th scope=\"col\">rule</th><th scope=\"col\" class=\"num\">share</th></tr>"
        "</thead><tbody>";
    double sum = 0;
    for (const auto& c : explanation) {
        sum += c.value;
        out += "<tr><td>" + escape_html(c.token.empty() ? "·" : c.token) + "</td><td>" +
               escape_html(c.normal) + "</td><td>" + escape_html(c.rule) +
               "</td><td class=\"num\">" + signed_fixed(c.value, 3) + "</td></tr>";
    }
    out += "</tbody><tfoot><tr><th scope=\"row\" colspan=\"3\">compound</th><td class=\"num\">" +
           signed_fixed(sum, 3) + "</td></tr></tfoot></table>";
    return out;
}

std::string comment_cards(const std::vector<QuotedComment>& comments,
                          const std::string& current_lexicon, const std::string& none_text) {
    if (comments.empty()) return "<p class=\"none\">" + escape_html(none_text) + "</p>";
    std::string out;
    for (const auto& c : comments) out += card(c, current_lexicon);
    return out;
}

}  // namespace suasana::report
