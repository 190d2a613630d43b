// Unit tests for util/iso_time.hpp: the database's UTC text format and civil-date arithmetic.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "util/iso_time.hpp"

using namespace suasana::util;

TEST_CASE("format_utc prints YYYY-MM-DDTHH:MM:SSZ", "[util]") {
    struct Case {
        std::int64_t epoch;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {0, "1970-01-01T00:00:00Z"},          {1690080960, "2023-07-23T02:56:00Z"},
        {951782400, "2000-02-29T00:00:00Z"},  // a leap day in a year divisible by 400
        {-1, "1969-12-31T23:59:59Z"},         {-86400, "1969-12-31T00:00:00Z"},
        {1788581385, "2026-09-05T04:09:45Z"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.epoch);
        CHECK(format_utc(c.epoch) == c.expected);
    }
}

TEST_CASE("epoch_from_civil and civil_from_epoch round-trip", "[util]") {
    struct Case {
        int year, month, day;
    };
    const std::vector<Case> cases = {
        {1970, 1, 1},   {2023, 7, 23}, {2024, 2, 29}, {2000, 2, 29},  {1900, 3, 1},
        {1969, 12, 31}, {1960, 2, 29}, {1601, 1, 1},  {2100, 12, 31}, {2023, 12, 31},
    };
    for (const auto& c : cases) {
        CAPTURE(c.year, c.month, c.day);
        for (int hour : {0, 12, 23}) {
            std::int64_t epoch = epoch_from_civil(c.year, c.month, c.day, hour, 59, 59);
            CivilDate back = civil_from_epoch(epoch);
            CHECK(back.year == c.year);
            CHECK(back.month == c.month);
            CHECK(back.day == c.day);
        }
    }
}

TEST_CASE("epoch_from_civil gives the known instants", "[util]") {
    CHECK(epoch_from_civil(1970, 1, 1, 0, 0, 0) == 0);
    CHECK(epoch_from_civil(1970, 1, 2, 0, 0, 0) == 86400);
    CHECK(epoch_from_civil(1969, 12, 31, 23, 59, 59) == -1);
    CHECK(epoch_from_civil(2023, 7, 23, 3, 56, 0) == 1690084560);
    // A leap day is one day after 28 February, and 1 March one day after that.
    CHECK(epoch_from_civil(2024, 2, 29, 0, 0, 0) - epoch_from_civil(2024, 2, 28, 0, 0, 0) == 86400);
    CHECK(epoch_from_civil(2024, 3, 1, 0, 0, 0) - epoch_from_civil(2024, 2, 29, 0, 0, 0) == 86400);
    // 1900 is not a leap year: 1 March follows 28 February directly.
    CHECK(epoch_from_civil(1900, 3, 1, 0, 0, 0) - epoch_from_civil(1900, 2, 28, 0, 0, 0) == 86400);
}

TEST_CASE("add_days steps across month and year ends", "[util]") {
    struct Case {
        std::string day;
        int n;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"2023-07-23", 0, "2023-07-23"},  {"2023-07-31", 1, "2023-08-01"},
        {"2023-08-01", -1, "2023-07-31"}, {"2023-12-31", 1, "2024-01-01"},
        {"2024-01-01", -1, "2023-12-31"}, {"2024-02-28", 1, "2024-02-29"},
        {"2023-02-28", 1, "2023-03-01"},  {"2024-03-01", -1, "2024-02-29"},
        {"2023-07-24", -6, "2023-07-18"}, {"2023-01-01", 365, "2024-01-01"},
        {"1970-01-01", -1, "1969-12-31"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.day, c.n);
        CHECK(add_days(c.day, c.n) == c.expected);
    }
}

TEST_CASE("add_days returns empty text for a malformed day", "[util]") {
    CHECK(add_days("", 1).empty());
    CHECK(add_days("2023-7-23", 1).empty());
    CHECK(add_days("2023-02-30", 1).empty());
    CHECK(add_days("yesterday", 1).empty());
}

TEST_CASE("is_day accepts real dates only", "[util]") {
    struct Case {
        std::string day;
        bool valid;
    };
    const std::vector<Case> cases = {
        {"2023-07-23", true},  {"2024-02-29", true},  {"2000-02-29", true},
        {"2023-02-29", false}, {"1900-02-29", false}, {"2023-04-31", false},
        {"2023-13-01", false}, {"2023-00-10", false}, {"2023-01-00", false},
        {"2023-1-01", false},  {"2023/01/01", false}, {"2023-01-01T00", false},
        {"", false},           {"abcd-ef-gh", false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.day);
        CHECK(is_day(c.day) == c.valid);
    }
}

TEST_CASE("now_epoch is after the time this test was written", "[util]") {
    CHECK(now_epoch() > epoch_from_civil(2023, 7, 24, 0, 0, 0));
}
