#pragma once
// Unicode normalisation and word segmentation for the scorer (ICU, with an ASCII fast path).
#include <string>
#include <string_view>
#include <vector>

namespace suasana::text {

/// Returns `utf8` in NFKC with case folded (ASCII text is only lower-cased, which is the same).
std::string fold(std::string_view utf8);
/// The same into `out`, whose buffer is reused (what a scorer of many texts wants).
void fold(std::string_view utf8, std::string& out);

enum class TokenKind { word, number, symbol };

struct Token {
    std::string text;
    TokenKind kind = TokenKind::word;
};

/// One token of ASCII text, viewed in it.
struct TokenView {
    std::string_view text;
    TokenKind kind = TokenKind::word;
};

/// Returns whether every byte of `s` is ASCII.
bool is_ascii(std::string_view s);

/// Reads the token of ASCII text `s` at or after `pos` (spaces are skipped) into `token`, a view
/// into `s`, and moves `pos` past it; returns false when no token is left. The tokens are those
/// `tokenize` returns for `s`, without a string each.
bool next_ascii_token(std::string_view s, std::size_t& pos, TokenView& token);

/// Returns the tokens of folded text: words (letters, digits, inner apostrophes), numbers,
/// and every other non-space character sequence ICU's word breaker separates (emoji, '!', '-').
std::vector<Token> tokenize(std::string_view folded);

}  // namespace suasana::text
