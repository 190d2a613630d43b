#include "text/pattern.hpp"

#include <unicode/regex.h>

namespace suasana::text {

namespace {
// ICU counts steps of its matcher; this bounds a hostile pattern to well under a second.
constexpr int32_t k_time_limit_steps = 200000;
}  // namespace

struct Pattern::Impl {
    std::unique_ptr<icu::RegexPattern> pattern;
};

Result<Pattern> Pattern::compile(const std::string& regex) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    auto impl = std::make_shared<Impl>();
    impl->pattern.reset(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), where, status));
    if (U_FAILURE(status)) {
        return fail("regex '" + regex + "': " + u_errorName(status) + " at offset " +
                    std::to_string(where.offset));
    }
    Pattern p;
    p.m_source = regex;
    p.m_impl = impl;
    return p;
}

std::optional<std::string> Pattern::first_capture(std::string_view subject) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(subject.data(), static_cast<int32_t>(subject.size())));
    std::unique_ptr<icu::RegexMatcher> m(m_impl->pattern->matcher(text, status));
    if (U_FAILURE(status)) return std::nullopt;
    m->setTimeLimit(k_time_limit_steps, status);
    if (!m->find(status) || U_FAILURE(status)) return std::nullopt;
    int32_t group = m->groupCount() > 0 ? 1 : 0;
    icu::UnicodeString got = m->group(group, status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string out;
    got.toUTF8String(out);
    return out;
}

}  // namespace suasana::text
