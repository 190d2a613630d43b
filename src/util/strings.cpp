#include "util/strings.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace suasana::util {

namespace {
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}
}  // namespace

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool url_has_userinfo(std::string_view url) {
    auto start = url.find("://");
    if (start == std::string_view::npos) return false;
    start += 3;
    auto end = url.find_first_of("/?#", start);
    std::string_view authority =
        url.substr(start, end == std::string_view::npos ? end : end - start);
    return authority.find('@') != std::string_view::npos;
}

void replace_controls(std::string& s) {
    auto is_control = [&s](std::size_t i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20) return c != '\n' && c != '\t';
        if (c == 0x7f) return true;
        // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
        return c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9f;
    };
    std::size_t first = 0;
    while (first < s.size() && !is_control(first)) ++first;
    if (first == s.size()) return;  // the usual case: nothing to copy
    std::string out(s, 0, first);
    for (std::size_t i = first; i < s.size(); ++i) {
        if (!is_control(i)) {
            out.push_back(s[i]);
        } else if (s[i] == '\r') {
            if (i + 1 >= s.size() || s[i + 1] != '\n') out.push_back('\n');
        } else {
            out += "\xEF\xBF\xBD";
            if (static_cast<unsigned char>(s[i]) == 0xc2) ++i;
        }
    }
    s = std::move(out);
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (char c : s) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    }
    return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t pos = s.find(sep, start);
        if (pos == std::string_view::npos) {
            parts.emplace_back(s.substr(start));
            return parts;
        }
        parts.emplace_back(s.substr(start, pos - start));
        start = pos + 1;
    }
}

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    lower_ascii_in_place(out);
    return out;
}

void lower_ascii_in_place(std::string& s) {
    // Branch-free, so the compiler vectorises it: every scored text passes through here.
    for (char& c : s) {
        c = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
    }
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (is_continuation(s[i])) continue;
        if (chars == max_chars) return s.substr(0, i);
        ++chars;
    }
    return s;
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += is_continuation(c) ? 0U : 1U;
    return n;
}

std::string ellipsize(std::string_view text, std::size_t max_chars) {
    if (utf8_length(text) <= max_chars) return std::string(text);
    std::string out(trim(utf8_prefix(text, max_chars > 0 ? max_chars - 1 : 0)));
    out += "…";
    return out;
}

std::string format_fixed(double value, int decimals) {
    // Formats the integer and fractional parts by hand so LC_NUMERIC can never put a ',' in.
    if (!std::isfinite(value)) return "nan";
    double scale = std::pow(10.0, decimals);
    long long scaled = std::llround(std::fabs(value) * scale);
    long long whole = scaled / static_cast<long long>(scale);
    long long frac = scaled % static_cast<long long>(scale);
    std::string out = (value < 0 && scaled != 0) ? "-" : "";
    out += std::to_string(whole);
    if (decimals > 0) {
        std::string digits = std::to_string(frac);
        out += '.';
        out += std::string(static_cast<std::size_t>(decimals) - digits.size(), '0') + digits;
    }
    return out;
}

}  // namespace suasana::util
