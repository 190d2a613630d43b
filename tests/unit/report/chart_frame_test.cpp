// Unit tests for report/chart_frame.hpp: day slots, labels that never crowd, colours.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/chart_frame.hpp"
#include "test_report.hpp"

using namespace suasana::report;
using suasana::test::count;

TEST_CASE("a DayAxis gives every day an equal slot", "[report]") {
    DayAxis axis{40, 100, 3};
    CHECK(axis.slot() == Approx(20));
    CHECK(axis.centre(0) == Approx(50));
    CHECK(axis.centre(2) == Approx(90));
}

TEST_CASE("day_labels labels every day when there is room, and thins them out when not",
          "[report]") {
    std::vector<std::string> three = {"2023-07-21", "2023-07-22", "2023-07-23"};
    std::string labels = day_labels(three, {44, 708, 3}, 300);
    CHECK(count(labels, "<text") == 3);
    CHECK(labels.find(">07-21<") != std::string::npos);
    std::vector<std::string> many;
    for (int i = 0; i < 90; ++i) many.push_back("2023-05-" + std::to_string(10 + i % 20));
    CHECK(count(day_labels(many, {44, 708, 90}, 300), "<text") <= 14);
}

TEST_CASE("series colours repeat after eight", "[report]") {
    CHECK(std::string(series_colour(0)) != series_colour(1));
    CHECK(std::string(series_colour(0)) == series_colour(8));
}
