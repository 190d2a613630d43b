#include "report/html_escape.hpp"

#include "util/strings.hpp"

namespace suasana::report {

namespace {

constexpr const char* k_replacement = "\xEF\xBF\xBD";  // U+FFFD

// Returns the length of the valid UTF-8 sequence starting at `s[i]`, or 0 when it is not one
// (overlong forms, surrogates and values past U+10FFFF are invalid).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    }
    return len;
}

}  // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            std::size_t len = utf8_sequence(text, i);
            if (len == 0) {
                out += k_replacement;
                ++i;
            } else {
                out.append(text.substr(i, len));
                i += len;
            }
            continue;
        }
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                if (c >= 0x20 && c != 0x7F) {
                    out += static_cast<char>(c);
                } else if (c == '\t' || c == '\n' || c == '\r') {
                    out += static_cast<char>(c);
                }
        }
        ++i;
    }
    return out;
}

std::optional<std::string> safe_href(std::string_view url) {
    std::string lower = util::to_lower_ascii(url.substr(0, 8));
    std::size_t rest = 0;
    if (util::starts_with(lower, "https://")) {
        rest = 8;
    } else if (util::starts_with(lower, "http://")) {
        rest = 7;
    } else {
        return std::nullopt;
    }
    if (url.size() == rest) return std::nullopt;  // no host
    for (char ch : url) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7F) return std::nullopt;
    }
    return escape_html(url);
}

}  // namespace suasana::report
