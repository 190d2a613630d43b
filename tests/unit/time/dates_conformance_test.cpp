// Conformance of time/timestamp.hpp with the Indonesian date cases other projects test
// (dateparser, tebakmasa, moment, Carbon), from ../shared/conformance/dates-id/ (see its
// README.md). The `absolute` and `relative` rows are checked when the folder is there; the rows
// where we disagree on purpose are listed below with the reason.
#include <catch2/catch.hpp>

#include "conformance_tsv.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_files.hpp"
#include "text/zone.hpp"
#include "time/timestamp.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace fs = std::filesystem;
using suasana::text::Zone;
using suasana::util::epoch_from_civil;

namespace {

struct Case {
    std::string file, kind, text, expected, reference, note;
};

// A row we answer differently on purpose, found by its text and reference time.
struct Disagreement {
    const char* text;
    const char* reference;
    const char* why;
};

constexpr const char* k_future =
    "a future time: a comment cannot be written after it was fetched, so we never read one";
constexpr const char* k_bare_clock =
    "a clock without a day that is still ahead today: we take yesterday (the latest day not in "
    "the future, as for a date without a year), tebakmasa takes today";
constexpr const char* k_coming_weekday =
    "a day name with a clock: we take the latest such day not in the future (a comment's day), "
    "Carbon's calendar() the coming one";
constexpr const char* k_other_date =
    "relative to another given date (\"after it\"/\"before it\"), not to now: not a comment time";

const std::vector<Disagreement> k_disagreements = {
    {"dalam 12 detik", "2014-09-01T10:30:00", k_future},
    {"dalam 10 hari", "2014-09-01T10:30:00", k_future},
    {"13:37", "2020-04-25T20:38:00Z", k_bare_clock},
    {"13:37  WIB", "2020-04-25T20:38:00Z", k_bare_clock},
    {"13:37 WITA", "2020-04-25T20:38:00Z", k_bare_clock},
    {"13:37   WIT", "2020-04-25T20:38:00Z", k_bare_clock},
    {"13:37:01", "2020-04-25T20:38:00Z", k_bare_clock},
    {"Besok pukul 00.00", "2018-01-04T00:00:00", k_future},
    {"Besok pukul 01.00", "2018-01-04T23:00:00", k_future},
    // Today at a clock still ahead (found by tests/fuzz/timestamp_fuzz, see TESTING.md).
    {"Hari ini pukul 02.00", "2018-01-04T00:00:00", k_future},
    {"Sabtu pukul 00.00", "2018-01-04T00:00:00", k_coming_weekday},
    {"Minggu pukul 00.00", "2018-01-04T00:00:00", k_coming_weekday},
    {"Senin pukul 00.00", "2018-01-04T00:00:00", k_coming_weekday},
    {"Selasa pukul 00.00", "2018-01-04T00:00:00", k_coming_weekday},
    {"Rabu pukul 00.00", "2018-01-04T00:00:00", k_coming_weekday},
    {"Kamis pukul 00.00", "2018-01-05T00:00:00", k_coming_weekday},
    {"Jumat pukul 00.00", "2018-01-06T00:00:00", k_coming_weekday},
    {"Selasa pukul 00.00", "2018-01-07T00:00:00", k_coming_weekday},
    {"Rabu pukul 00.00", "2018-01-07T00:00:00", k_coming_weekday},
    {"Kamis pukul 00.00", "2018-01-07T00:00:00", k_coming_weekday},
    {"Jumat pukul 00.00", "2018-01-07T00:00:00", k_coming_weekday},
    {"Sabtu pukul 00.00", "2018-01-07T00:00:00", k_coming_weekday},
    {"dalam beberapa detik", "", k_future},
    {"dalam 5 hari", "", k_future},
    {"Besok pukul 12.00", "", k_future},
    {"1 detik dari sekarang", "2018-05-15T20:49:13.881726", k_future},
    {"1dt dari sekarang", "2018-05-15T20:49:13.881726", k_future},
    {"3 tahun dari sekarang", "2018-05-15T20:49:13.881726", k_future},
    {"1 minggu dan 6 hari dari sekarang", "2018-05-15T20:49:13.881726", k_future},
    {"sejam dari sekarang", "2018-05-15T20:49:13.881726", k_future},
    {"1 detik setelahnya", "2018-05-15T20:49:13.881726", k_other_date},
    {"1dt setelahnya", "2018-05-15T20:49:13.881726", k_other_date},
    {"1 detik sebelumnya", "2018-05-15T20:49:13.881726", k_other_date},
    {"1dt sebelumnya", "2018-05-15T20:49:13.881726", k_other_date},
};
// Not disagreements, though the README flags them: dateparser's #912 rows ("4 tahun lalu",
// "4 bulan lalu") hold its fixed behaviour, which is ours. "Minggu lalu pukul 20.49" is last
// Sunday for us too (with a clock "minggu" is the day); bare "minggu lalu", which no row has,
// is a week ago for us (as dateparser's id.py lists it), last Sunday for Carbon.

// Rows without a reference used the tests' current clock; a fixed late-evening clock keeps this
// test independent of the hour it runs at (a bare "15.25.50" is yesterday's before 15:25).
const char* const k_fixed_reference = "2018-02-10T23:59:59";

fs::path conformance_dir() {
    return fs::path(SUASANA_SOURCE_DIR "/../shared/conformance/dates-id/");
}

std::vector<Case> load_cases(const std::string& file) {
    std::ifstream in(conformance_dir() / file);
    std::vector<Case> cases;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        auto f = suasana::util::split(line, '\t');
        if (f.size() < 5 || (f[0] != "absolute" && f[0] != "relative")) continue;
        cases.push_back({file, f[0], suasana::test::unescape_conformance(f[1]),
                         suasana::test::unescape_conformance(f[2]),
                         suasana::test::unescape_conformance(f[3]),
                         suasana::test::unescape_conformance(f[4])});
    }
    return cases;
}

