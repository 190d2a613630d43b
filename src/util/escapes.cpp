#include "util/escapes.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace suasana::util {

namespace {

constexpr char32_t k_replacement = 0xFFFD;

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads exactly four hex digits at `s[at]`; -1 when they are not there.
long read_hex4(std::string_view s, std::size_t at) {
    if (at + 4 > s.size()) return -1;
    long v = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        int h = hex_value(s[i]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) cp = k_replacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The named references comment texts carry in practice; the full HTML list is not needed to
// read what readers type.
constexpr std::array<std::pair<std::string_view, char32_t>, 32> k_named = {{
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"hellip", 0x2026}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"laquo", 0xAB},   {"raquo", 0xBB},    {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122},
    {"deg", 0xB0},     {"middot", 0xB7},   {"bull", 0x2022},  {"times", 0xD7},   {"divide", 0xF7},
    {"euro", 0x20AC},  {"pound", 0xA3},    {"yen", 0xA5},     {"cent", 0xA2},    {"sect", 0xA7},
    {"para", 0xB6},    {"eacute", 0xE9},
}};

// Reads the reference starting at `s[at]` ('&'); returns its code point and length, or nothing.
std::pair<char32_t, std::size_t> read_reference(std::string_view s, std::size_t at) {
    std::size_t semi = s.find(';', at + 1);
    if (semi == std::string_view::npos || semi - at > 12) return {0, 0};
    std::string_view name = s.substr(at + 1, semi - at - 1);
    if (name.size() >= 2 && name[0] == '#') {
        bool hex = name[1] == 'x' || name[1] == 'X';
        std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty()) return {0, 0};
        std::uint32_t cp = 0;
        for (char c : digits) {
            int v = hex ? hex_value(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
            if (v < 0) return {0, 0};
            cp = cp * (hex ? 16U : 10U) + static_cast<std::uint32_t>(v);
            if (cp > 0x10FFFF) cp = k_replacement;
        }
        return {cp, semi - at + 1};
    }
    for (auto [n, cp] : k_named) {
        if (n == name) return {cp, semi - at + 1};
    }
    return {0, 0};
}

}  // namespace

std::string decode_percent_u(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        long unit = s[i] == '%' && i + 1 < s.size() && s[i + 1] == 'u' ? read_hex4(s, i + 2) : -1;
        if (unit < 0) {
            out += s[i++];
            continue;
        }
        i += 6;
        auto cp = static_cast<char32_t>(unit);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.size() && s[i] == '%' && s[i + 1] == 'u') {
            long low = read_hex4(s, i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
                i += 6;
            }
        }
        append_utf8(out, cp);
    }
    return out;
}

std::string decode_html_entities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '&') {
            auto [cp, length] = read_reference(s, i);
            if (length > 0) {
                append_utf8(out, cp);
                i += length;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

std::string marker_to_newline(std::string_view s, std::string_view marker) {
    if (marker.empty()) return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s.substr(i, marker.size()) == marker) {
            out += '\n';
            i += marker.size();
        } else {
            out += s[i++];
        }
    }
    return out;
}

std::string percent_encode(std::string_view s) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += ch;
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 0xF];
        }
    }
    return out;
}

}  // namespace suasana::util
