// Unit tests for report/report_style.hpp: the stylesheet loads nothing and covers phone and print.
#include <catch2/catch.hpp>

#include <string>

#include "report/report_style.hpp"

TEST_CASE("the report's CSS loads nothing and has phone and print rules", "[report]") {
    std::string css = suasana::report::report_css();
    CHECK(css.find("url(") == std::string::npos);
    CHECK(css.find("@import") == std::string::npos);
    CHECK(css.find("@media print") != std::string::npos);
    CHECK(css.find("@media (max-width: 600px)") != std::string::npos);
    CHECK(css.find("</style") == std::string::npos);
}
