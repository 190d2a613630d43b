// Table test of time/timestamp.hpp: the times Indonesian comment sections really show, read in
// Asia/Jakarta (WIB, UTC+7) on Monday 24 July 2023 at 08:00 WIB (2023-07-24T01:00:00Z).
// Rows without formats are read by the built-in free-form reader alone.
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

namespace {

const std::int64_t k_now = suasana::util::epoch_from_civil(2023, 7, 24, 1, 0, 0);

// How a row's time was found: written out, resolved against now, or with its year inferred.
enum class How { absolute, relative, inferred, unreadable };

struct Row {
    std::string raw;
    std::string utc;  // "" when unreadable
    How how;
    std::vector<std::string> formats = {};
};

const std::vector<Row> k_rows = {
    // Relative forms, against now.
    {"baru saja", "2023-07-24T01:00:00Z", How::relative},
    {"Baru Saja", "2023-07-24T01:00:00Z", How::relative},
    {"barusan", "2023-07-24T01:00:00Z", How::relative},
    {"hari ini", "2023-07-24T01:00:00Z", How::relative},
    {"30 detik yang lalu", "2023-07-24T00:59:30Z", How::relative},
    {"beberapa detik yang lalu", "2023-07-24T00:59:30Z", How::relative},
    {"5 menit yang lalu", "2023-07-24T00:55:00Z", How::relative},
    {"5 mnt lalu", "2023-07-24T00:55:00Z", How::relative},
    {"2 jam lalu", "2023-07-23T23:00:00Z", How::relative},
    {"2 jam", "2023-07-23T23:00:00Z", How::relative},  // bare: hours, not o'clock
    {"2j yang lalu", "2023-07-23T23:00:00Z", How::relative},
    {"sejam", "2023-07-24T00:00:00Z", How::relative},
    {"sejam yang lalu", "2023-07-24T00:00:00Z", How::relative},
    {"1 jam 30 menit lalu", "2023-07-23T23:30:00Z", How::relative},
    {"kemarin", "2023-07-23T01:00:00Z", How::relative},
    {"Kemarin lusa", "2023-07-22T01:00:00Z", How::relative},
    {"3 hari yang lalu", "2023-07-21T01:00:00Z", How::relative},
    {"3hr yg lalu", "2023-07-21T01:00:00Z", How::relative},
    {"seminggu lalu", "2023-07-17T01:00:00Z", How::relative},
    {"minggu lalu", "2023-07-17T01:00:00Z", How::relative},    // "last week", not Sunday
    {"2 minggu lalu", "2023-07-10T01:00:00Z", How::relative},  // weeks: a number before it
    {"2 minggu", "2023-07-10T01:00:00Z", How::relative},
    {"2 mgg lalu", "2023-07-10T01:00:00Z", How::relative},
    {"bulan lalu", "2023-06-24T01:00:00Z", How::relative},
    {"3 bulan yang lalu", "2023-04-24T01:00:00Z", How::relative},
    {"setahun yang lalu", "2022-07-24T01:00:00Z", How::relative},
    {"4 thn lalu", "2019-07-24T01:00:00Z", How::relative},
    {"Diposting 2 jam lalu", "2023-07-23T23:00:00Z", How::relative},  // words around ignored
    {"2 jam lalu", "2023-07-23T23:00:00Z", How::relative, {"iso8601", "D MMMM YYYY"}},
    // Day names, "kemarin" and "hari ini" with a clock: the day comes from now.
    {"Sabtu pukul 10.00", "2023-07-22T03:00:00Z", How::relative},
    {"Senin pukul 09.00", "2023-07-17T02:00:00Z", How::relative},  // today's 09:00 is ahead
    {"Senin lalu", "2023-07-16T17:00:00Z", How::relative},
    {"Minggu lalu pukul 20.49", "2023-07-23T13:49:00Z", How::relative},  // with a clock: Sunday
    {"Kemarin pukul 22.00", "2023-07-23T15:00:00Z", How::relative},
    {"kemarin, 13:37", "2023-07-23T06:37:00Z", How::relative},
    {"Hari ini pukul 07.15", "2023-07-24T00:15:00Z", How::relative},
    // A clock alone: today, or yesterday when today's is still ahead. "jam" before: o'clock.
    {"pukul 07.45", "2023-07-24T00:45:00Z", How::relative},
    {"jam 10.00", "2023-07-23T03:00:00Z", How::relative},
    {"pukul 09.45 WITA", "2023-07-23T01:45:00Z", How::relative},
    {"13:37 WIT", "2023-07-23T04:37:00Z", How::relative},
    {"9:30 malam", "2023-07-23T14:30:00Z", How::relative},
    // Dates with day names, D/M/Y numbers, dotted clocks, zones.
    {"Senin, 06 Jul 2020 07:02 WIB", "2020-07-06T00:02:00Z", How::absolute},
    {"Rabu (4/12/2024)", "2024-12-03T17:00:00Z", How::absolute},
    {"Minggu, 23 Juli 2023", "2023-07-22T17:00:00Z", How::absolute},  // Sunday, not a week
    {"Minggu, 23 Juli 2023 19.30 WIB", "2023-07-23T12:30:00Z", How::absolute},
    {"5 Juli 2023 pukul 14.05 WITA", "2023-07-05T06:05:00Z", How::absolute},
    {"21 Juli 2023, 22:50 WIB", "2023-07-21T15:50:00Z", How::absolute},
    {"21/07/2023 22.50", "2023-07-21T15:50:00Z", How::absolute},
    {"21-07-2023", "2023-07-20T17:00:00Z", How::absolute},
    {"21.07.2023 09:15", "2023-07-21T02:15:00Z", How::absolute},
    {"4/12/24", "2024-12-03T17:00:00Z", How::absolute},
    {"28 4 2021 4:56", "2021-04-27T21:56:00Z", How::absolute},
    {"1 Jan 2023 12:00 pagi", "2022-12-31T17:00:00Z", How::absolute},
    {"Juli 21, 2023 3:25 sore", "2023-07-21T08:25:00Z", How::absolute},
    {"tanggal 17 Agustus 1945", "1945-08-16T15:00:00Z", How::absolute},  // then UTC+9 (tz data)
    {"Dikirim pada 21 Juli 2023 22:50 oleh Budi", "2023-07-21T15:50:00Z", How::absolute},
    // Month names, Indonesian and English, long and short.
    {"5 Agu 2022 10:00", "2022-08-05T03:00:00Z", How::absolute},
    {"5 Agt. 2022", "2022-08-04T17:00:00Z", How::absolute},
    {"5 Agustus 2022", "2022-08-04T17:00:00Z", How::absolute},
    {"17 Mei 2023 08.00", "2023-05-17T01:00:00Z", How::absolute},
    {"1 Okt 2022 23:59", "2022-10-01T16:59:00Z", How::absolute},
    {"25 Des 2022 12.00", "2022-12-25T05:00:00Z", How::absolute},
    {"3 Oct 2022 10:00", "2022-10-03T03:00:00Z", How::absolute},
    {"5 Nop 2019", "2019-11-04T17:00:00Z", How::absolute},
    // No year: the latest year that does not put the date in the future.
    {"5 Agustus", "2022-08-04T17:00:00Z", How::inferred},
    {"23 Juli 10:56", "2023-07-23T03:56:00Z", How::inferred},
    {"Minggu, 23 Juli", "2023-07-22T17:00:00Z", How::inferred},
    {"07-23 10:56", "2023-07-23T03:56:00Z", How::inferred, {"MM-DD HH:mm"}},  // Gate
    // ISO 8601 and epoch seconds.
    {"2023-07-21T22:50:00+07:00", "2023-07-21T15:50:00Z", How::absolute},
    {"2023-07-21 22:50", "2023-07-21T15:50:00Z", How::absolute},
    {"2023-07-21T15:50:00Z", "2023-07-21T15:50:00Z", How::absolute, {"epoch"}},
    {"1788581385", "2026-09-05T04:09:45Z", How::absolute, {"epoch"}},
    {"1788581385.0", "2026-09-05T04:09:45Z", How::absolute, {"epoch"}},
    // Unreadable: no answer rather than a wrong one.
    {"1690160400", "", How::unreadable},                // a bare number: only with "epoch"
    {"20230724", "", How::unreadable, {"epoch"}},       // a YYYYMMDD date, not seconds
    {"1690160400000", "", How::unreadable, {"epoch"}},  // milliseconds
    {"07-23 10:56", "", How::unreadable},               // MM-DD or DD-MM: only with a format
    {"besok", "", How::unreadable},                     // the future: never a comment's time
    {"Besok pukul 10.00", "", How::unreadable},
    {"2 jam lagi", "", How::unreadable},
    {"dalam 5 hari", "", How::unreadable},
    {"12/25/2023", "", How::unreadable},  // M/D/Y is not guessed
    {"31/04/2023", "", How::unreadable},
    {"Senin, 23 Juli 2023", "", How::unreadable},  // 23 July 2023 was a Sunday
    {"25:00", "", How::unreadable},
    {"5 jam 10.00", "", How::unreadable},
    {"jam", "", How::unreadable},
    {"Balas", "", How::unreadable},
    {"2 hours ago", "", How::unreadable},
    {"99999999999999999999 menit lalu", "", How::unreadable},
    {"500 tahun lalu", "", How::unreadable},
};

const Zone& jakarta() {
    static const Zone zone = [] {
        auto z = Zone::load("Asia/Jakarta");
        REQUIRE(z);
        return *z;
    }();
    return zone;
}

}  // namespace

TEST_CASE("the timestamp table: real-world Indonesian times", "[text]") {
    CHECK(k_rows.size() >= 60);
    for (const auto& row : k_rows) {
        CAPTURE(row.raw, row.formats);
        Timestamp ts = parse_timestamp(row.raw, row.formats, jakarta(), k_now);
        CHECK(ts.raw == row.raw);
        if (row.how == How::unreadable) {
            CHECK_FALSE(ts.utc);
            CHECK(ts.local_day.empty());
            continue;
        }
        REQUIRE(ts.utc);
        CHECK(suasana::util::format_utc(*ts.utc) == row.utc);
        CHECK(ts.local_day == jakarta().day_of(*ts.utc));
        CHECK(ts.relative == (row.how == How::relative));
        CHECK(ts.inferred == (row.how == How::inferred));
    }
}
