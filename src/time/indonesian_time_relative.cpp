// Relative Indonesian times: "baru saja", "5 menit yang lalu", "2thn 3bln 1hr lalu", "sejam",
// bare "2 jam", "kemarin lusa", "minggu lalu".
#include <algorithm>
#include <initializer_list>

#include "time/indonesian_time.hpp"

namespace suasana::time {

namespace {

using time_words::TimeToken;
using Tokens = std::vector<TimeToken>;

constexpr std::int64_t k_day = 86400;
constexpr int k_max_count = 10000;
// A comment is not a century old: a larger "ago" is a misreading (and would leave the calendar).
constexpr int k_max_months = 100 * 12;
constexpr std::int64_t k_max_seconds = std::int64_t{100} * 366 * k_day;

// Returns true when tokens[from..] are exactly `words`.
bool are(const Tokens& t, std::size_t from, std::initializer_list<std::string_view> words) {
    if (t.size() - std::min(from, t.size()) != words.size()) return false;
    std::size_t i = from;
    for (std::string_view w : words) {
        if (!t[i++].is(w)) return false;
    }
    return true;
}

// Returns true when tokens[from..] say "ago": nothing (bare "2 jam"), "lalu", "yang lalu".
bool ends_ago(const Tokens& t, std::size_t from, bool bare_ok) {
    if (from >= t.size()) return bare_ok;
    return are(t, from, {"lalu"}) || are(t, from, {"yang", "lalu"}) || are(t, from, {"yg", "lalu"});
}

std::optional<Ago> read_phrase(const Tokens& t) {
    if (are(t, 0, {"baru", "saja"}) || are(t, 0, {"barusan"}) || are(t, 0, {"just", "now"}) ||
        are(t, 0, {"hari", "ini"}))
        return Ago{};
    if (are(t, 0, {"kemarin"})) return Ago{k_day, 0};
    if (are(t, 0, {"kemarin", "lusa"})) return Ago{2 * k_day, 0};
    // "beberapa detik yang lalu": moment says it of anything under 45 s.
    if (t.size() >= 2 && t[0].is("beberapa") && t[1].is("detik") && ends_ago(t, 2, true))
        return Ago{30, 0};
    // "minggu lalu", "bulan lalu", "tahun lalu": one of them, but only with "lalu" ("Minggu"
    // alone is Sunday).
    if (!t.empty() &&
        (t[0].is("minggu") || t[0].is("pekan") || t[0].is("bulan") || t[0].is("tahun"))) {
        if (t.size() > 1 && ends_ago(t, 1, false)) {
            auto unit = time_words::find_unit(t[0].text);
            return Ago{unit->seconds, unit->months};
        }
    }
    return std::nullopt;
}

// Reads one "<n> <unit>" or "se<unit>" at t[i]; adds it to `ago` and advances i.
bool read_part(const Tokens& t, std::size_t& i, Ago& ago) {
    if (i >= t.size()) return false;
    std::int64_t n = 1;
    std::optional<time_words::TimeUnit> unit;
    if (t[i].is_number()) {
        if (t[i].value < 0 || t[i].value > k_max_count || i + 1 >= t.size()) return false;
        n = t[i].value;
        if (t[i + 1].kind != TimeToken::Kind::word) return false;
        unit = time_words::find_unit(t[i + 1].text);
        i += 2;
    } else if (t[i].kind == TimeToken::Kind::word) {
        unit = time_words::find_se_unit(t[i].text);
        i += 1;
    }
    if (!unit) return false;
    ago.seconds += n * unit->seconds;
    ago.months += static_cast<int>(n) * unit->months;
    return true;
}

}  // namespace

std::optional<Ago> read_relative(const Tokens& tokens) {
    if (auto phrase = read_phrase(tokens)) return phrase;
    Ago ago;
    std::size_t i = 0;
    if (!read_part(tokens, i, ago)) return std::nullopt;
    auto too_long_ago = [&ago] { return ago.months > k_max_months || ago.seconds > k_max_seconds; };
    while (i < tokens.size()) {
        // Checked per part, not once at the end: thousands of "10000 tahun" would overflow
        // the month count before the end was reached.
        if (too_long_ago()) return std::nullopt;
        std::size_t before = i;
        if (tokens[i].is("dan")) ++i;  // "1 minggu dan 6 hari"
        if (read_part(tokens, i, ago)) continue;
        i = before;
        break;
    }
    if (!ends_ago(tokens, i, true) || too_long_ago()) return std::nullopt;
    return ago;
}

std::int64_t step_back(std::int64_t now, const Ago& ago, const text::Zone& zone) {
    std::int64_t t = now;
    if (ago.months != 0) {
        text::LocalTime local = zone.to_local(now);
        int months = local.year * 12 + (local.month - 1) - ago.months;
        local.year = months / 12;
        local.month = months % 12 + 1;
        local.day = std::min(local.day, time_words::days_in_month(local.year, local.month));
        t = zone.to_utc(local);
    }
    return t - ago.seconds;
}

}  // namespace suasana::time