// Returns the seconds of "YYYY-MM-DDTHH:MM:SS[.fff][Z]" read as UTC (fractions dropped).
std::int64_t parse_reference(const std::string& s) {
    auto num = [&](std::size_t at, std::size_t n) { return std::stoi(s.substr(at, n)); };
    return epoch_from_civil(num(0, 4), num(5, 2), num(8, 2), num(11, 2), num(14, 2), num(17, 2));
}

const Zone& zone_named(const char* id) {
    static Zone jakarta = *Zone::load("Asia/Jakarta");
    static Zone utc = *Zone::load("UTC");
    return std::string(id) == "UTC" ? utc : jakarta;
}

std::string reference_of(const Case& c) {
    return c.reference.empty() ? k_fixed_reference : c.reference;
}

// Returns `ref` moved by a README offset such as "-2y3mo1d1s" or "+1d@12:00", by the calendar
// for years and months (the day clamped), then fixed lengths.
std::int64_t apply_offset(std::int64_t ref, const std::string& offset) {
    int sign = offset[0] == '-' ? -1 : 1;
    int years = 0, months = 0;
    std::int64_t seconds = 0;
    std::size_t i = 1, at = offset.find('@');
    while (i < std::min(at, offset.size())) {
        std::size_t end = offset.find_first_not_of("0123456789", i);
        int n = std::stoi(offset.substr(i, end - i));
        std::size_t unit_end = offset.find_first_of("0123456789@", end);
        std::string unit = offset.substr(end, unit_end - end);
        if (unit == "y")
            years = n;
        else if (unit == "mo")
            months = n;
        else if (unit == "w")
            seconds += n * 7 * 86400;
        else if (unit == "d")
            seconds += n * 86400;
        else if (unit == "h")
            seconds += n * 3600;
        else if (unit == "min")
            seconds += n * 60;
        else if (unit == "s")
            seconds += n;
        i = unit_end;
    }
    auto date = suasana::util::civil_from_epoch(ref);
    std::int64_t time_of_day = ((ref % 86400) + 86400) % 86400;
    int total = date.year * 12 + date.month - 1 + sign * (years * 12 + months);
    int y = total / 12, m = total % 12 + 1;
    static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int dim = m == 2 && leap ? 29 : k_days[m - 1];
    std::int64_t moved =
        epoch_from_civil(y, m, std::min(date.day, dim), 0, 0, 0) + time_of_day + sign * seconds;
    if (at == std::string::npos) return moved;
    moved -= ((moved % 86400) + 86400) % 86400;
    return moved + std::stoi(offset.substr(at + 1, 2)) * 3600 +
           std::stoi(offset.substr(at + 4, 2)) * 60;
}

