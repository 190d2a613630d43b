#include "util/json_writer.hpp"

#include <cstdio>

#include "util/strings.hpp"

namespace suasana::util {

namespace {

// Returns the length of the valid UTF-8 sequence at s[i], or 0 when it is not valid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    std::size_t len = c < 0x80           ? 1
                      : (c >> 5) == 0x6  ? 2
                      : (c >> 4) == 0xE  ? 3
                      : (c >> 3) == 0x1E ? 4
                                         : 0;
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    }
    if (len == 2 && c < 0xC2) return 0;                          // overlong
    if (len == 3 && c == 0xE0 && byte(i + 1) < 0xA0) return 0;   // overlong
    if (len == 3 && c == 0xED && byte(i + 1) >= 0xA0) return 0;  // surrogate
    if (len == 4 &&
        (c > 0xF4 || (c == 0xF0 && byte(i + 1) < 0x90) || (c == 0xF4 && byte(i + 1) >= 0x90)))
        return 0;
    return len;
}

}  // namespace

std::string json_quote(std::string_view s) {
    std::string out = "\"";
    out.reserve(s.size() + 2);
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (len > 1) {
            out.append(s.substr(i, len));
            i += len;
            continue;
        }
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out.push_back(static_cast<char>(c));
                }
        }
        ++i;
    }
    out += '"';
    return out;
}

void JsonObject::key(std::string_view k) {
    if (m_text.size() > 1) m_text += ',';
    m_text += json_quote(k);
    m_text += ':';
}

JsonObject& JsonObject::field(std::string_view k, std::string_view value) {
    key(k);
    m_text += json_quote(value);
    return *this;
}

JsonObject& JsonObject::field(std::string_view k, const std::optional<std::string>& value) {
    key(k);
    m_text += value ? json_quote(*value) : "null";
    return *this;
}

JsonObject& JsonObject::field(std::string_view k, std::optional<std::int64_t> value) {
    key(k);
    m_text += value ? std::to_string(*value) : "null";
    return *this;
}

JsonObject& JsonObject::field(std::string_view k, double value, int decimals) {
    key(k);
    m_text += format_fixed(value, decimals);
    return *this;
}

JsonObject& JsonObject::field(std::string_view k, bool value) {
    key(k);
    m_text += value ? "true" : "false";
    return *this;
}

JsonObject& JsonObject::raw(std::string_view k, std::string_view raw_json) {
    key(k);
    m_text += raw_json;
    return *this;
}

}  // namespace suasana::util
