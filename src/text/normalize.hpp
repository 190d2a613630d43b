#pragma once
// Unicode normalisation and word segmentation for the scorer (ICU, with an ASCII fast path).
#include <string>
#include <string_view>
#include <vector>

namespace suasana::text {

/// Returns `utf8` in NFKC with case folded (ASCII text is only lower-cased, which is the same).
std::string fold(std::string_view utf8);

enum class TokenKind { word, number, symbol };

struct Token {
    std::string text;
    TokenKind kind = TokenKind::word;
};

/// Returns the tokens of folded text: words (letters, digits, inner apostrophes), numbers,
/// and every other non-space character sequence ICU's word breaker separates (emoji, '!', '-').
std::vector<Token> tokenize(std::string_view folded);

}  // namespace suasana::text
