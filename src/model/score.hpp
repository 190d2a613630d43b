#pragma once
// The sentiment of one text, with the explanation that adds up to it.
#include <string>
#include <vector>

namespace suasana {

enum class Label { negative, neutral, positive };

/// Returns "negative", "neutral" or "positive".
const char* label_name(Label label);

/// One token's part in a score: what it was, what it normalised to, which rule fired.
struct Contribution {
    std::string token;
    std::string normal;
    std::string rule;    ///< e.g. "word", "phrase", "negated", "emoji", "spam"
    double value = 0.0;  ///< share of the compound score; all values add up to it
};

/// An entity named in a text, with the sentiment of the text around it.
struct Mention {
    std::string entity;
    double score = 0.0;
    std::string role = "mention";
};

struct Score {
    double compound = 0.0;  ///< in [-1, 1]
    Label label = Label::neutral;
    bool spam = false;
    std::vector<Contribution> contributions;
    std::vector<Mention> mentions;
};

}  // namespace suasana
