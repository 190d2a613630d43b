#pragma once
// The free-form reader of Indonesian times, used whatever the scraper's time_formats say:
// relative forms ("2 jam lalu", "kemarin"), day names, "pukul", dotted clocks, D/M/Y dates,
// month names, WIB/WITA/WIT. Future times ("besok", "dalam 5 hari") are never read: a comment
// cannot be written after it was fetched.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "text/zone.hpp"
#include "time/timestamp_words.hpp"

namespace suasana::time {

/// A time read from text: the instant and how it was found.
struct TimeReading {
    std::int64_t utc = 0;
    bool relative = false;  ///< the instant or its day came from `now`
    bool inferred = false;  ///< the text showed no year
};

/// Returns the time in `cleaned` (lower-cased, spaces collapsed), with local times in `zone` and
/// relative ones resolved against `now`; nothing when it is not a time it can read for certain.
/// Unknown words before and after the time ("Diposting", "oleh Budi") are ignored.
std::optional<TimeReading> read_indonesian_time(std::string_view cleaned, const text::Zone& zone,
                                                std::int64_t now);

/// How far back a relative time lies: calendar months, then seconds.
struct Ago {
    std::int64_t seconds = 0;
    int months = 0;
};

/// Returns how long ago `tokens` say ("5 menit yang lalu", "2thn 3bln lalu", bare "2 jam",
/// "sejam", "kemarin", "minggu lalu"); nothing when they are not a relative past time.
std::optional<Ago> read_relative(const std::vector<time_words::TimeToken>& tokens);

/// Returns `now` moved back by `ago`: months on the local calendar first (the day clamped to the
/// month's length), then the seconds.
std::int64_t step_back(std::int64_t now, const Ago& ago, const text::Zone& zone);

}  // namespace suasana::time
