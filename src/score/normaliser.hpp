#pragma once
// Turns a comment into the terms the scorer looks up: folded tokens with slang, elongation and
// reduplication resolved (lexicon/README.md, rules 1 and 2).
#include <forward_list>
#include <string>
#include <string_view>
#include <vector>

#include "score/lexicon.hpp"
#include "text/normalize.hpp"

namespace suasana::score {

/// One normalised token: what the text said and what the lexicon will look up. The views point
/// into the Terms that holds it or into the lexicon, so a term is copied without allocating.
struct Term {
    std::string_view token;   ///< as written (folded); empty for the 2nd.. words of a slang form
    std::string_view normal;  ///< after slang, elongation and reduplication
    text::TokenKind kind = text::TokenKind::word;
    bool laughter = false;
    bool emoji = false;
    bool elongated = false;
    const TermInfo* info = nullptr;  ///< the lexicon's entry for `normal`, if any
};

/// The terms of one text and the bytes their views point to. Neither copied nor moved: an SSO
/// string's bytes move with it. The lexicon the terms came from must outlive them too.
struct Terms {
    Terms() = default;
    Terms(const Terms&) = delete;
    Terms& operator=(const Terms&) = delete;

    std::vector<Term> list;
    std::string folded;  ///< the folded text, which most views point into
    /// Forms found nowhere else. A list: its strings never move, and an empty one (most texts)
    /// allocates nothing, unlike a deque.
    std::forward_list<std::string> owned;
};

/// Fills `out` with the terms of `text` in order, replacing what it held (its buffers are
/// reused). Never fails; empty text gives none.
void normalise(const Lexicon& lexicon, std::string_view text, Terms& out);

/// Returns whether `word` (folded, elongation collapsed) is laughter: "wkwk", "haha", "hehe",
/// "hihi", "xixi", "awokwok" and their repetitions.
bool is_laughter(std::string_view word);

/// Returns `word` with every run of three or more equal letters cut to `keep` letters.
std::string collapse_elongation(std::string_view word, std::size_t keep);

}  // namespace suasana::score
