#pragma once
// Lexicons the user owns, read in their published formats (`[lexicon] extra` in config.toml).
#include <string>

#include "model/config.hpp"
#include "model/error.hpp"
#include "score/lexicon.hpp"

namespace suasana::score {

/// Adds the entries of `extra` that `lex` lacks (our own entries win) and returns the bytes read,
/// for the lexicon version. Formats: "inset" (`word<TAB>weight`, a positive and a negative file,
/// each with a header line) and "sentistrength" (`word:score`, a trailing '*' dropped). Weights
/// outside -5..5 are clamped. Fails naming the file and line of a malformed row, an unknown
/// format, or a file that cannot be read.
Result<std::string> load_extra_lexicon(const ExtraLexicon& extra, Lexicon& lex);

}  // namespace suasana::score
