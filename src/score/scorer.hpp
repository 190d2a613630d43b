#pragma once
// Scores a text with the lexicon: normalise, match, apply negation, intensity and contrast.
#include <string_view>
#include <vector>

#include "model/config.hpp"
#include "model/score.hpp"
#include "score/lexicon.hpp"

namespace suasana::score {

class Scorer {
  public:
    /// Keeps references to `lexicon` and `entities`; both must outlive the scorer.
    Scorer(const Lexicon& lexicon, double neutral_band, const std::vector<Entity>& entities);

    /// Returns the score of `text`: compound in [-1, 1], label, spam flag, entity mentions, and
    /// the contributions, which add up to the compound. Never fails.
    Score score(std::string_view text) const;

  private:
    struct Term;
    std::vector<Term> normalise(std::string_view text) const;
    bool is_known(const std::string& term) const;
    std::string lookup_form(const std::string& word, double& value, std::string& rule) const;

    const Lexicon& m_lexicon;
    double m_neutral_band;
    const std::vector<Entity>& m_entities;
};

/// Returns "  token  normal  rule  value" lines for `score --explain`, one per contribution.
std::string format_explanation(const Score& score);

}  // namespace suasana::score
