// Unit tests for report/entity_chart.hpp: one bar per entity and day, with its mean.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/entity_chart.hpp"
#include "test_report.hpp"

using namespace suasana;
using namespace suasana::report;
using suasana::test::count;

TEST_CASE("entity_chart draws a bar per entity and day that had mentions", "[report]") {
    std::vector<EntityDay> tallies = {{"2023-07-21", "Falcon", 2, -0.25, 0, 1},
                                      {"2023-07-21", "Llama", 1, 0.612, 1, 0},
                                      {"2023-07-23", "Llama", 3, 0.1, 0, 0},
                                      {"2023-07-30", "Llama", 9, 0.1, 0, 0},      // outside
                                      {"2023-07-21", "Unlisted", 9, 0.1, 0, 0}};  // not asked
    std::string svg = entity_chart({"2023-07-21", "2023-07-22", "2023-07-23"}, {"Llama", "Falcon"},
                                   tallies, {"e", "Head-to-head", "Bars"});
    CHECK(count(svg, "class=\"mention\"") == 3);
    CHECK(svg.find("data-entity=\"Falcon\" data-day=\"2023-07-21\" data-mentions=\"2\" "
                   "data-mean=\"-0.250\"") != std::string::npos);
    CHECK(svg.find("Llama, 2023-07-21: 1 mention, mean +0.61") != std::string::npos);
    CHECK(svg.find(">+0.61</text>") != std::string::npos);  // the mean above the bar
    CHECK(svg.find("Unlisted") == std::string::npos);
    CHECK(svg.find(">3</text>") != std::string::npos);  // the scale's top: most mentions shown
}

TEST_CASE("entity_chart escapes entity names", "[report]") {
    std::string svg = entity_chart({"2023-07-21"}, {"<i>"}, {{"2023-07-21", "<i>", 1, 0.5, 0, 0}},
                                   {"e", "Head-to-head", "Bars"});
    CHECK(svg.find("<i>") == std::string::npos);
    CHECK(svg.find("data-entity=\"&lt;i&gt;\"") != std::string::npos);
}
