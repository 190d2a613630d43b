// Unit tests for time/timestamp.hpp (with text/zone.hpp): the times comment sections show, read
// in Asia/Jakarta (WIB, UTC+7, no daylight saving) against a fixed "now".
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "text/zone.hpp"
#include "time/timestamp.hpp"
#include "util/iso_time.hpp"

using suasana::Timestamp;
using suasana::text::Zone;
using suasana::time::parse_timestamp;
using suasana::util::epoch_from_civil;
using suasana::util::format_utc;

namespace {

// 2023-07-24T01:00:00Z is 08:00 WIB on Monday 24 July 2023: the morning after the Gate comments.
const std::int64_t k_now = epoch_from_civil(2023, 7, 24, 1, 0, 0);

const Zone& jakarta() {
    static const Zone zone = [] {
        auto z = Zone::load("Asia/Jakarta");
        REQUIRE(z);
        return *z;
    }();
    return zone;
}

Timestamp read(const std::string& raw, const std::vector<std::string>& formats = {}) {
    return parse_timestamp(raw, formats, jakarta(), k_now);
}

// Returns the UTC text of `ts`, or "none" when it has no time.
std::string utc_of(const Timestamp& ts) {
    return ts.utc ? format_utc(*ts.utc) : "none";
}

}  // namespace

TEST_CASE("Zone::load knows Asia/Jakarta and refuses unknown names", "[text]") {
    auto zone = Zone::load("Asia/Jakarta");
    REQUIRE(zone);
    CHECK(zone->id() == "Asia/Jakarta");
    CHECK(zone->offset_at(k_now) == 7 * 3600);
    CHECK(zone->minute_of(k_now) == "2023-07-24 08:00");

    auto bad = Zone::load("Not/AZone");
    REQUIRE_FALSE(bad);
    CHECK_THAT(bad.error().message, Catch::Contains("Not/AZone"));
}

TEST_CASE("the Gate form MM-DD HH:mm gets the latest year not in the future", "[text]") {
    struct Case {
        std::string raw;
        std::string utc;
    };
    const std::vector<Case> cases = {
        {"07-23 10:56", "2023-07-23T03:56:00Z"},
        {"· 07-23 10:56", "2023-07-23T03:56:00Z"},  // the separator Gate shows before the time
        {"07-24 08:00", "2023-07-24T01:00:00Z"},    // exactly now is not in the future
        {"07-24 08:01", "2022-07-24T01:01:00Z"},    // one minute later is: last year
        {"12-31 23:00", "2022-12-31T16:00:00Z"},
        {"01-01 00:30", "2022-12-31T17:30:00Z"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.raw);
        Timestamp ts = read(c.raw, {"MM-DD HH:mm"});
        CHECK(utc_of(ts) == c.utc);
        CHECK(ts.inferred);
        CHECK_FALSE(ts.relative);
        CHECK(ts.raw == c.raw);
    }
}

TEST_CASE("iso8601 honours Z and offsets, and applies the zone without one", "[text]") {
    struct Case {
        std::string raw;
        std::string utc;
    };
    const std::vector<Case> cases = {
        {"2023-07-21T22:50:00Z", "2023-07-21T22:50:00Z"},
        {"2023-07-21T22:50:00+07:00", "2023-07-21T15:50:00Z"},
        {"2023-07-21T22:50:00+0700", "2023-07-21T15:50:00Z"},
        {"2023-07-21T22:50:00-03:00", "2023-07-22T01:50:00Z"},
        {"2023-07-21T22:50:00.123Z", "2023-07-21T22:50:00Z"},
        {"2023-07-21T22:50:00", "2023-07-21T15:50:00Z"},  // no offset: Asia/Jakarta
        {"2023-07-21 22:50", "2023-07-21T15:50:00Z"},
        {"2023-07-21", "2023-07-20T17:00:00Z"},  // local midnight
    };
    for (const auto& c : cases) {
        CAPTURE(c.raw);
        Timestamp ts = read(c.raw, {"iso8601"});
        CHECK(utc_of(ts) == c.utc);
        CHECK_FALSE(ts.inferred);
        CHECK_FALSE(ts.relative);
    }
}

