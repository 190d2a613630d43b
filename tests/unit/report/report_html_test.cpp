// Unit tests for report/report_html.hpp on hand-built reports: a self-contained page with no
// script, what the numbers stand on, and escaping of everything that came from a page.
#include <catch2/catch.hpp>

#include <string>

#include "report/report_html.hpp"
#include "test_report.hpp"

using namespace suasana;
using namespace suasana::report;
using suasana::test::count;
using suasana::test::day;

namespace {

MoodReport animal_war() {
    StoryMood story;
    story.story = "animal-war";
    story.days = {day("2023-07-21", 4, 0, 2, 0.145), day("2023-07-23", 0, 0, 1, -0.25)};
    story.entities = {{"Llama", 1, 0.612, 1, 0}};
    StoryDetails details;
    details.story = "animal-war";
    details.comments = 7;
    details.machine_translated = 7;
    details.lexicon_versions = {"lex1"};
    details.entity_days = {{"2023-07-21", "Llama", 1, 0.612, 1, 0}};
    QuotedComment c;
    c.author = "GraphGuru";
    c.local_time = "2023-07-21 22:50";
    c.body = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    c.score = 0.4;
    c.lexicon_version = "lex1";
    c.article_url = "javascript:alert(3)";
    details.most_positive = {c};
    MoodReport r;
    r.summary.first_day = "2023-07-21";
    r.summary.last_day = "2023-07-23";
    r.summary.zone = "Asia/Jakarta";
    r.summary.stories = {story};
    r.details = {details};
    r.current_lexicon = "lex1";
    r.generated_at = "2023-07-24 08:00";
    r.version = "0.1.0";
    return r;
}

}  // namespace

TEST_CASE("the report is one page that runs and loads nothing", "[report]") {
    std::string html = format_report_html(animal_war());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; img-src data:;") != std::string::npos);
    CHECK(html.find("name=\"viewport\"") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("src=\"") == std::string::npos);
    CHECK(html.find("href=") == std::string::npos);  // the only link was javascript:
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("the report says what its numbers stand on", "[report]") {
    std::string html = format_report_html(animal_war());
    CHECK(html.find("<dt>Period</dt><dd>2023-07-21 to 2023-07-23 (3 days)</dd>") !=
          std::string::npos);
    CHECK(html.find("<dd>Asia/Jakarta</dd>") != std::string::npos);
    CHECK(html.find("7 of 7 (100%) were shown by their site as machine translations") !=
          std::string::npos);
    CHECK(html.find("<dt>Scored with lexicon</dt><dd>lex1") != std::string::npos);
    CHECK(html.find("Made by suasana 0.1.0 on 2023-07-24 08:00") != std::string::npos);
}

TEST_CASE("every chart of the report has a text alternative and its numbers", "[report]") {
    std::string html = format_report_html(animal_war());
    std::size_t charts = count(html, "<svg xmlns");
    CHECK(charts == 3);  // mood, shares, head-to-head
    CHECK(count(html, "role=\"img\"") == charts);
    CHECK(count(html, "<desc id=") == charts);
    CHECK(count(html, "<g class=\"day\"") == 3);
    CHECK(count(html, "<g class=\"shares\"") == 3);
    CHECK(html.find("<td>2023-07-22</td><td>animal-war</td><td class=\"num\">0</td><td "
                    "class=\"num\" colspan=\"5\">no comments</td>") != std::string::npos);
    CHECK(html.find("<td class=\"num\">4 (67%)</td>") != std::string::npos);
}

TEST_CASE("the report's table folds a run of days without comments into one row", "[report]") {
    MoodReport r = animal_war();
    r.summary.first_day = "2023-07-01";
    r.summary.last_day = "2023-07-25";
    std::string html = format_report_html(r);
    CHECK(html.find("<td>2023-07-01 to 2023-07-20</td><td>animal-war</td><td class=\"num\">0</td>"
                    "<td class=\"num\" colspan=\"5\">no comments (20 days)</td>") !=
          std::string::npos);
    // A lone empty day keeps its own row.
    CHECK(html.find("<td>2023-07-22</td><td>animal-war</td><td class=\"num\">0</td><td "
                    "class=\"num\" colspan=\"5\">no comments</td>") != std::string::npos);
    CHECK(html.find("<td>2023-07-24 to 2023-07-25</td>") != std::string::npos);
    CHECK(count(html, "no comments (") == 2);
    // The charts keep one slot per day: their axis is time.
    CHECK(count(html, "<g class=\"day\"") == 25);
}

TEST_CASE("an empty database gives a page that says so", "[report]") {
    MoodReport r = animal_war();
    r.summary.stories.clear();
    r.details.clear();
    std::string html = format_report_html(r);
    CHECK(html.find("No stories in the database yet") != std::string::npos);
    CHECK(html.find("<svg xmlns") == std::string::npos);
}
