#pragma once
// The spam flag for gambling and promotion comments (lexicon/README.md, "Spam rule").
#include <string_view>
#include <vector>

#include "score/lexicon.hpp"
#include "score/normaliser.hpp"

namespace suasana::score {

/// Returns the spam weight of a comment: each distinct marker of spam.tsv once (longest first),
/// plus 2 for a link and 2 for a phone number. Flagged from 4.
int spam_weight(const Lexicon& lex, std::string_view text, const std::vector<Term>& terms);

/// The weight from which a comment is spam.
constexpr int k_spam_threshold = 4;

}  // namespace suasana::score
