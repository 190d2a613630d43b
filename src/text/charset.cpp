#include "text/charset.hpp"

#include <memory>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "util/strings.hpp"

namespace suasana::text {

namespace {

struct ConverterDeleter {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorDeleter {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// The detector is only trusted above this confidence (0-100): below, a wrong guess garbles
// more than reading the bytes as UTF-8 with replacements.
constexpr int32_t k_min_confidence = 30;

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

// WHATWG Encoding: these labels mean windows-1252 on the web; ICU's own iso-8859-1 would turn
// the curly quotes and dashes of 0x80-0x9F into C1 controls.
std::string web_label(const std::string& charset) {
    std::string name = util::to_lower_ascii(charset);
    if (name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "l1" ||
        name == "us-ascii" || name == "ascii" || name == "cp1252" || name == "x-cp1252")
        return "windows-1252";
    if (name == "utf8") return "utf-8";
    return name;
}

// Counts each replacement, then lets ICU substitute U+FFFD as usual.
void count_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char* bytes,
                          int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
    if (reason <= UCNV_IRREGULAR) {
        auto* counter = static_cast<std::size_t*>(const_cast<void*>(context));
        ++*counter;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, bytes, length, reason, status);
}

std::string_view without_bom(std::string_view body, const std::string& bom) {
    if (bom == "utf-8") return body.substr(3);
    if (!bom.empty()) return body.substr(2);
    return body;
}

}  // namespace

std::string sniff_charset(std::string_view content_type, std::string_view body) {
    if (auto c = charset_param(content_type); !c.empty()) return c;
    return charset_param(body.substr(0, 4096));
}

std::string bom_charset(std::string_view body) {
    if (util::starts_with(body, "\xEF\xBB\xBF")) return "utf-8";
    if (util::starts_with(body, "\xFF\xFE")) return "utf-16le";
    if (util::starts_with(body, "\xFE\xFF")) return "utf-16be";
    return {};
}

std::string detect_charset(std::string_view body) {
    if (is_valid_utf8(body)) return "utf-8";
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorDeleter> detector(ucsdet_open(&status));
    if (U_FAILURE(status)) return {};
    ucsdet_enableInputFilter(detector.get(), true);  // markup is not evidence of a language
    ucsdet_setText(detector.get(), body.data(), static_cast<int32_t>(body.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr) return {};
    if (ucsdet_getConfidence(match, &status) < k_min_confidence) return {};
    const char* name = ucsdet_getName(match, &status);
    return U_FAILURE(status) || name == nullptr ? std::string() : util::to_lower_ascii(name);
}

std::string choose_charset(std::string_view content_type, std::string_view body) {
    if (auto c = charset_param(content_type); !c.empty()) return c;
    if (auto bom = bom_charset(body); !bom.empty()) return bom;
    if (auto meta = charset_param(body.substr(0, 4096)); !meta.empty()) return meta;
    if (auto guess = detect_charset(body); !guess.empty()) return guess;
    return "utf-8";
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

Result<DecodedText> decode_counted(std::string_view body, const std::string& charset) {
    DecodedText out;
    out.charset = web_label(charset.empty() ? "utf-8" : charset);
    if (out.charset == "utf-8" && is_valid_utf8(body)) {
        out.utf8 = std::string(body);
        return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> conv(ucnv_open(out.charset.c_str(), &status));
    if (U_FAILURE(status)) return fail("unknown charset '" + charset + "'");
    ucnv_setToUCallBack(conv.get(), count_and_substitute, &out.replaced, nullptr, nullptr, &status);
    icu::UnicodeString text(body.data(), static_cast<int32_t>(body.size()), conv.get(), status);
    if (U_FAILURE(status)) return fail("cannot decode page as '" + charset + "'");
    text.toUTF8String(out.utf8);
    return out;
}

Result<std::string> decode_to_utf8(std::string_view body, const std::string& charset) {
    auto decoded = decode_counted(body, charset);
    if (!decoded) return tl::unexpected(decoded.error());
    return std::move(decoded->utf8);
}

Result<DecodedText> decode_page(std::string_view body, std::string_view content_type) {
    std::string charset = choose_charset(content_type, body);
    std::string bom = bom_charset(body);
    // A BOM that agrees with the charset is not text; one that disagrees is left in place.
    if (!bom.empty() && web_label(charset) == bom) body = without_bom(body, bom);
    auto decoded = decode_counted(body, charset);
    if (decoded) return decoded;
    // A charset ICU does not know (a typo in a header) should not lose the page.
    return decode_counted(body, "utf-8");
}

Result<DecodedText> decode_owned_page(std::string body, std::string_view content_type) {
    std::string charset = choose_charset(content_type, body);
    if (web_label(charset) != "utf-8" || !bom_charset(body).empty() || !is_valid_utf8(body))
        return decode_page(body, content_type);
    DecodedText out;
    out.charset = "utf-8";
    out.utf8 = std::move(body);
    return out;
}

}  // namespace suasana::text
