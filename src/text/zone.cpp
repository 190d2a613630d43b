#include "text/zone.hpp"

#include <cstdio>

#include <unicode/timezone.h>

#include "util/iso_time.hpp"

namespace suasana::text {

struct Zone::Impl {
    std::unique_ptr<icu::TimeZone> tz;
};

Zone::Zone(std::string id, std::shared_ptr<const Impl> impl)
    : m_id(std::move(id)), m_impl(std::move(impl)) {}

Result<Zone> Zone::load(const std::string& id) {
    auto impl = std::make_shared<Impl>();
    impl->tz.reset(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
    icu::UnicodeString got;
    impl->tz->getID(got);
    if (got == icu::UnicodeString("Etc/Unknown") || id.empty())
        return fail("unknown time zone '" + id + "' (expected a tz name such as Asia/Jakarta)");
    return Zone(id, impl);
}

int Zone::offset_at(std::int64_t utc) const {
    int32_t raw = 0, dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    m_impl->tz->getOffset(static_cast<UDate>(utc) * 1000.0, false, raw, dst, status);
    return U_FAILURE(status) ? 0 : (raw + dst) / 1000;
}

std::int64_t Zone::to_utc(const LocalTime& t) const {
    std::int64_t as_if_utc =
        util::epoch_from_civil(t.year, t.month, t.day, t.hour, t.minute, t.second);
    int32_t raw = 0, dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    m_impl->tz->getOffset(static_cast<UDate>(as_if_utc) * 1000.0, true, raw, dst, status);
    return as_if_utc - (U_FAILURE(status) ? 0 : (raw + dst) / 1000);
}

LocalTime Zone::to_local(std::int64_t utc) const {
    std::int64_t local = utc + offset_at(utc);
    util::CivilDate date = util::civil_from_epoch(local);
    std::int64_t secs = ((local % 86400) + 86400) % 86400;
    return LocalTime{date.year,
                     date.month,
                     date.day,
                     static_cast<int>(secs / 3600),
                     static_cast<int>(secs / 60 % 60),
                     static_cast<int>(secs % 60)};
}

std::string Zone::day_of(std::int64_t utc) const {
    LocalTime t = to_local(utc);
    if (t.year < 0 || t.year > 9999) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
        return buf;
    }
    // By hand for the usual years: this runs once per comment, and snprintf's format parsing
    // cost more than the rest of reading an ISO timestamp.
    std::string out = "0000-00-00";
    auto put = [&out](std::size_t end, int value) {
        for (std::size_t i = end; value > 0; value /= 10)
            out[--i] = static_cast<char>('0' + value % 10);
    };
    put(4, t.year);
    put(7, t.month);
    put(10, t.day);
    return out;
}

std::string Zone::minute_of(std::int64_t utc) const {
    LocalTime t = to_local(utc);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", t.year, t.month, t.day, t.hour,
                  t.minute);
    return buf;
}

}  // namespace suasana::text
