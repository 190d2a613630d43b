#pragma once
// The words and tokens of the times comment sections show: month and day names, units, zones,
// day periods, and the token stream the free-form Indonesian reader works on.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace suasana::time::time_words {

/// A lower-cased piece of time text. Numbers carry their value (-1 when longer than nine
/// digits, which no field of a date can be); `spaced` says whether a space came before it.
struct TimeToken {
    enum class Kind { number, word, symbol };
    Kind kind = Kind::symbol;
    std::string_view text;
    int value = -1;
    bool spaced = false;

    bool is(std::string_view w) const { return kind != Kind::number && text == w; }
    bool is_number() const { return kind == Kind::number; }
};

/// Returns the tokens of lower-cased `s`: digit runs, ASCII letter runs (with inner
/// apostrophes), runs of other non-ASCII bytes as words, and every other byte as a symbol.
/// The views point into `s`.
std::vector<TimeToken> tokenize_time(std::string_view s);

/// Returns the month (1-12) of a month name or abbreviation, Indonesian or English.
std::optional<int> find_month(std::string_view word);

/// Returns the month of the longest month name at s[pos] (s lower-cased) and advances pos past
/// it and an abbreviation's '.'; nothing when no name starts there.
std::optional<int> read_month_name(std::string_view s, std::size_t& pos);

/// Returns the weekday (0 = Sunday) of a day name or abbreviation, Indonesian or English.
std::optional<int> find_weekday(std::string_view word);

/// Advances pos past the longest day name at s[pos]; false when none starts there.
bool read_day_name(std::string_view s, std::size_t& pos);

/// Returns the UTC offset in seconds of WIB, WITA, WIT, UTC or GMT.
std::optional<int> find_zone(std::string_view word);
/// Advances pos past the longest zone name (WIB, WITA, WIT, UTC, GMT) at s[pos] and returns its
/// UTC offset in seconds; nothing (pos unchanged) when none starts there.
std::optional<int> read_zone_name(std::string_view s, std::size_t& pos);

/// A relative-time unit: fixed seconds, or calendar months.
struct TimeUnit {
    std::int64_t seconds = 0;
    int months = 0;
};

/// Returns the unit of "jam", "mnt", "thn", "mgg"…, or nothing for other words.
std::optional<TimeUnit> find_unit(std::string_view word);

/// Returns the unit of a "se-" word meaning one of it ("sejam", "seminggu"), else nothing.
std::optional<TimeUnit> find_se_unit(std::string_view word);

/// Returns the 24-hour clock hour of `hour` said with a day period ("pagi", "siang", "sore",
/// "malam", "am", "pm"); nothing when the word is not one or the hour does not fit it.
std::optional<int> apply_day_period(std::string_view word, int hour);

/// Returns true for "pagi", "siang", "sore", "malam", "am" and "pm".
bool is_day_period(std::string_view word);

/// Returns true for words that mean a future time ("besok", "dalam", "lagi", "dari sekarang"…):
/// a comment cannot be written after it was fetched, so these are never read.
bool is_future_word(std::string_view word);

/// Returns true for any word the time readers know; unknown words around a time ("Diposting",
/// "oleh Budi") may be dropped, known ones never are.
bool is_time_word(std::string_view word);

/// Returns the number of days in `month` of `year` (proleptic Gregorian).
int days_in_month(int year, int month);

/// Returns the weekday (0 = Sunday) of a civil date.
int weekday_of(int year, int month, int day);

}  // namespace suasana::time::time_words
