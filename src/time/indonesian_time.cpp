// Absolute and calendar Indonesian times: "Senin, 06 Jul 2020 07:02 WIB", "Rabu (4/12/2024)",
// "pukul 09.45 WITA", "Kemarin pukul 22.00", "Selasa lalu pukul 00.00", "9:30 malam".
#include "time/indonesian_time.hpp"

#include "time/indonesian_time_fields.hpp"

namespace suasana::time {

namespace {

using time_words::TimeToken;
using Tokens = std::vector<TimeToken>;

// Reads date and clock parts in any order; every token must belong to one.
class DateTimeReader {
  public:
    explicit DateTimeReader(const Tokens& tokens) : m_t(tokens) {}

    std::optional<TimeFields> read() {
        while (m_pos < m_t.size()) {
            const TimeToken& t = m_t[m_pos];
            bool ok = t.is_number()                     ? read_number()
                      : t.kind == TimeToken::Kind::word ? read_word()
                                                        : read_symbol();
            if (!ok) return std::nullopt;
        }
        return m_f;
    }

  private:
    // Returns the token k after the current one, or nullptr past the end.
    const TimeToken* peek(std::size_t k) const {
        return m_pos + k < m_t.size() ? &m_t[m_pos + k] : nullptr;
    }
    // Returns true when token k is the symbol `c` written without a space before it.
    bool glued(std::size_t k, char c) const {
        const TimeToken* t = peek(k);
        return t && t->kind == TimeToken::Kind::symbol && !t->spaced && t->text[0] == c;
    }
    bool number_at(std::size_t k, std::size_t max_digits, bool glued_to_previous = false) const {
        const TimeToken* t = peek(k);
        return t && t->is_number() && t->text.size() <= max_digits && t->value >= 0 &&
               (!glued_to_previous || !t->spaced);
    }
    int value(std::size_t k) const { return m_t[m_pos + k].value; }
    std::size_t digits(std::size_t k) const { return m_t[m_pos + k].text.size(); }

    bool read_number() { return read_numeric_date() || read_day_month() || read_clock(false); }

    // "28/4/2021", "4-12-24", "14.02.2010", "2023-07-21", "28 4 2021".
    bool read_numeric_date() {
        if (m_f.has_date() || !number_at(0, 4) || !peek(1)) return false;
        const TimeToken& sep = *peek(1);
        bool spaced = sep.is_number() && sep.spaced;
        std::size_t b = spaced ? 1 : 2, c = spaced ? 2 : 4;
        if (!spaced) {
            char s = sep.kind == TimeToken::Kind::symbol ? sep.text[0] : '\0';
            if ((s != '/' && s != '-' && s != '.') || !glued(1, s) || !glued(3, s) ||
                !number_at(2, 2, true) || !number_at(4, 4, true))
                return false;
        } else if (!number_at(1, 2) || !number_at(2, 4) || digits(2) != 4 || digits(0) > 2) {
            return false;
        }
        char s = spaced ? ' ' : m_t[m_pos + 1].text[0];
        if (digits(0) == 4) {  // year first: ISO order
            if (digits(c) > 2) return false;
            m_f.set_date(value(0), value(b), value(c));
        } else if (digits(0) <= 2 && digits(c) == 4) {
            m_f.set_date(value(c), value(b), value(0));
        } else if (digits(0) <= 2 && digits(c) == 2 && (s == '/' || s == '-')) {
            m_f.set_date(2000 + value(c), value(b), value(0));  // "4/12/24"; "15.25.50" is a clock
        } else {
            return false;
        }
        m_pos += c + 1;
        return true;
    }

    // "5 Agustus 2023", "06 Jul 2020", "23 Juli" (no year).
    bool read_day_month() {
        const TimeToken* name = peek(1);
        if (m_f.has_date() || !number_at(0, 2) || !name || name->kind != TimeToken::Kind::word)
            return false;
        auto month = time_words::find_month(name->text);
        if (!month) return false;
        int day = value(0);
        m_pos += 2;
        if (glued(0, '.')) ++m_pos;  // "Agu."
        m_f.set_date(read_year(), *month, day);
        return true;
    }

    // "Februari 14 2010" (month first, as moment writes it).
    bool read_month_day(int month) {
        ++m_pos;
        if (glued(0, '.')) ++m_pos;
        if (m_f.has_date() || !number_at(0, 2) || glued(1, ':') || glued(1, '.')) return false;
        int day = value(0);
        ++m_pos;
        m_f.set_date(read_year(), month, day);
        return true;
    }

    // Returns a four-digit year at the current token (after an optional comma), or -1.
    int read_year() {
        std::size_t k = peek(0) && peek(0)->is(",") ? 1 : 0;
        if (!number_at(k, 4) || digits(k) != 4) return -1;
        int year = value(k);
        m_pos += k + 1;
        return year;
    }

