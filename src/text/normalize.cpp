#include "text/normalize.hpp"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "util/strings.hpp"

namespace suasana::text {

namespace {

bool is_alnum_ascii(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

TokenKind kind_of(std::string_view token) {
    bool digits = true;
    for (char c : token) digits = digits && c >= '0' && c <= '9';
    if (digits) return TokenKind::number;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(token);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        if (u_isalpha(u.char32At(i))) return TokenKind::word;
    }
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        if (u_isdigit(u.char32At(i))) return TokenKind::number;
    }
    return TokenKind::symbol;
}

// Returns false, adding nothing, when ICU's word breaker is not available.
bool tokenize_icu(std::string_view s, std::vector<Token>& out) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale("id"), status));
    if (U_FAILURE(status)) return false;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    it->setText(u);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        icu::UnicodeString piece = u.tempSubStringBetween(start, end);
        std::string utf8;
        piece.toUTF8String(utf8);
        std::string_view trimmed = util::trim(utf8);
        if (trimmed.empty()) continue;
        out.push_back({std::string(trimmed), kind_of(trimmed)});
    }
    return true;
}

}  // namespace

std::string fold(std::string_view utf8) {
    std::string out;
    fold(utf8, out);
    return out;
}

void fold(std::string_view utf8, std::string& out) {
    out.assign(utf8);
    if (is_ascii(utf8)) {
        util::lower_ascii_in_place(out);
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) return;  // as written
    icu::UnicodeString folded = nfkc_cf->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    if (U_FAILURE(status)) return;
    out.clear();
    folded.toUTF8String(out);
}

bool is_ascii(std::string_view s) {
    // One OR over every byte rather than a test per byte: the compiler vectorises it.
    unsigned char all = 0;
    for (char c : s) all |= static_cast<unsigned char>(c);
    return all < 0x80;
}

// ASCII fast path: letters and digits (with inner apostrophes) form words or numbers, each
// other character is a symbol of its own.
bool next_ascii_token(std::string_view s, std::size_t& pos, TokenView& token) {
    std::size_t i = pos;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (i == s.size()) {
        pos = i;
        return false;
    }
    if (!is_alnum_ascii(s[i])) {
        token = {s.substr(i, 1), TokenKind::symbol};
        pos = i + 1;
        return true;
    }
    std::size_t j = i;
    bool letter = false;
    while (j < s.size() && (is_alnum_ascii(s[j]) || (s[j] == '\'' && j > i && j + 1 < s.size() &&
                                                     is_alnum_ascii(s[j + 1])))) {
        letter = letter || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z');
        ++j;
    }
    // ASCII: a token with a letter is a word, otherwise a number (no ICU needed).
    token = {s.substr(i, j - i), letter ? TokenKind::word : TokenKind::number};
    pos = j;
    return true;
}

std::vector<Token> tokenize(std::string_view folded) {
    std::vector<Token> out;
    if (!is_ascii(folded) && tokenize_icu(folded, out)) return out;
    TokenView t;
    for (std::size_t pos = 0; next_ascii_token(folded, pos, t);)
        out.push_back({std::string(t.text), t.kind});
    return out;
}

}  // namespace suasana::text
