// Places the fields of a free-form time on the calendar: explicit dates as they are, a missing
// year or day as the latest one that is not in the future, "kemarin" and day names from `now`.
#include "time/indonesian_time_fields.hpp"

#include "util/iso_time.hpp"

namespace suasana::time {

namespace {

using time_words::days_in_month;
using time_words::weekday_of;

constexpr int k_min_year = 1900;
constexpr int k_max_year = 2199;
constexpr int k_leap_search_years = 8;  // 29 February may lie up to eight years back

struct Day {
    int year, month, day;
};

class Placer {
  public:
    Placer(const TimeFields& f, const text::Zone& zone, std::int64_t now)
        : m_f(f), m_zone(zone), m_now(now) {}

    // Returns the instant of the fields' clock (midnight without one) on local day `d`.
    std::int64_t at(const Day& d) const {
        int hour = m_f.hour < 0 ? 0 : m_f.hour;
        if (m_f.offset_s) {
            return util::epoch_from_civil(d.year, d.month, d.day, hour, m_f.minute, m_f.second) -
                   *m_f.offset_s;
        }
        return m_zone.to_utc(text::LocalTime{d.year, d.month, d.day, hour, m_f.minute, m_f.second});
    }

    // Returns the local day of `now`, plus `n` days.
    Day today_plus(int n) const {
        Day d;
        if (m_f.offset_s) {
            util::CivilDate c = util::civil_from_epoch(m_now + *m_f.offset_s);
            d = {c.year, c.month, c.day};
        } else {
            text::LocalTime t = m_zone.to_local(m_now);
            d = {t.year, t.month, t.day};
        }
        util::CivilDate c = util::civil_from_epoch(
            util::epoch_from_civil(d.year, d.month, d.day, 12, 0, 0) + std::int64_t{n} * 86400);
        return {c.year, c.month, c.day};
    }

    bool weekday_fits(const Day& d) const {
        return m_f.weekday < 0 || weekday_of(d.year, d.month, d.day) == m_f.weekday;
    }

    std::optional<TimeReading> dated() const {
        if (m_f.year < k_min_year || m_f.year > k_max_year ||
            m_f.day > days_in_month(m_f.year, m_f.month))
            return std::nullopt;
        Day d{m_f.year, m_f.month, m_f.day};
        if (!weekday_fits(d)) return std::nullopt;  // "Senin, 5 Agustus 2023" was a Saturday
        return TimeReading{at(d), false, false};
    }

    // No year on the page: the latest year that does not put the time after `now`.
    std::optional<TimeReading> year_inferred() const {
        int this_year = today_plus(0).year;
        for (int year = this_year; year >= this_year - k_leap_search_years; --year) {
            Day d{year, m_f.month, m_f.day};
            if (m_f.day > days_in_month(year, m_f.month) || at(d) > m_now) continue;
            if (!weekday_fits(d)) return std::nullopt;
            return TimeReading{at(d), false, true};
        }
        return std::nullopt;
    }

    // A day name without a date: the latest such day not in the future, or with "lalu" the
    // one before today.
    std::optional<TimeReading> weekday() const {
        for (int back = m_f.last_weekday ? 1 : 0; back <= 7; ++back) {
            Day d = today_plus(-back);
            if (weekday_fits(d) && (m_f.last_weekday || at(d) <= m_now))
                return TimeReading{at(d), true, false};
        }
        return std::nullopt;
    }

    // A clock alone: today, or yesterday when today's would be in the future.
    std::optional<TimeReading> clock_only() const {
        Day d = today_plus(0);
        if (at(d) > m_now) d = today_plus(-1);
        return TimeReading{at(d), true, false};
    }

  private:
    const TimeFields& m_f;
    const text::Zone& m_zone;
    std::int64_t m_now;
};

bool fields_in_range(const TimeFields& f) {
    bool clock = f.hour < 24 && f.minute >= 0 && f.minute < 60 && f.second >= 0 && f.second < 60;
    bool date = !f.has_date() || (f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= 31);
    return clock && date;
}

}  // namespace

std::optional<TimeReading> resolve_fields(const TimeFields& f, const text::Zone& zone,
                                          std::int64_t now) {
    if (!fields_in_range(f)) return std::nullopt;
    Placer placer(f, zone, now);
    if (f.has_date()) {
        if (f.day_offset || f.last_weekday) return std::nullopt;
        return f.year >= 0 ? placer.dated() : placer.year_inferred();
    }
    if (f.day_offset) {
        if (f.weekday >= 0 || f.hour < 0) return std::nullopt;
        // "hari ini pukul 23.00" read at 08:00 is a time still to come: no comment's time.
        std::int64_t t = placer.at(placer.today_plus(*f.day_offset));
        if (t > now) return std::nullopt;
        return TimeReading{t, true, false};
    }
    if (f.weekday >= 0) return placer.weekday();
    if (f.hour >= 0) return placer.clock_only();
    return std::nullopt;
}

}  // namespace suasana::time