    // "14.05", "13:37:01", "3:25:50 sore"; a bare hour only after "pukul"/"jam".
    bool read_clock(bool bare_hour_ok) {
        if (m_f.hour >= 0 || !number_at(0, 2)) return false;
        m_f.hour = value(0);
        char s = glued(1, ':') ? ':' : glued(1, '.') ? '.' : '\0';
        if (s != '\0' && number_at(2, 2, true) && digits(2) == 2) {
            m_f.minute = value(2);
            m_pos += 3;
            if (glued(0, s) && number_at(1, 2, true) && digits(1) == 2) {
                m_f.second = value(1);
                m_pos += 2;
            }
        } else if (bare_hour_ok) {
            m_pos += 1;
        } else {
            return false;
        }
        const TimeToken* period = peek(0);
        if (period && time_words::is_day_period(period->text)) {
            auto hour = time_words::apply_day_period(period->text, m_f.hour);
            if (!hour) return false;
            m_f.hour = *hour;
            ++m_pos;
        }
        return true;
    }

    // "kemarin" -1, "kemarin lusa" -2, "hari ini" 0 days from today.
    bool read_day_offset() {
        if (m_f.day_offset) return false;
        bool today = m_t[m_pos].is("hari");
        bool lusa = !today && peek(1) && peek(1)->is("lusa");
        m_f.day_offset = today ? 0 : lusa ? -2 : -1;
        m_pos += today || lusa ? 2U : 1U;
        return true;
    }

    bool read_word() {
        std::string_view w = m_t[m_pos].text;
        if (w == "tanggal" || w == "tgl" || w == "pada") {
            ++m_pos;
            return true;
        }
        if (w == "pukul" || w == "pkl" || w == "jam" || w == "at") {
            ++m_pos;
            return read_clock(true);  // "jam 10.00" is o'clock; "2 jam" never gets here
        }
        if (w == "kemarin" || (w == "hari" && peek(1) && peek(1)->is("ini")))
            return read_day_offset();
        if (auto day = time_words::find_weekday(w)) {
            if (m_f.weekday >= 0) return false;
            m_f.weekday = *day;
            ++m_pos;
            if (peek(0) && peek(0)->is("lalu")) {
                m_f.last_weekday = true;
                ++m_pos;
            }
            return true;
        }
        if (auto month = time_words::find_month(w)) return read_month_day(*month);
        if (auto zone = time_words::find_zone(w)) {
            if (m_f.offset_s) return false;
            m_f.offset_s = *zone;
            ++m_pos;
            if ((w == "utc" || w == "gmt") && (glued(0, '+') || glued(0, '-')))
                return read_offset();
            return true;
        }
        return false;
    }

    bool read_symbol() {
        char c = m_t[m_pos].text[0];
        if ((c == '+' || c == '-') && m_f.hour >= 0 && !m_f.offset_s && number_at(1, 4, true)) {
            m_f.offset_s = 0;
            return read_offset();
        }
        bool separator =
            c == ',' || c == '(' || c == ')' || c == '|' || c == '-' || c == '.' || c == '@';
        if (separator) ++m_pos;
        return separator;
    }

    // "+07:00", "+0700", "+7" after a clock or UTC/GMT; the current token is the sign.
    bool read_offset() {
        int sign = m_t[m_pos].text[0] == '-' ? -1 : 1;
        if (!number_at(1, 4, true)) return false;
        int hours = value(1), minutes = 0;
        std::size_t hour_digits = digits(1);
        if (hour_digits == 4) {
            minutes = hours % 100;
            hours /= 100;
        } else if (hour_digits == 3) {
            return false;
        }
        m_pos += 2;
        if (hour_digits <= 2 && glued(0, ':') && number_at(1, 2, true) && digits(1) == 2) {
            minutes = value(1);
            m_pos += 2;
        }
        if (hours > 14 || minutes > 59) return false;
        *m_f.offset_s += sign * (hours * 3600 + minutes * 60);
        return true;
    }

    const Tokens& m_t;
    std::size_t m_pos = 0;
    TimeFields m_f;
};

// Returns true for tokens that may be dropped around a time: symbols and unknown words.
bool is_noise(const TimeToken& t) {
    if (t.kind == TimeToken::Kind::symbol) return t.text != "+";
    return t.kind == TimeToken::Kind::word && !time_words::is_time_word(t.text);
}

}  // namespace

std::optional<TimeReading> read_indonesian_time(std::string_view cleaned, const text::Zone& zone,
                                                std::int64_t now) {
    Tokens all = time_words::tokenize_time(cleaned);
    std::size_t begin = 0, end = all.size();
    while (begin < end && is_noise(all[begin])) ++begin;
    while (end > begin && is_noise(all[end - 1])) --end;
    if (begin == end) return std::nullopt;
    Tokens tokens(all.begin() + static_cast<std::ptrdiff_t>(begin),
                  all.begin() + static_cast<std::ptrdiff_t>(end));
    for (const auto& t : tokens) {
        if (time_words::is_future_word(t.text)) return std::nullopt;
    }
    if (auto ago = read_relative(tokens)) {
        return TimeReading{step_back(now, *ago, zone), true, false};
    }
    auto fields = DateTimeReader(tokens).read();
    if (!fields) return std::nullopt;
    return resolve_fields(*fields, zone, now);
}

}  // namespace suasana::time
