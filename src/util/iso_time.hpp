#pragma once
// UTC instants as ISO 8601 text, the database's time format.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace suasana::util {

/// Returns `epoch_s` as "YYYY-MM-DDTHH:MM:SSZ".
std::string format_utc(std::int64_t epoch_s);

/// Returns the current time in seconds since the epoch.
std::int64_t now_epoch();

/// Returns the epoch seconds of a proleptic Gregorian UTC date and time (no validation).
std::int64_t epoch_from_civil(int year, int month, int day, int hour, int minute, int second);

/// Returns the UTC date of `epoch_s` as {year, month, day}.
struct CivilDate {
    int year, month, day;
};
CivilDate civil_from_epoch(std::int64_t epoch_s);

/// Returns the day `n` days after the YYYY-MM-DD `day` (n may be negative); "" if `day` is
/// malformed.
std::string add_days(const std::string& day, int n);

/// Returns true when `day` is a valid YYYY-MM-DD date.
bool is_day(const std::string& day);

}  // namespace suasana::util
