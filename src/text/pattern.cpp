#include "text/pattern.hpp"

#include <cstdint>

#include <unicode/regex.h>

namespace suasana::text {

namespace {
// ICU's time limit counts "steps" of its matcher, and one step is thousands of operations: about
// a millisecond on a slow machine (200,000 steps, the old value, let `(a+)+$` run for minutes).
// 100 steps is a tenth of a second or so; a reasonable pattern over a URL needs a few microseconds.
constexpr int32_t k_time_limit_steps = 100;
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

Result<std::optional<std::string>> Pattern::first_capture(std::string_view subject) const {
    auto failed = [&](UErrorCode status) -> Result<std::optional<std::string>> {
        if (status == U_REGEX_TIME_OUT) {
            return fail("regex '" + m_source + "' ran out of time on " +
                        std::to_string(subject.size()) +
                        " bytes (it backtracks too much; simplify the pattern)");
        }
        return fail("regex '" + m_source + "': " + u_errorName(status));
    };
    if (subject.size() > static_cast<std::size_t>(INT32_MAX))
        return fail("regex '" + m_source + "': subject too long");
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(subject.data(), static_cast<int32_t>(subject.size())));
    std::unique_ptr<icu::RegexMatcher> m(m_impl->pattern->matcher(text, status));
    if (U_FAILURE(status)) return failed(status);
    m->setTimeLimit(k_time_limit_steps, status);
    bool found = m->find(status);
    if (U_FAILURE(status)) return failed(status);
    if (!found) return std::optional<std::string>();
    int32_t group = m->groupCount() > 0 ? 1 : 0;
    icu::UnicodeString got = m->group(group, status);
    if (U_FAILURE(status)) return failed(status);
    std::string out;
    got.toUTF8String(out);
    return std::optional<std::string>(std::move(out));
}

}  // namespace suasana::text
