#pragma once
// The scoring rules of lexicon/README.md as passes over a comment's terms (internal to score/).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/score.hpp"
#include "score/lexicon.hpp"
#include "score/normaliser.hpp"

namespace suasana::score {

/// What kind of signal a part is; the later passes treat the kinds differently.
enum class PartKind { word, emoji, laughter, exclamation, marker, learned };

/// The rule that produced a part (its name in `--explain` is `rule_name`).
enum class Rule : std::uint8_t {
    word,
    elongated,
    stem,
    phrase,
    emoji,
    laughter,
    mocking_laughter,
    exclamation,
    negator,
    intensifier,
    contrast,
    versus,
    learned_word,     ///< a word of the learned layer
    learned_pair,     ///< a pair of words of the learned layer
    learned_bias,     ///< the learned layer's bias (no token)
    learned_no_hit,   ///< the learned weight of "the lexicon found nothing" (no token)
    learned_neutral,  ///< the learned layer judged the text neutral: nothing counts
};

/// A later rule that changed a part, appended to the rule's name ("word+intensified").
enum class Step : std::uint8_t { intensified, question, rhetorical };

/// One contribution before scaling: numbers and views only, so scoring allocates no strings;
/// `contribution_of` spells it out for `--explain` and the summary's driving words.
struct Part {
    std::size_t term = 0;     ///< the first term it covers
    std::size_t last = 0;     ///< the last term it covers (phrases span several)
    std::string_view normal;  ///< normal form: a lexicon key or the term's (outlives the part)
    double value = 0.0;
    PartKind kind = PartKind::word;
    Rule rule = Rule::word;
    bool negated = false;
    std::uint8_t step_count = 0;
    std::array<Step, 3> steps{};  // at most: preposed and postposed intensifier, question

    void add_step(Step s) {
        if (step_count < steps.size()) steps[step_count++] = s;
    }
};

/// Returns the contribution `part` makes, with `value`, its words as written and its rule's
/// name ("negated word+intensified").
Contribution contribution_of(const Part& part, const std::vector<Term>& terms, double value);

/// Where the sentences and clauses of a comment start: `sentence[i]` and `clause[i]` number the
/// sentence (ended by . ; ! ?) and the clause (also ended by , : and contrast markers) of term i.
struct Segments {
    std::vector<std::size_t> sentence;
    std::vector<std::size_t> clause;
};

/// Sets `out` to the sentence and clause numbers of every term (its buffers are reused).
void segment(const std::vector<Term>& terms, Segments& out);

/// Returns the parts of the lexical rules (rules 3 to 5 and 8): phrases before words, the affix
/// stripper, negation, intensifiers, contrast markers, emoji, laughter and '!' placeholders.
/// Terms with `taken[i]` set belong to a head-to-head verb and are shown, not scored. `out`
/// is replaced (its buffer is reused).
void match_terms(const Lexicon& lex, const std::vector<Term>& terms, const std::vector<char>& taken,
                 std::vector<Part>& out);

/// Rule 6: after the last contrast marker with an opinion after it, the clause after weighs
/// 1.5 and everything before 0.5.
void apply_contrast(std::vector<Part>& parts);

/// Rule 7b: in a question, positive words weigh half ("apakah bagus?"); in a rhetorical one
/// (opened by a marker of rhetorical.txt: "masa bagus?") they turn negative.
void apply_questions(const Lexicon& lex, const std::vector<Term>& terms, const Segments& seg,
                     std::vector<Part>& parts);

/// Rule 8: laughter is +1 when the rest of the text is not negative (happy), -1 when it is
/// (mocking: "goblok wkwk").
void apply_laughter(std::vector<Part>& parts);

/// Rule 7: each '!' (at most three) adds 0.3 in the direction the text already has.
void apply_exclamation(std::vector<Part>& parts);

/// Returns the sum of the parts' values.
double sum_of(const std::vector<Part>& parts);

}  // namespace suasana::score
