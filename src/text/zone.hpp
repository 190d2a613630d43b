#pragma once
// A time zone (ICU's tz database), for turning local page times into UTC and back.
#include <cstdint>
#include <memory>
#include <string>

#include "model/error.hpp"

namespace suasana::text {

/// Local wall-clock fields.
struct LocalTime {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

class Zone {
  public:
    /// Returns the zone named `id` ("Asia/Jakarta"); fails for names ICU does not know.
    static Result<Zone> load(const std::string& id);
    /// Returns the UTC instant of the local wall time `t` in this zone.
    std::int64_t to_utc(const LocalTime& t) const;
    /// Returns the local wall time of the UTC instant `utc`.
    LocalTime to_local(std::int64_t utc) const;
    /// Returns the local day of `utc` as YYYY-MM-DD.
    std::string day_of(std::int64_t utc) const;
    /// Returns the local time of `utc` as "YYYY-MM-DD HH:MM".
    std::string minute_of(std::int64_t utc) const;
    /// Returns the offset from UTC in seconds at `utc`.
    int offset_at(std::int64_t utc) const;
    const std::string& id() const { return m_id; }

  private:
    struct Impl;
    Zone(std::string id, std::shared_ptr<const Impl> impl);
    std::string m_id;
    std::shared_ptr<const Impl> m_impl;
};

}  // namespace suasana::text
