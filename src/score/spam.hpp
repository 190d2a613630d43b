#pragma once
// The spam flag for gambling and promotion comments (lexicon/README.md, "Spam rule").
#include <string_view>
#include <vector>

#include "score/lexicon.hpp"
#include "score/normaliser.hpp"

namespace suasana::score {

/// Returns whether a comment is spam: its weight (each distinct marker of spam.tsv once, longest
/// first, plus 2 for a link and 2 for a phone number) reaches 4. The text is only scanned for
/// links and phone numbers when they could decide, which for most comments they cannot.
bool is_spam(const Lexicon& lex, std::string_view text, const std::vector<Term>& terms);

}  // namespace suasana::score
