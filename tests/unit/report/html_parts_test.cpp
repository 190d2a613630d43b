// Unit tests for report/html_parts.hpp.
#include <catch2/catch.hpp>

#include "report/html_parts.hpp"

using namespace suasana::report;

TEST_CASE("signed_fixed and percent print as the summary does", "[report]") {
    CHECK(signed_fixed(0.791, 2) == "+0.79");
    CHECK(signed_fixed(-0.25, 2) == "-0.25");
    CHECK(signed_fixed(0, 3) == "+0.000");
    CHECK(percent(4, 6) == "67%");
    CHECK(percent(1, 3) == "33%");
    CHECK(percent(0, 0) == "0%");
}

TEST_CASE("legends and cells escape their text", "[report]") {
    std::string l = legend({{"<b>", "#000"}});
    CHECK(l.find("aria-hidden=\"true\"") != std::string::npos);
    CHECK(l.find("&lt;b&gt;</li>") != std::string::npos);
    CHECK(cell("a<b") == "<td>a&lt;b</td>");
    CHECK(cell("12", Align::number) == "<td class=\"num\">12</td>");
    CHECK(table_head({"day"}) ==
          "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">day</th></tr></thead>"
          "<tbody>");
    CHECK(table_end() == "</tbody></table></div>");
}