TEST_CASE("epoch reads seconds as a number or a decimal string", "[text]") {
    for (const char* raw : {"1788581385", "1788581385.0", " 1788581385.250 "}) {
        CAPTURE(raw);
        Timestamp ts = read(raw, {"epoch"});
        CHECK(utc_of(ts) == "2026-09-05T04:09:45Z");
    }
    CHECK_FALSE(read("17885x81385", {"epoch"}).utc);
}

TEST_CASE("epoch_ms reads milliseconds, epoch refuses them", "[text]") {
    for (const char* raw : {"1788581385000", "1788581385250", "1788581385000.0"}) {
        CAPTURE(raw);
        Timestamp ts = read(raw, {"epoch_ms"});
        CHECK(utc_of(ts) == "2026-09-05T04:09:45Z");
    }
    // Milliseconds read as seconds would be the year 58000: refused, not misread.
    CHECK_FALSE(read("1788581385000", {"epoch"}).utc);
    // Seconds read as milliseconds would be 1970: refused.
    CHECK_FALSE(read("1788581385", {"epoch_ms"}).utc);
    CHECK(suasana::time::check_time_format("epoch_ms").empty());
}

TEST_CASE("patterns read Indonesian month names, quoted literals and dotted clocks", "[text]") {
    struct Case {
        std::string raw;
        std::string format;
        std::string utc;
    };
    const std::vector<Case> cases = {
        {"5 Agustus 2023 pukul 14.05", "D MMMM YYYY [pukul] HH.mm", "2023-08-05T07:05:00Z"},
        {"05 agustus 2023 PUKUL 14.05", "D MMMM YYYY [pukul] HH.mm", "2023-08-05T07:05:00Z"},
        {"21 Jul 2023 22:50", "D MMM YYYY HH:mm", "2023-07-21T15:50:00Z"},
        {"21 Desember 2022 09.30", "D MMMM YYYY HH.mm", "2022-12-21T02:30:00Z"},
        {"21/07/2023 22:50", "DD/MM/YYYY HH:mm", "2023-07-21T15:50:00Z"},
        {"Jumat, 21 Juli 2023 22:50", "dddd, D MMMM YYYY HH:mm", "2023-07-21T15:50:00Z"},
        {"21-07-23 22:50", "DD-MM-YY HH:mm", "2023-07-21T15:50:00Z"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.raw, c.format);
        Timestamp ts = read(c.raw, {c.format});
        CHECK(utc_of(ts) == c.utc);
        CHECK_FALSE(ts.inferred);
    }
}

TEST_CASE("the first format that fits wins", "[text]") {
    Timestamp ts = read("5 Agustus 2023 pukul 14.05", {"iso8601", "D MMMM YYYY [pukul] HH.mm"});
    CHECK(utc_of(ts) == "2023-08-05T07:05:00Z");
}

TEST_CASE("WIB, WITA and WIT suffixes set the offset", "[text]") {
    const std::string format = "D MMMM YYYY [pukul] HH.mm";
    struct Case {
        std::string raw;
        std::string utc;
    };
    const std::vector<Case> cases = {
        {"5 Agustus 2023 pukul 14.05 WIB", "2023-08-05T07:05:00Z"},   // UTC+7
        {"5 Agustus 2023 pukul 14.05 WITA", "2023-08-05T06:05:00Z"},  // UTC+8
        {"5 Agustus 2023 pukul 14.05 WIT", "2023-08-05T05:05:00Z"},   // UTC+9
        {"5 Agustus 2023 pukul 14.05 UTC", "2023-08-05T14:05:00Z"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.raw);
        CHECK(utc_of(read(c.raw, {format})) == c.utc);
    }
}

