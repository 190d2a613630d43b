#pragma once
// Turns a comment into the terms the scorer looks up: folded tokens with slang, elongation and
// reduplication resolved (lexicon/README.md, rules 1 and 2).
#include <string>
#include <string_view>
#include <vector>

#include "score/lexicon.hpp"
#include "text/normalize.hpp"

namespace suasana::score {

/// One normalised token: what the text said and what the lexicon will look up.
struct Term {
    std::string token;   ///< as written (folded); empty for the 2nd.. words of a slang expansion
    std::string normal;  ///< after slang, elongation and reduplication
    text::TokenKind kind = text::TokenKind::word;
    bool laughter = false;
    bool emoji = false;
    bool elongated = false;
    const TermInfo* info = nullptr;  ///< the lexicon's entry for `normal`, if any
};

/// Returns the terms of `text` in order. Never fails; empty text gives no terms.
std::vector<Term> normalise(const Lexicon& lexicon, std::string_view text);

/// Returns whether `word` (folded, elongation collapsed) is laughter: "wkwk", "haha", "hehe",
/// "hihi", "xixi", "awokwok" and their repetitions.
bool is_laughter(std::string_view word);

/// Returns `word` with every run of three or more equal letters cut to `keep` letters.
std::string collapse_elongation(std::string_view word, std::size_t keep);

}  // namespace suasana::score
