#include "time/timestamp.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "text/normalize.hpp"
#include "time/indonesian_time.hpp"
#include "time/indonesian_time_fields.hpp"
#include "time/timestamp_words.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::time {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Reads 1..max_digits digits at s[pos]; advances pos.
std::optional<int> read_number(std::string_view s, std::size_t& pos, std::size_t min_digits,
                               std::size_t max_digits) {
    std::size_t start = pos;
    while (pos < s.size() && pos - start < max_digits && is_digit(s[pos])) ++pos;
    if (pos - start < min_digits) {
        pos = start;
        return std::nullopt;
    }
    return std::atoi(std::string(s.substr(start, pos - start)).c_str());
}

// Reads an optional trailing zone: WIB/WITA/WIT, Z, UTC/GMT, or +07:00 / +0700.
std::optional<int> read_zone(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    auto named = time_words::read_zone_name(s, pos);
    if (named && *named != 0) return named;  // WIB, WITA, WIT
    if (!named && util::starts_with(s.substr(pos), "z")) return pos += 1, 0;
    // An offset (+07:00, +0700), alone or after UTC/GMT ("UTC+07:00").
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int sign = s[pos] == '-' ? -1 : 1;
        std::size_t p = pos + 1;
        auto hh = read_number(s, p, 2, 2);
        if (!hh) return std::nullopt;
        if (p < s.size() && s[p] == ':') ++p;
        int mm = read_number(s, p, 2, 2).value_or(0);
        pos = p;
        return sign * (*hh * 3600 + mm * 60);
    }
    return named;  // UTC/GMT alone: 0
}

// Matches the scraper pattern `format` (case matters: MM month, mm minute) against `s`
// (lower-cased) from the start; a trailing zone (WIB, +07:00) is allowed after it.
bool match_format(std::string_view format, std::string_view s, TimeFields& f) {
    std::size_t p = 0, i = 0;
    auto token = [&](std::string_view t) {
        if (format.substr(p, t.size()) != t) return false;
        p += t.size();
        return true;
    };
    while (p < format.size()) {
        std::optional<int> v;
        if (format[p] == '[') {
            auto close = format.find(']', p);
            if (close == std::string_view::npos) return false;
            std::string lit = util::to_lower_ascii(format.substr(p + 1, close - p - 1));
            if (s.substr(i, lit.size()) != lit) return false;
            i += lit.size();
            p = close + 1;
        } else if (format[p] == ' ') {
            if (i >= s.size() || s[i] != ' ') return false;
            while (i < s.size() && s[i] == ' ') ++i;
            ++p;
        } else if (token("YYYY")) {
            if (!(v = read_number(s, i, 4, 4))) return false;
            f.year = *v;
        } else if (token("YY")) {
            if (!(v = read_number(s, i, 2, 2))) return false;
            f.year = 2000 + *v;
        } else if (token("MMMM") || token("MMM")) {
            if (!(v = time_words::read_month_name(s, i))) return false;
            f.month = *v;
        } else if (token("MM") || token("M")) {
            if (!(v = read_number(s, i, 1, 2))) return false;
            f.month = *v;
        } else if (token("dddd")) {
            if (!time_words::read_day_name(s, i)) return false;
        } else if (token("DD") || token("D")) {
            if (!(v = read_number(s, i, 1, 2))) return false;
            f.day = *v;
        } else if (token("HH") || token("H")) {
            if (!(v = read_number(s, i, 1, 2))) return false;
            f.hour = *v;
        } else if (token("mm")) {
            if (!(v = read_number(s, i, 2, 2))) return false;
            f.minute = *v;
        } else if (token("ss")) {
            if (!(v = read_number(s, i, 2, 2))) return false;
            f.second = *v;
        } else {
            char c = static_cast<char>(std::tolower(static_cast<unsigned char>(format[p])));
            if (i >= s.size() || s[i] != c) return false;
            ++i;
            ++p;
        }
    }
    std::size_t before_zone = i;
    if (auto z = read_zone(s, i)) {
        f.offset_s = z;
    } else {
        i = before_zone;
    }
    while (i < s.size() && s[i] == ' ') ++i;
    return i == s.size();
}

bool parse_iso8601(std::string_view s, TimeFields& f) {
    std::size_t i = 0;
    auto y = read_number(s, i, 4, 4);
    if (!y || i >= s.size() || s[i++] != '-') return false;
    auto mo = read_number(s, i, 2, 2);
    if (!mo || i >= s.size() || s[i++] != '-') return false;
    auto d = read_number(s, i, 2, 2);
    if (!d) return false;
    f.year = *y;
    f.month = *mo;
    f.day = *d;
    if (i == s.size()) return true;
    if (s[i] != 't' && s[i] != ' ') return false;
    ++i;
    auto h = read_number(s, i, 2, 2);
    if (!h || i >= s.size() || s[i++] != ':') return false;
    auto mi = read_number(s, i, 2, 2);
    if (!mi) return false;
    f.hour = *h;
    f.minute = *mi;
    if (i < s.size() && s[i] == ':') {
        ++i;
        auto sec = read_number(s, i, 2, 2);
        if (!sec) return false;
        f.second = *sec;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            while (i < s.size() && is_digit(s[i])) ++i;
        }
    }
    if (i == s.size()) return true;
    auto z = read_zone(s, i);
    if (!z || i != s.size()) return false;
    f.offset_s = z;
    return true;
}

