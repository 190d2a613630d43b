#pragma once
// Scores a text with the lexicon: normalise, match, apply negation, intensity and contrast.
#include <string>
#include <string_view>
#include <vector>

#include "model/config.hpp"
#include "model/score.hpp"
#include "score/blend.hpp"
#include "score/entities.hpp"
#include "score/lexicon.hpp"

namespace suasana::score {

class Scorer {
  public:
    /// Keeps a reference to `lexicon`, which must outlive the scorer (it is large and shared);
    /// the entities (a handful) are copied, so a temporary list is safe to pass.
    Scorer(const Lexicon& lexicon, double neutral_band, std::vector<Entity> entities);

    /// Returns the score of `text`: compound in [-1, 1], label, spam flag and entity mentions,
    /// without contributions (what scraping stores). Never fails.
    Score score(std::string_view text) const;

    /// Returns the same score with its contributions, which add up to the compound: every
    /// token's words as written, normal form and rule (`--explain`, the summary's words).
    Score explain(std::string_view text) const;

    /// Returns what the learned layer reads of `text`: the lexicon's verdict (without the
    /// learned layer), and sets `features` to its word and pair keys ("word", "word word") in
    /// order (what `suasana train` learns from).
    LexiconView read_features(std::string_view text, std::vector<std::string>& features) const;

  private:
    Score run(std::string_view text, bool explained) const;

    const Lexicon& m_lexicon;
    double m_neutral_band;
    std::vector<Entity> m_entities;
    Aliases m_aliases;
};

/// Returns "  token<TAB>normal<TAB>rule<TAB>value" lines for `score --explain`, one per
/// contribution, then "  =<TAB><TAB>compound<TAB>value", one "  @<TAB>entity<TAB>role<TAB>value"
/// line per mention, and a spam line when flagged.
std::string format_explanation(const Score& score);

}  // namespace suasana::score
