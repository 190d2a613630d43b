// Unit tests for report/story_section.hpp: one story's numbers, charts and quoted comments.
#include <catch2/catch.hpp>

#include <string>

#include "report/story_section.hpp"

using namespace suasana;
using namespace suasana::report;

namespace {

StorySeries series() {
    ChartDay d;
    d.day = "2023-07-21";
    d.comments = 6;
    d.positive = 4;
    d.negative = 2;
    d.mood = 33;
    return {"animal-war", {d}};
}

StoryMood story() {
    StoryMood s;
    s.story = "animal-war";
    DayMood d;
    d.day = "2023-07-21";
    d.comments = 6;
    d.positive = 4;
    d.negative = 2;
    d.mean_score = 0.145;
    d.mood_index = 33;
    s.days = {d};
    s.positive_words = {{"bagus", 0.474, 1}};
    return s;
}

}  // namespace

TEST_CASE("a story section has its stats, shares, words and comment lists", "[report]") {
    StoryDetails details;
    details.comments = 6;
    details.machine_translated = 3;
    std::string html = story_section(story(), details, series(), 0, "lex1");
    CHECK(html.rfind("<section class=\"story\" id=\"story-1\"><h2>animal-war</h2>", 0) == 0);
    CHECK(html.find("<strong>6 comments</strong> · mood index <strong>33</strong> · mean score "
                    "+0.14") != std::string::npos);
    CHECK(html.find("Machine-translated: 3 of 6 (50%)") != std::string::npos);
    CHECK(html.find("id=\"story-1-shares-title\"") != std::string::npos);
    CHECK(html.find("Up: bagus (+0.47)<br>Down: none") != std::string::npos);
    CHECK(html.find("No configured entity was mentioned in this period.") != std::string::npos);
    CHECK(html.find("No comment leaned positive in this period.") != std::string::npos);
}

TEST_CASE("a story section shows the head-to-head as a chart and tables", "[report]") {
    StoryMood s = story();
    s.entities = {{"Llama", 2, 0.5, 1, 0}, {"Falcon", 1, -0.3, 0, 1}};
    StoryDetails details;
    details.entity_days = {{"2023-07-21", "Llama", 2, 0.5, 1, 0},
                           {"2023-07-21", "Falcon", 1, -0.3, 0, 1}};
    std::string html = story_section(s, details, series(), 1, "lex1");
    CHECK(html.find("id=\"story-2-entities-title\"") != std::string::npos);
    CHECK(html.find("<tr><td>Llama</td><td class=\"num\">2</td><td class=\"num\">+0.50</td><td "
                    "class=\"num\">1</td><td class=\"num\">0</td></tr>") != std::string::npos);
    CHECK(html.find("<tr><td>2023-07-21</td><td>Falcon</td><td class=\"num\">1</td>") !=
          std::string::npos);
}
