#include "text/timestamp.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "text/normalize.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::text {

namespace {

struct Fields {
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
    std::optional<int> offset_s;  // an explicit UTC offset or zone abbreviation
};

struct MonthName {
    const char* name;
    int month;
};

// Indonesian and English month names, long and short (Agu/Agt/Ags all occur on Indonesian sites).
constexpr std::array<MonthName, 40> k_months = {{
    {"januari", 1},  {"january", 1},   {"jan", 1},       {"februari", 2},  {"february", 2},
    {"feb", 2},      {"peb", 2},       {"maret", 3},     {"march", 3},     {"mar", 3},
    {"april", 4},    {"apr", 4},       {"mei", 5},       {"may", 5},       {"juni", 6},
    {"june", 6},     {"jun", 6},       {"juli", 7},      {"july", 7},      {"jul", 7},
    {"agustus", 8},  {"august", 8},    {"agu", 8},       {"agt", 8},       {"ags", 8},
    {"aug", 8},      {"september", 9}, {"sept", 9},      {"sep", 9},       {"oktober", 10},
    {"october", 10}, {"okt", 10},      {"oct", 10},      {"november", 11}, {"nopember", 11},
    {"nov", 11},     {"nop", 11},      {"desember", 12}, {"december", 12}, {"des", 12},
}};

constexpr std::array<const char*, 14> k_day_names = {
    "senin",  "selasa",  "rabu",      "kamis",    "jumat",  "sabtu",    "minggu",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

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

// Reads the longest month name at s[pos] (s is lower-cased); advances pos.
std::optional<int> read_month_name(std::string_view s, std::size_t& pos) {
    std::size_t best = 0;
    int month = -1;
    for (const auto& m : k_months) {
        std::string_view name(m.name);
        if (s.substr(pos, name.size()) == name && name.size() > best) {
            best = name.size();
            month = m.month;
        }
    }
    if (month < 0) return std::nullopt;
    pos += best;
    if (pos < s.size() && s[pos] == '.') ++pos;  // "Agu." abbreviations
    return month;
}

bool read_day_name(std::string_view s, std::size_t& pos) {
    for (const char* d : k_day_names) {
        std::string_view name(d);
        if (s.substr(pos, name.size()) == name) {
            pos += name.size();
            return true;
        }
    }
    return false;
}

// Reads an optional trailing zone: WIB/WITA/WIT, Z, UTC/GMT, or +07:00 / +0700.
std::optional<int> read_zone(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    std::string_view rest = s.substr(pos);
    if (util::starts_with(rest, "wita")) return pos += 4, 8 * 3600;
    if (util::starts_with(rest, "wib")) return pos += 3, 7 * 3600;
    if (util::starts_with(rest, "wit")) return pos += 3, 9 * 3600;
    if (util::starts_with(rest, "utc") || util::starts_with(rest, "gmt"))
        pos += 3;
    else if (util::starts_with(rest, "z"))
        return pos += 1, 0;
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
    if (util::starts_with(rest, "utc") || util::starts_with(rest, "gmt")) return 0;
    return std::nullopt;
}

// Matches the scraper pattern `format` (case matters: MM month, mm minute) against `s`
// (lower-cased) from the start; a trailing zone (WIB, +07:00) is allowed after it.
bool match_format(std::string_view format, std::string_view s, Fields& f) {
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
            if (!(v = read_month_name(s, i))) return false;
            f.month = *v;
        } else if (token("MM") || token("M")) {
            if (!(v = read_number(s, i, 1, 2))) return false;
            f.month = *v;
        } else if (token("dddd")) {
            if (!read_day_name(s, i)) return false;
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

bool parse_iso8601(std::string_view s, Fields& f) {
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

bool parse_epoch(std::string_view s, std::int64_t& out) {
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == 0 || i > 12) return false;
    std::size_t digits_end = i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
    }
    if (i != s.size()) return false;
    out = std::strtoll(std::string(s.substr(0, digits_end)).c_str(), nullptr, 10);
    return true;
}

// How far back a relative time lies: seconds, or whole calendar months (months and years step
// by the calendar, PRODUCT.md).
struct Ago {
    std::int64_t seconds = 0;
    int months = 0;
};

// "5 menit yang lalu", "2 jam lalu", "bulan lalu", "baru saja", "kemarin": how long ago, if it
// is a relative time at all.
std::optional<Ago> parse_relative(std::string_view s) {
    if (s == "baru saja" || s == "barusan" || s == "just now") return Ago{};
    if (s == "kemarin") return Ago{86400, 0};
    if (s == "kemarin lusa") return Ago{2 * 86400, 0};
    std::size_t i = 0;
    std::int64_t n = 1;
    bool counted = true;
    if (auto v = read_number(s, i, 1, 4)) {
        n = *v;
        while (i < s.size() && s[i] == ' ') ++i;
    } else if (util::starts_with(s, "se")) {
        i = 2;  // "sejam", "seminggu"
    } else {
        counted = false;  // "bulan lalu": one, but only with "lalu" after it
    }
    std::string_view rest = s.substr(i);
    struct Unit {
        const char* word;
        std::int64_t seconds;
        int months;
    };
    static constexpr std::array<Unit, 12> k_units = {{{"detik", 1, 0},
                                                      {"menit", 60, 0},
                                                      {"mnt", 60, 0},
                                                      {"jam", 3600, 0},
                                                      {"hari", 86400, 0},
                                                      {"minggu", 7 * 86400, 0},
                                                      {"mgg", 7 * 86400, 0},
                                                      {"bulan", 0, 1},
                                                      {"bln", 0, 1},
                                                      {"tahun", 0, 12},
                                                      {"thn", 0, 12},
                                                      {"th", 0, 12}}};
    for (const auto& u : k_units) {
        std::string_view w(u.word);
        if (!util::starts_with(rest, w)) continue;
        std::string_view tail = util::trim(rest.substr(w.size()));
        bool ago = tail == "lalu" || tail == "yang lalu" || tail == "yg lalu";
        if ((counted && (tail.empty() || ago)) || (!counted && ago))
            return Ago{n * u.seconds, static_cast<int>(n) * u.months};
    }
    return std::nullopt;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : k_days[static_cast<std::size_t>(month - 1)];
}

bool valid(const Fields& f) {
    return f.month >= 1 && f.month <= 12 && f.day >= 1 &&
           f.day <= days_in_month(f.year < 0 ? 2000 : f.year, f.month) && f.hour >= 0 &&
           f.hour < 24 && f.minute >= 0 && f.minute < 60 && f.second >= 0 && f.second < 61;
}

// Returns `now` moved back by `ago`: months on the local calendar (the day clamped to the
// month's length), seconds as they are.
std::int64_t step_back(std::int64_t now, const Ago& ago, const Zone& zone) {
    std::int64_t t = now - ago.seconds;
    if (ago.months == 0) return t;
    LocalTime local = zone.to_local(t);
    int months = local.year * 12 + (local.month - 1) - ago.months;
    local.year = months / 12;
    local.month = months % 12 + 1;
    local.day = std::min(local.day, days_in_month(local.year, local.month));
    return zone.to_utc(local);
}

// Returns the UTC instant of fields `f` in `year`: an explicit offset wins over the zone.
std::int64_t resolve(const Fields& f, int year, const Zone& zone) {
    if (f.offset_s) {
        return util::epoch_from_civil(year, f.month, f.day, f.hour, f.minute, f.second) -
               *f.offset_s;
    }
    return zone.to_utc(LocalTime{year, f.month, f.day, f.hour, f.minute, f.second});
}

// Cleans what a page shows around a time: "· 07-23 10:56" -> "07-23 10:56", lower-cased.
std::string clean(std::string_view raw) {
    std::string s = util::collapse_spaces(fold(raw));
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

bool parse_fields(const std::string& format, std::string_view s, Fields& f) {
    if (format == "iso8601") return parse_iso8601(s, f);
    return match_format(format, s, f);
}

}  // namespace

Timestamp parse_timestamp(std::string_view raw, const std::vector<std::string>& formats,
                          const Zone& zone, std::int64_t now) {
    Timestamp ts;
    ts.raw = std::string(util::trim(raw));
    std::string s = clean(raw);
    if (s.empty()) return ts;
    for (const auto& format : formats) {
        if (format == "epoch") {
            std::int64_t epoch = 0;
            if (parse_epoch(s, epoch)) {
                ts.utc = epoch;
                break;
            }
            continue;
        }
        Fields f;
        if (!parse_fields(format, s, f)) continue;
        if (f.year < 0) {
            // No year on the page: the latest year that does not put the time after `now`.
            // 29 February may need up to eight years back to a leap year not after `now`.
            bool found = false;
            for (int year = zone.to_local(now).year; year >= zone.to_local(now).year - 8; --year) {
                f.year = year;
                if (valid(f) && resolve(f, year, zone) <= now) {
                    found = true;
                    break;
                }
            }
            if (!found) continue;
            ts.inferred = true;
        }
        if (!valid(f)) continue;
        ts.utc = resolve(f, f.year, zone);
        break;
    }
    if (!ts.utc) {
        Fields f;
        if (parse_iso8601(s, f) && valid(f)) {
            ts.utc = resolve(f, f.year, zone);
        } else if (auto ago = parse_relative(s)) {
            ts.utc = step_back(now, *ago, zone);
            ts.relative = true;
        }
    }
    if (ts.utc) ts.local_day = zone.day_of(*ts.utc);
    return ts;
}

std::string check_time_format(const std::string& format) {
    if (format == "iso8601" || format == "epoch") return {};
    int brackets = 0;
    for (char c : format) {
        if (c == '[') ++brackets;
        if (c == ']') --brackets;
        if (brackets < 0 || brackets > 1) return "unbalanced [ ] in time format '" + format + "'";
    }
    if (brackets != 0) return "unclosed [ in time format '" + format + "'";
    return {};
}

}  // namespace suasana::text