// Returns "" when we agree with the row, else what we read.
std::string check(const Case& c) {
    std::string ref_text = reference_of(c);
    std::int64_t now = parse_reference(ref_text);
    // A trailing Z means a UTC instant of a time read in WIB (tebakmasa); otherwise the row is
    // wall-clock time, read and compared in UTC.
    bool instant = c.kind == "absolute" && c.expected.back() == 'Z';
    const Zone& zone = zone_named(instant ? "Asia/Jakarta" : "UTC");
    auto ts = suasana::time::parse_timestamp(c.text, {}, zone, now);
    if (!ts.utc) return "no time";
    std::string got = suasana::util::format_utc(*ts.utc);
    if (c.kind == "relative") {
        if (c.note.find("fuzzy") != std::string::npos) {
            std::int64_t diff = *ts.utc - now;
            bool ok = c.expected[0] == '-' ? diff < 0 && diff > -45 : diff > 0 && diff < 45;
            return ok ? "" : got;
        }
        return *ts.utc == apply_offset(now, c.expected) ? "" : got;
    }
    std::string want = c.expected;
    if (instant) want.pop_back();
    if (want[0] == 'T') want = ref_text.substr(0, 10) + want;  // time only: on the reference day
    return got.compare(0, want.size(), want) == 0 ? "" : got;
}

const Disagreement* find_disagreement(const Case& c) {
    for (const auto& d : k_disagreements) {
        if (c.text == d.text && c.reference == d.reference) return &d;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("dates-id conformance: absolute and relative rows", "[text]") {
    suasana::test::require_shared_data(conformance_dir() / "cases.tsv");
    std::vector<Case> cases = load_cases("cases.tsv");
    for (auto& c : load_cases("cases-extra.tsv")) cases.push_back(c);
    REQUIRE_FALSE(cases.empty());
    std::size_t agreed = 0, listed = 0;
    for (const auto& c : cases) {
        CAPTURE(c.file, c.kind, c.text, c.expected, c.reference);
        std::string problem = check(c);
        if (const Disagreement* d = find_disagreement(c)) {
            INFO("listed as a disagreement: " << d->why);
            CHECK_FALSE(problem.empty());  // when we start to agree, take the row off the list
            ++listed;
            continue;
        }
        CHECK(problem == "");
        if (problem.empty()) ++agreed;
    }
    INFO("dates-id: " << agreed << " of " << cases.size() << " rows agree, " << listed
                      << " listed disagreements");
    CHECK(listed == k_disagreements.size());
    CHECK(agreed + listed == cases.size());
}

TEST_CASE("dates-id conformance: \"minggu\" is a week after a number, else Sunday", "[text]") {
    const Zone& utc = zone_named("UTC");
    const std::int64_t now = epoch_from_civil(2018, 5, 15, 20, 49, 13);  // a Tuesday
    auto read = [&](const char* raw) {
        auto ts = suasana::time::parse_timestamp(raw, {}, utc, now);
        return ts.utc ? suasana::util::format_utc(*ts.utc) : "none";
    };
    CHECK(read("minggu lalu") == "2018-05-08T20:49:13Z");  // a week ago, as id.py says
    CHECK(read("3 minggu yang lalu") == "2018-04-24T20:49:13Z");
    CHECK(read("Minggu lalu pukul 20.49") == "2018-05-13T20:49:00Z");  // last Sunday
    CHECK(read("Minggu, 18 Mar 2018 07:30") == "2018-03-18T07:30:00Z");
}
