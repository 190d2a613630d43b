#include "time/timestamp_words.hpp"

#include <array>

#include "util/iso_time.hpp"

namespace suasana::time::time_words {

namespace {

struct Named {
    const char* name;
    int value;
};

// Indonesian and English month names, long and short (Agu/Agt/Ags all occur on Indonesian sites,
// and older spellings with p: Pebruari, Nopember).
constexpr std::array<Named, 45> k_months = {{
    {"januari", 1},   {"january", 1},   {"jan", 1},       {"februari", 2}, {"pebruari", 2},
    {"february", 2},  {"feb", 2},       {"peb", 2},       {"maret", 3},    {"march", 3},
    {"mar", 3},       {"mrt", 3},       {"april", 4},     {"apr", 4},      {"mei", 5},
    {"may", 5},       {"juni", 6},      {"june", 6},      {"jun", 6},      {"juli", 7},
    {"july", 7},      {"jul", 7},       {"agustus", 8},   {"august", 8},   {"agu", 8},
    {"agt", 8},       {"ags", 8},       {"agst", 8},      {"aug", 8},      {"september", 9},
    {"sept", 9},      {"sep", 9},       {"oktober", 10},  {"october", 10}, {"okt", 10},
    {"oct", 10},      {"november", 11}, {"nopember", 11}, {"nov", 11},     {"nop", 11},
    {"desember", 12}, {"december", 12}, {"des", 12},      {"dec", 12},     {"agus", 8},
}};

// Day names and their abbreviations (moment writes "Min" for Minggu); 0 is Sunday.
constexpr std::array<Named, 30> k_weekdays = {{
    {"minggu", 0},   {"ahad", 0}, {"min", 0},     {"senin", 1}, {"sen", 1},       {"selasa", 2},
    {"sel", 2},      {"rabu", 3}, {"rab", 3},     {"kamis", 4}, {"kam", 4},       {"jumat", 5},
    {"jum'at", 5},   {"jum", 5},  {"sabtu", 6},   {"sab", 6},   {"sunday", 0},    {"sun", 0},
    {"monday", 1},   {"mon", 1},  {"tuesday", 2}, {"tue", 2},   {"wednesday", 3}, {"wed", 3},
    {"thursday", 4}, {"thu", 4},  {"friday", 5},  {"fri", 5},   {"saturday", 6},  {"sat", 6},
}};

constexpr std::array<Named, 5> k_zones = {
    {{"wib", 7 * 3600}, {"wita", 8 * 3600}, {"wit", 9 * 3600}, {"utc", 0}, {"gmt", 0}}};

struct Unit {
    const char* name;
    TimeUnit unit;
};

constexpr std::int64_t k_day = 86400;
constexpr std::array<Unit, 18> k_units = {{
    {"min", {60, 0}},  // "5 min lalu"; before a date "Min" is Minggu (moment), see find_weekday
    {"detik", {1, 0}},
    {"dtk", {1, 0}},
    {"dt", {1, 0}},
    {"menit", {60, 0}},
    {"mnt", {60, 0}},
    {"jam", {3600, 0}},
    {"j", {3600, 0}},
    {"hari", {k_day, 0}},
    {"hr", {k_day, 0}},
    {"minggu", {7 * k_day, 0}},
    {"mgg", {7 * k_day, 0}},
    {"pekan", {7 * k_day, 0}},
    {"bulan", {0, 1}},
    {"bln", {0, 1}},
    {"tahun", {0, 12}},
    {"thn", {0, 12}},
    {"th", {0, 12}},
}};

// Words with no meaning of their own that the readers still must not drop as noise.
constexpr std::array<const char*, 17> k_fillers = {
    "yang",    "yg",   "lalu", "tanggal", "tgl", "pukul",    "pkl",  "hari", "ini",
    "kemarin", "baru", "saja", "barusan", "dan", "beberapa", "pada", "lusa"};

constexpr std::array<const char*, 13> k_future = {
    "besok",    "esok",  "dalam",      "dlm",        "lagi",     "depan",     "mendatang",
    "sekarang", "nanti", "setelahnya", "sebelumnya", "kemudian", "berikutnya"};

template <std::size_t N>
std::optional<int> find_named(const std::array<Named, N>& table, std::string_view word) {
    for (const auto& n : table) {
        if (word == n.name) return n.value;
    }
    return std::nullopt;
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Returns the end of the token that starts at s[i].
std::size_t token_end(std::string_view s, std::size_t i, TimeToken::Kind& kind) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    std::size_t j = i + 1;
    if (is_digit(s[i])) {
        kind = TimeToken::Kind::number;
        while (j < s.size() && is_digit(s[j])) ++j;
    } else if (is_letter(s[i])) {
        kind = TimeToken::Kind::word;
        while (j < s.size() &&
               (is_letter(s[j]) || (s[j] == '\'' && j + 1 < s.size() && is_letter(s[j + 1]))))
            ++j;
    } else if (byte(i) >= 0x80) {
        kind = TimeToken::Kind::word;  // "·", "—", letters we do not read: unknown words
        while (j < s.size() && byte(j) >= 0x80) ++j;
    } else {
        kind = TimeToken::Kind::symbol;
    }
    return j;
}

}  // namespace

std::vector<TimeToken> tokenize_time(std::string_view s) {
    std::vector<TimeToken> out;
    bool spaced = false;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            spaced = true;
            ++i;
            continue;
        }
        TimeToken t;
        std::size_t end = token_end(s, i, t.kind);
        t.text = s.substr(i, end - i);
        t.spaced = spaced;
        if (t.kind == TimeToken::Kind::number && t.text.size() <= 9) {
            t.value = 0;
            for (char c : t.text) t.value = t.value * 10 + (c - '0');
        }
        out.push_back(t);
        spaced = false;
        i = end;
    }
    return out;
}