TEST_CASE("Indonesian relative times resolve against now", "[text]") {
    struct Case {
        std::string raw;
        std::int64_t seconds_ago;
    };
    const std::vector<Case> cases = {
        {"baru saja", 0},
        {"5 menit yang lalu", 5 * 60},
        {"2 jam lalu", 2 * 3600},
        {"2 jam", 2 * 3600},
        {"sejam", 3600},
        {"kemarin", 86400},
        {"kemarin lusa", 2 * 86400},
        {"3 hari yang lalu", 3 * 86400},
        {"seminggu lalu", 7 * 86400},
        {"2 minggu lalu", 14 * 86400},
        {"30 detik yang lalu", 30},
        {"Baru Saja", 0},  // case does not matter
    };
    for (const auto& c : cases) {
        CAPTURE(c.raw);
        Timestamp ts = read(c.raw);
        REQUIRE(ts.utc);
        CHECK(*ts.utc == k_now - c.seconds_ago);
        CHECK(ts.relative);
        CHECK_FALSE(ts.inferred);
        CHECK(ts.raw == c.raw);
    }
}

TEST_CASE("an unreadable time keeps the raw text and has no instant", "[text]") {
    for (const char* raw : {"kapan-kapan", "99-99 99:99", "Balas0", "32 Agustus", "besok"}) {
        CAPTURE(raw);
        Timestamp ts = read(raw, {"MM-DD HH:mm", "D MMMM YYYY [pukul] HH.mm"});
        CHECK_FALSE(ts.utc);
        CHECK(ts.raw == raw);
        CHECK(ts.local_day.empty());
        CHECK_FALSE(ts.relative);
    }
    Timestamp empty = read("   ");
    CHECK_FALSE(empty.utc);
}

// Found by tests/fuzz/timestamp_fuzz (corpus/timestamp/crash-today-later-clock): "hari ini" with
// a clock later than now resolved to a time still to come.
TEST_CASE("'hari ini' with a clock later than now is unreadable, not a future time", "[text]") {
    // now is 08:00 WIB.
    Timestamp later = read("Hari ini pukul 09.15");
    CHECK_FALSE(later.utc);
    CHECK_FALSE(later.relative);
    Timestamp earlier = read("Hari ini pukul 07.15");
    REQUIRE(earlier.utc);
    CHECK(utc_of(earlier) == "2023-07-24T00:15:00Z");
    CHECK(earlier.relative);
    // Yesterday's evening is in the past whatever the clock says.
    CHECK(utc_of(read("kemarin pukul 23.59")) == "2023-07-23T16:59:00Z");
}

TEST_CASE("invalid dates are refused rather than rolled over", "[text]") {
    CHECK_FALSE(read("2023-02-29T10:00:00Z", {"iso8601"}).utc);
    CHECK_FALSE(read("31 April 2023 10.00", {"D MMMM YYYY HH.mm"}).utc);
    CHECK_FALSE(read("5 Agustus 2023 pukul 24.05", {"D MMMM YYYY [pukul] HH.mm"}).utc);
}

TEST_CASE("local_day is the day in the zone, which turns at 17:00 UTC", "[text]") {
    Timestamp late = read("2023-07-23T23:30:00+07:00", {"iso8601"});
    Timestamp early = read("2023-07-24T00:30:00+07:00", {"iso8601"});
    CHECK(utc_of(late) == "2023-07-23T16:30:00Z");
    CHECK(utc_of(early) == "2023-07-23T17:30:00Z");  // same UTC day...
    CHECK(late.local_day == "2023-07-23");
    CHECK(early.local_day == "2023-07-24");  // ...different local days
    CHECK(read("baru saja").local_day == "2023-07-24");
}

TEST_CASE("check_time_format accepts patterns and reports unbalanced brackets", "[text]") {
    using suasana::time::check_time_format;
    CHECK(check_time_format("iso8601").empty());
    CHECK(check_time_format("epoch").empty());
    CHECK(check_time_format("D MMMM YYYY [pukul] HH.mm").empty());
    CHECK_FALSE(check_time_format("D MMMM YYYY [pukul HH.mm").empty());
    CHECK_FALSE(check_time_format("D MMMM YYYY pukul] HH.mm").empty());
}

