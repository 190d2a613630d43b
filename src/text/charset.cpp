#include "text/charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "util/strings.hpp"

namespace suasana::text {

namespace {

// Returns the value after "charset=" in `s` (quotes and trailing junk removed), or "".
std::string charset_param(std::string_view s) {
    std::string lower = util::to_lower_ascii(s);
    auto pos = lower.find("charset=");
    if (pos == std::string::npos) return {};
    pos += 8;
    while (pos < lower.size() && (lower[pos] == '"' || lower[pos] == '\'')) ++pos;
    auto end = pos;
    while (end < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[end])) ||
                                  lower[end] == '-' || lower[end] == '_' || lower[end] == ':'))
        ++end;
    return lower.substr(pos, end - pos);
}

}  // namespace

std::string sniff_charset(std::string_view content_type, std::string_view body) {
    if (auto c = charset_param(content_type); !c.empty()) return c;
    return charset_param(body.substr(0, 4096));
}

bool is_valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
    }
    return true;
}

Result<std::string> decode_to_utf8(std::string_view body, const std::string& charset) {
    std::string name = util::to_lower_ascii(charset);
    bool utf8 = name.empty() || name == "utf-8" || name == "utf8";
    if (utf8 && is_valid_utf8(body)) return std::string(body);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(utf8 ? "UTF-8" : name.c_str(), &status);
    if (U_FAILURE(status)) return fail("unknown charset '" + charset + "'");
    icu::UnicodeString text(body.data(), static_cast<int32_t>(body.size()), conv, status);
    ucnv_close(conv);
    if (U_FAILURE(status)) return fail("cannot decode page as '" + charset + "'");
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace suasana::text
