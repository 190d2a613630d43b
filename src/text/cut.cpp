#include "text/cut.hpp"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "util/strings.hpp"

namespace suasana::text {

namespace {
struct UTextCloser {
    void operator()(UText* t) const { utext_close(t); }
};
}  // namespace

std::string_view cut_at_character(std::string_view s, std::size_t max_chars) {
    std::string_view prefix = util::utf8_prefix(s, max_chars);
    if (prefix.size() == s.size() || prefix.empty()) return prefix;
    // A UTF-8 UText indexes by byte, so the break iterator answers in offsets into `s`; it only
    // looks at the text around the cut, not the whole body.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> text(
        utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status));
    std::unique_ptr<icu::BreakIterator> characters(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) return prefix;
    characters->setText(text.get(), status);
    if (U_FAILURE(status)) return prefix;
    auto at = static_cast<int32_t>(prefix.size());
    if (characters->isBoundary(at)) return prefix;
    int32_t before = characters->preceding(at);
    if (before <= 0) return prefix;
    return s.substr(0, static_cast<std::size_t>(before));
}

}  // namespace suasana::text