TEST_CASE("bare 'bulan lalu' is read as one month ago", "[text]") {
    Timestamp ts = read("bulan lalu");
    CHECK(ts.relative);
    CHECK(utc_of(ts) == "2023-06-24T01:00:00Z");
}

TEST_CASE("relative months and years step by the calendar", "[text]") {
    CHECK(utc_of(read("2 bulan lalu")) == "2023-05-24T01:00:00Z");
    CHECK(utc_of(read("4 thn lalu")) == "2019-07-24T01:00:00Z");
}

TEST_CASE("a year-less 29 February gets the latest leap year not in the future", "[text]") {
    const std::int64_t now = epoch_from_civil(2024, 2, 1, 0, 0, 0);
    Timestamp ts = parse_timestamp("02-29 10:00", {"MM-DD HH:mm"}, jakarta(), now);
    CHECK(utc_of(ts) == "2020-02-29T03:00:00Z");
}

TEST_CASE("the Indonesian forms are read after the scraper's formats, whatever they are",
          "[text]") {
    // A year-less date is no longer refused: the free-form reader infers its year.
    Timestamp ts = read("5 Agustus", {"MM-DD HH:mm"});
    CHECK(utc_of(ts) == "2022-08-04T17:00:00Z");
    CHECK(ts.inferred);
    // The scraper's format wins when it fits: Gate's MM-DD is not the free-form D-M.
    CHECK(utc_of(read("07-08 10:00", {"MM-DD HH:mm"})) == "2023-07-08T03:00:00Z");
    CHECK_FALSE(read("07-08 10:00").utc);
}

TEST_CASE("garbage never crashes and never gives a time out of range", "[text]") {
    // Pieces of real times glued at random: overflowing numbers, stray separators, half words.
    const std::vector<std::string> pieces = {"99999999999999999999",
                                             "2023",
                                             "07",
                                             "31",
                                             "24",
                                             ":",
                                             ".",
                                             "/",
                                             "-",
                                             "+",
                                             " ",
                                             "  ",
                                             "pukul",
                                             "jam",
                                             "minggu",
                                             "lalu",
                                             "yang",
                                             "kemarin",
                                             "WIB",
                                             "WITA",
                                             "sore",
                                             "Agu",
                                             "se",
                                             "sejam",
                                             "dan",
                                             "(",
                                             ")",
                                             ",",
                                             "\xff",
                                             "\xc3",
                                             "·",
                                             "T",
                                             "Z",
                                             "0",
                                             "60",
                                             "13"};
    std::uint32_t state = 12345;
    auto next = [&] {
        state = state * 1664525U + 1013904223U;
        return state >> 8;
    };
    for (int i = 0; i < 5000; ++i) {
        std::string raw;
        for (std::uint32_t n = next() % 8; n > 0; --n) raw += pieces[next() % pieces.size()];
        CAPTURE(raw);
        Timestamp ts = read(raw, {"D MMMM YYYY [pukul] HH.mm", "epoch"});
        if (!ts.utc) continue;
        CHECK(*ts.utc > epoch_from_civil(1800, 1, 1, 0, 0, 0));
        CHECK(*ts.utc < epoch_from_civil(2200, 1, 1, 0, 0, 0));
    }
}

// Found by reading the code while writing tests/fuzz/timestamp_fuzz (the fuzzer's inputs are
// too short to reach it): the month count of a long chain of parts overflowed an int before the
// "100 years at most" check at the end.
TEST_CASE("a relative time of thousands of parts is refused without overflowing", "[text]") {
    std::string raw;
    for (int i = 0; i < 20000; ++i) raw += "10000 tahun ";
    Timestamp ts = read(raw + "lalu");
    CHECK_FALSE(ts.utc);
    CHECK_FALSE(ts.relative);
    // Parts that stay within a century still add up.
    CHECK(utc_of(read("1 tahun 2 bulan dan 3 hari lalu")) == "2022-05-21T01:00:00Z");
}
