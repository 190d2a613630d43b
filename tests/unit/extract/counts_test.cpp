// Unit tests for extract/counts.hpp: the like and reply counts pages show (PRODUCT.md).
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/counts.hpp"

using suasana::extract::parse_count;

TEST_CASE("parse_count reads the count forms PRODUCT.md lists", "[extract]") {
    struct Case {
        std::string text;
        std::int64_t expected;
    };
    const std::vector<Case> cases = {
        {"12", 12},
        {"0", 0},
        {"1.234", 1234},    // '.' groups thousands
        {"12,500", 12500},  // ',' groups thousands too
        {"1.234.567", 1234567},
        {"1,2rb", 1200},  // rb = ribu (thousand); ',' is the decimal point
        {"1,5 rb", 1500},
        {"3 ribu", 3000},
        {"2jt", 2000000},  // jt = juta (million)
        {"1,25 juta", 1250000},
        {"1.5K", 1500},
        {"2k", 2000},
        {"3M", 3000000},
        {"12 suka", 12},
        {"18 Suka", 18},
        {"Balas0", 0},
        {"Balas 7", 7},
        {"  42  ", 42},
        {"Komentar (9)", 9},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        auto count = parse_count(c.text);
        REQUIRE(count.has_value());
        CHECK(*count == c.expected);
    }
}

TEST_CASE("parse_count returns nothing when the text has no digit", "[extract]") {
    for (const char* text : {"", "Suka", "Balas", "rb", "   ", "Lihat Asli"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_count(text).has_value());
    }
}

TEST_CASE("parse_count takes the first number in the text", "[extract]") {
    CHECK(parse_count("Komentar 0/400") == std::optional<std::int64_t>(0));
    CHECK(parse_count("5 dari 10") == std::optional<std::int64_t>(5));
}

TEST_CASE("parse_count does not read a word starting with k or m as a multiplier", "[extract]") {
    // "12 komentar" is twelve, not twelve thousand; "3 menit" is three, not three million.
    CHECK(parse_count("12 komentar") == std::optional<std::int64_t>(12));
    CHECK(parse_count("3 menit") == std::optional<std::int64_t>(3));
}

TEST_CASE("parse_count refuses numbers too long to hold", "[extract]") {
    CHECK_FALSE(parse_count("1234567890123456789012345").has_value());
}

// Found by reading the code while writing the extractor fuzz targets (whose invariants refuse
// negative counts): 18 digits pass the length check, and times a multiplier they no longer fit
// in 64 bits, where llround's answer is unspecified (LLONG_MIN on x86: a negative like count).
TEST_CASE("parse_count refuses a count that a multiplier makes too large to hold", "[extract]") {
    CHECK_FALSE(parse_count("999999999999999999rb").has_value());
    CHECK_FALSE(parse_count("99999999999999999.9jt").has_value());
    CHECK(parse_count("1234567890123rb") == std::optional<std::int64_t>(1234567890123000));
}
