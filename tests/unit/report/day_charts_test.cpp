// Unit tests for report/day_charts.hpp: the marks carry the numbers they were drawn from.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/day_charts.hpp"
#include "test_report.hpp"

using namespace suasana::report;
using suasana::test::count;

namespace {

ChartDay day(const std::string& d, long pos, long neu, long neg) {
    ChartDay c;
    c.day = d;
    c.positive = pos;
    c.neutral = neu;
    c.negative = neg;
    c.comments = pos + neu + neg;
    if (c.comments > 0) c.mood = 100 * (pos - neg) / c.comments;
    return c;
}

// The animal war with a quiet middle day, and a story whose name came from a hostile page.
std::vector<StorySeries> stories() {
    return {{"animal-war",
             {day("2023-07-21", 4, 0, 2), day("2023-07-22", 0, 0, 0), day("2023-07-23", 0, 0, 1)}},
            {"<script>x</script>",
             {day("2023-07-21", 1, 0, 0), day("2023-07-22", 1, 1, 0), day("2023-07-23", 0, 0, 0)}}};
}

}  // namespace

TEST_CASE("mood_chart has one group per story and day with its numbers", "[report]") {
    std::string svg = mood_chart(stories(), {"m", "Mood", "Mood per day"});
    CHECK(count(svg, "<g class=\"day\"") == 6);
    CHECK(svg.find("data-story=\"animal-war\" data-day=\"2023-07-21\" data-comments=\"6\" "
                   "data-mood=\"33\"") != std::string::npos);
    CHECK(svg.find("data-story=\"animal-war\" data-day=\"2023-07-22\" data-comments=\"0\" "
                   "data-mood=\"\"") != std::string::npos);
    CHECK(count(svg, "<circle") == 4);  // no point on days without comments
    CHECK(svg.find("role=\"img\"") != std::string::npos);
}

TEST_CASE("mood_chart breaks a story's line on a day without comments", "[report]") {
    std::string svg = mood_chart(stories(), {"m", "Mood", "Mood per day"});
    auto path = svg.find("<path class=\"mood-line\" d=\"");
    REQUIRE(path != std::string::npos);
    std::string d = svg.substr(path, svg.find('"', path + 28) - path);
    CHECK(count(d, "M") == 2);  // 21 July alone, then 23 July alone
    CHECK(count(d, "L") == 0);
}

TEST_CASE("mood_chart escapes story names in attributes and tooltips", "[report]") {
    std::string svg = mood_chart(stories(), {"m", "Mood", "Mood per day"});
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("data-story=\"&lt;script&gt;x&lt;/script&gt;\"") != std::string::npos);
}

TEST_CASE("share_chart stacks the three shares of each day", "[report]") {
    std::string svg = share_chart(stories()[0], {"s", "Shares", "Shares per day"});
    CHECK(count(svg, "<g class=\"shares\"") == 3);
    CHECK(svg.find("data-day=\"2023-07-21\" data-comments=\"6\" data-positive=\"4\" "
                   "data-neutral=\"0\" data-negative=\"2\"") != std::string::npos);
    CHECK(svg.find("2023-07-21: 4 positive (67%)") != std::string::npos);
    CHECK(svg.find("2023-07-21: 2 negative (33%)") != std::string::npos);
    CHECK(svg.find("2023-07-21: 0 neutral") == std::string::npos);  // no empty segments
    CHECK(svg.find("2023-07-22: no comments") != std::string::npos);
    CHECK(svg.find("2023-07-23: 1 negative (100%)") != std::string::npos);
}