// Epoch seconds from 2000 to 2100: smaller numbers are ids or YYYYMMDD dates, 13 digits are
// milliseconds; reading them as seconds would give a wrong time.
constexpr std::int64_t k_epoch_min = 946684800;   // 2000-01-01T00:00:00Z
constexpr std::int64_t k_epoch_max = 4102444800;  // 2100-01-01T00:00:00Z

// `divisor` 1 reads seconds, 1000 milliseconds ("1689915600000", also "1689915600000.0").
bool parse_epoch(std::string_view s, std::int64_t& out, std::int64_t divisor = 1) {
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == 0 || i > (divisor == 1 ? 12U : 15U)) return false;
    std::size_t digits_end = i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
    }
    if (i != s.size()) return false;
    out = std::strtoll(std::string(s.substr(0, digits_end)).c_str(), nullptr, 10) / divisor;
    return out >= k_epoch_min && out < k_epoch_max;
}

bool valid(const TimeFields& f) {
    return f.month >= 1 && f.month <= 12 && f.day >= 1 &&
           f.day <= time_words::days_in_month(f.year < 0 ? 2000 : f.year, f.month) && f.hour >= 0 &&
           f.hour < 24 && f.minute >= 0 && f.minute < 60 && f.second >= 0 && f.second < 61;
}

// Returns the UTC instant of fields `f` in `year`: an explicit offset wins over the zone.
std::int64_t resolve(const TimeFields& f, int year, const text::Zone& zone) {
    if (f.offset_s) {
        return util::epoch_from_civil(year, f.month, f.day, f.hour, f.minute, f.second) -
               *f.offset_s;
    }
    return zone.to_utc(text::LocalTime{year, f.month, f.day, f.hour, f.minute, f.second});
}

// Cleans what a page shows around a time: "· 07-23 10:56" -> "07-23 10:56", lower-cased.
std::string clean(std::string_view raw) {
    std::string s = util::collapse_spaces(text::fold(raw));
    std::size_t start = 0;
    while (start < s.size() && !std::isalnum(static_cast<unsigned char>(s[start]))) {
        if (util::starts_with(std::string_view(s).substr(start), "·")) {
            start += 2;
        } else if (static_cast<unsigned char>(s[start]) < 0x80) {
            ++start;
        } else {
            break;
        }
    }
    return std::string(util::trim(std::string_view(s).substr(start)));
}

bool parse_fields(const std::string& format, std::string_view s, TimeFields& f) {
    if (format == "iso8601") return parse_iso8601(s, f);
    return match_format(format, s, f);
}

// Returns the instant `format` reads in `s`; a missing year is the latest that does not put the
// time after `now` (29 February may need up to eight years back to a leap year).
std::optional<TimeReading> read_format(const std::string& format, std::string_view s,
                                       const text::Zone& zone, std::int64_t now) {
    if (format == "epoch" || format == "epoch_ms") {
        std::int64_t epoch = 0;
        if (!parse_epoch(s, epoch, format == "epoch" ? 1 : 1000)) return std::nullopt;
        return TimeReading{epoch, false, false};
    }
    TimeFields f;
    f.hour = 0;  // a format without a clock ("DD/MM/YYYY") means midnight
    if (!parse_fields(format, s, f)) return std::nullopt;
    if (f.year >= 0) {
        if (!valid(f)) return std::nullopt;
        return TimeReading{resolve(f, f.year, zone), false, false};
    }
    int this_year = zone.to_local(now).year;
    for (int year = this_year; year >= this_year - 8; --year) {
        f.year = year;
        if (valid(f) && resolve(f, year, zone) <= now)
            return TimeReading{resolve(f, year, zone), false, true};
    }
    return std::nullopt;
}

}  // namespace

Timestamp parse_timestamp(std::string_view raw, const std::vector<std::string>& formats,
                          const text::Zone& zone, std::int64_t now) {
    Timestamp ts;
    ts.raw = std::string(util::trim(raw));
    std::string s = clean(raw);
    if (s.empty()) return ts;
    std::optional<TimeReading> found;
    for (const auto& format : formats) {
        if ((found = read_format(format, s, zone, now))) break;
    }
    // The forms every Indonesian site uses are read whatever the scraper's formats say.
    if (!found) found = read_format("iso8601", s, zone, now);
    if (!found) found = read_indonesian_time(s, zone, now);
    if (!found) return ts;
    ts.utc = found->utc;
    ts.relative = found->relative;
    ts.inferred = found->inferred;
    ts.local_day = zone.day_of(found->utc);
    return ts;
}

std::string check_time_format(const std::string& format) {
    if (format == "iso8601" || format == "epoch" || format == "epoch_ms") return {};
    int brackets = 0;
    for (char c : format) {
        if (c == '[') ++brackets;
        if (c == ']') --brackets;
        if (brackets < 0 || brackets > 1) return "unbalanced [ ] in time format '" + format + "'";
    }
    if (brackets != 0) return "unclosed [ in time format '" + format + "'";
    return {};
}

}  // namespace suasana::time
