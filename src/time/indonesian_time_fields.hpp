#pragma once
// The parts of a time as written, before they are placed on the calendar: what a scraper's
// format (timestamp.cpp) and the free-form Indonesian reader (indonesian_time.cpp) find.
#include <cstdint>
#include <optional>

#include "text/zone.hpp"
#include "time/indonesian_time.hpp"

namespace suasana::time {

/// The parts of a time as written; -1 (or empty) where the text did not say.
struct TimeFields {
    int year = -1, month = -1, day = -1;
    int weekday = -1;               ///< 0 = Sunday ("Minggu")
    bool last_weekday = false;      ///< "Senin lalu": the Monday before today
    std::optional<int> day_offset;  ///< "hari ini" 0, "kemarin" -1, "kemarin lusa" -2
    int hour = -1, minute = 0, second = 0;
    std::optional<int> offset_s;  ///< WIB/WITA/WIT, UTC+7, +07:00

    bool has_date() const { return month >= 0; }
    void set_date(int y, int m, int d) {
        year = y;
        month = m;
        day = d;
    }
};

/// Returns the instant `f` means, local times in `zone` (or its own offset) and the missing
/// parts taken from `now`: a missing year or day is the latest that is not after `now`; nothing
/// when the fields are out of range, contradict each other (a day name that is not the date's)
/// or do not make a time.
std::optional<TimeReading> resolve_fields(const TimeFields& f, const text::Zone& zone,
                                          std::int64_t now);

}  // namespace suasana::time
