// Unit tests for report/svg.hpp: locale-free numbers, named charts, escaped text.
#include <catch2/catch.hpp>

#include "report/svg.hpp"

using namespace suasana::report;

TEST_CASE("svg_number writes at most one decimal and no negative zero", "[report]") {
    CHECK(svg_number(100) == "100");
    CHECK(svg_number(12.34) == "12.3");
    CHECK(svg_number(-7.25) == "-7.3");
    CHECK(svg_number(-0.04) == "0");
    CHECK(svg_number(0.5) == "0.5");
}

TEST_CASE("svg_open names the chart for screen readers", "[report]") {
    std::string svg = svg_open({"c1", "Mood <per> day", "Lines & bars"}, 720, 300, "chart");
    CHECK(svg.find("viewBox=\"0 0 720 300\"") != std::string::npos);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"c1-title c1-desc\"") != std::string::npos);
    CHECK(svg.find("<title id=\"c1-title\">Mood &lt;per&gt; day</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"c1-desc\">Lines &amp; bars</desc>") != std::string::npos);
}

TEST_CASE("svg_text and svg_rect escape what they are given", "[report]") {
    CHECK(svg_text(10, 20.06, "<b>", "end", "axis") ==
          "<text x=\"10\" y=\"20.1\" text-anchor=\"end\" class=\"axis\">&lt;b&gt;</text>");
    std::string rect = svg_rect(1, 2, 3, -4, "#fff", "a \"b\"", svg_attribute("data-x", "<'>"));
    CHECK(rect ==
          "<rect x=\"1\" y=\"2\" width=\"3\" height=\"0\" fill=\"#fff\" "
          "data-x=\"&lt;&#39;&gt;\"><title>a &quot;b&quot;</title></rect>");
}