std::optional<int> find_month(std::string_view word) {
    return find_named(k_months, word);
}

std::optional<int> read_month_name(std::string_view s, std::size_t& pos) {
    std::size_t best = 0;
    int month = -1;
    for (const auto& m : k_months) {
        std::string_view name(m.name);
        if (s.substr(pos, name.size()) == name && name.size() > best) {
            best = name.size();
            month = m.value;
        }
    }
    if (month < 0) return std::nullopt;
    pos += best;
    if (pos < s.size() && s[pos] == '.') ++pos;  // "Agu." abbreviations
    return month;
}

std::optional<int> find_weekday(std::string_view word) {
    return find_named(k_weekdays, word);
}

bool read_day_name(std::string_view s, std::size_t& pos) {
    std::size_t best = 0;
    for (const auto& d : k_weekdays) {
        std::string_view name(d.name);
        if (s.substr(pos, name.size()) == name && name.size() > best) best = name.size();
    }
    pos += best;
    return best > 0;
}

std::optional<int> find_zone(std::string_view word) {
    return find_named(k_zones, word);
}

std::optional<int> read_zone_name(std::string_view s, std::size_t& pos) {
    std::size_t best = 0;
    std::optional<int> offset;
    for (const auto& z : k_zones) {
        std::string_view name(z.name);
        if (s.substr(pos, name.size()) == name && name.size() > best) {
            best = name.size();
            offset = z.value;
        }
    }
    pos += best;
    return offset;
}

std::optional<TimeUnit> find_unit(std::string_view word) {
    for (const auto& u : k_units) {
        if (word == u.name) return u.unit;
    }
    return std::nullopt;
}

std::optional<TimeUnit> find_se_unit(std::string_view word) {
    if (word.size() < 4 || word.substr(0, 2) != "se") return std::nullopt;
    std::string_view rest = word.substr(2);
    if (rest == "jam" || rest == "hari" || rest == "minggu" || rest == "bulan" || rest == "tahun" ||
        rest == "menit" || rest == "detik" || rest == "pekan")
        return find_unit(rest);
    return std::nullopt;
}

std::optional<int> apply_day_period(std::string_view word, int hour) {
    if (hour < 0 || hour > 23) return std::nullopt;
    if (word == "pagi" || word == "am") {
        if (hour == 12) return 0;  // "12:00 pagi" is midnight
        if (hour <= 11 && (hour > 0 || word == "pagi")) return hour;
    } else if (word == "siang") {
        if (hour >= 11 && hour <= 17) return hour;
        if (hour >= 1 && hour <= 5) return hour + 12;
    } else if (word == "sore" || word == "pm") {
        if (word == "pm" && hour == 12) return 12;
        if (hour >= 1 && hour <= 11) return hour + 12;
        if (hour >= 13 && word == "sore") return hour;
    } else if (word == "malam") {
        if (hour >= 6 && hour <= 11) return hour + 12;
        if (hour == 12) return 0;
        if (hour <= 5 || hour >= 18) return hour;
    }
    return std::nullopt;
}

bool is_day_period(std::string_view word) {
    return word == "pagi" || word == "siang" || word == "sore" || word == "malam" || word == "am" ||
           word == "pm";
}

bool is_future_word(std::string_view word) {
    for (const char* w : k_future) {
        if (word == w) return true;
    }
    return false;
}

bool is_time_word(std::string_view word) {
    for (const char* w : k_fillers) {
        if (word == w) return true;
    }
    return find_month(word) || find_weekday(word) || find_zone(word) || find_unit(word) ||
           find_se_unit(word) || is_day_period(word) || is_future_word(word) || word == "just" ||
           word == "now" || word == "ago";
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : k_days[static_cast<std::size_t>(month - 1)];
}

int weekday_of(int year, int month, int day) {
    std::int64_t days = util::epoch_from_civil(year, month, day, 0, 0, 0) / 86400;
    return static_cast<int>(((days % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
}

}  // namespace suasana::time::time_words
