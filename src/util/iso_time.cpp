#include "util/iso_time.hpp"

#include <chrono>
#include <cstdio>
#include <string>

namespace suasana::util {

// Days from 1970-01-01 for a civil date (Howard Hinnant's public-domain algorithm).
static std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilDate civil_from_epoch(std::int64_t epoch_s) {
    std::int64_t z = (epoch_s >= 0 ? epoch_s : epoch_s - 86399) / 86400 + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
    return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

std::int64_t epoch_from_civil(int year, int month, int day, int hour, int minute, int second) {
    return days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
           std::int64_t{hour} * 3600 + std::int64_t{minute} * 60 + second;
}

std::string format_utc(std::int64_t epoch_s) {
    CivilDate date = civil_from_epoch(epoch_s);
    std::int64_t secs = epoch_s - days_from_civil(date.year, static_cast<unsigned>(date.month),
                                                  static_cast<unsigned>(date.day)) *
                                      86400;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year, date.month,
                  date.day, static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                  static_cast<int>(secs % 60));
    return buf;
}

std::int64_t now_epoch() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {
bool parse_day(const std::string& day, int& y, int& m, int& d) {
    if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
    for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (day[i] < '0' || day[i] > '9') return false;
    }
    y = std::stoi(day.substr(0, 4));
    m = std::stoi(day.substr(5, 2));
    d = std::stoi(day.substr(8, 2));
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
}  // namespace

bool is_day(const std::string& day) {
    int y = 0, m = 0, d = 0;
    if (!parse_day(day, y, m, d)) return false;
    CivilDate back = civil_from_epoch(epoch_from_civil(y, m, d, 0, 0, 0));
    return back.year == y && back.month == m && back.day == d;
}

std::string add_days(const std::string& day, int n) {
    int y = 0, m = 0, d = 0;
    if (!is_day(day) || !parse_day(day, y, m, d)) return {};
    CivilDate c = civil_from_epoch(epoch_from_civil(y, m, d, 12, 0, 0) + std::int64_t{n} * 86400);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

}  // namespace suasana::util
