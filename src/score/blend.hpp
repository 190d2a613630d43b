#pragma once
// Rule 12 of lexicon/README.md: the learned layer on top of the lexicon's parts (internal to
// score/).
#include <cstddef>
#include <vector>

#include "score/learned.hpp"
#include "score/normaliser.hpp"
#include "score/rules.hpp"

namespace suasana::score {

/// What the learned layer reads of a text besides its words: the lexicon's verdict.
struct LexiconView {
    double compound = 0.0;  ///< the lexicon's own compound
    bool hit = false;       ///< the lexicon scored at least one part
};

/// Returns the lexicon's verdict on `parts` (after rules 3 to 8).
LexiconView view_of(const std::vector<Part>& parts);

/// Returns how much the word and pair features count under gate `gate`: 1 - gate * |lexicon
/// compound| (the scorer with its model's gate, the trainer with the one it tries).
double gate_of(double gate, const LexiconView& lex);
inline double gate_of(const LearnedWeights& model, const LexiconView& lex) {
    return gate_of(model.gate, lex);
}

/// Calls `visit(first, last)` for every feature the learned layer reads in `terms`, in order:
/// each term alone (first == last), then it with the term before it (last == first + 1).
template <typename Visit>
void for_each_gram(const std::vector<Term>& terms, Visit visit) {
    for (std::size_t i = 0; i < terms.size(); ++i) {
        visit(i, i);
        if (i > 0) visit(i - 1, i);
    }
}

/// Calls `visit(feature entry, first term, last term)` for every word and pair feature of
/// `terms` that `model` has, in one pass over the terms (each term's normal form hashed once).
template <typename Visit>
void for_each_feature(const LearnedWeights& model, const std::vector<Term>& terms, Visit visit) {
    std::uint64_t before = 0, current = 0;  // the hashes of the last two terms visited alone
    for_each_gram(terms, [&](std::size_t first, std::size_t last) {
        std::size_t k = StringTable<ClassWeights>::npos;
        if (first == last) {  // visited before the pair it ends
            before = current;
            current = table_hash(terms[first].normal);
            k = model.find_word(terms[first].normal, current);
        } else {
            k = model.find_pair(terms[first].normal, terms[last].normal,
                                pair_hash_of(before, current));
        }
        if (k != StringTable<ClassWeights>::npos) visit(k, first, last);
    });
}

/// Returns the value of each special feature (Special) for a text the lexicon sees as `lex`.
std::array<double, k_special_count> special_values(const LexiconView& lex);

/// Returns the raw score of class logits `z`: k_learned_scale * (z[up] - z[down]) of their
/// decision, 0 when neutral wins.
double learned_raw(const ClassWeights& z);

/// A feature found in a text: its entry in the model and the terms it covers.
struct FeatureHit {
    std::size_t entry = 0;
    std::size_t first = 0;
    std::size_t last = 0;
};

/// Returns the class logits of a text: the special features from `lex`, plus each hit's
/// weights (repeats count again) times the gate.
ClassWeights logits_of(const LearnedWeights& model, const LexiconView& lex,
                       const std::vector<FeatureHit>& hits);

/// Applies the learned layer: returns the raw score k_learned_scale * (z[up] - z[down]) of the
/// decision (0 when neutral wins). When `explained`, `parts` is rewritten so that it sums to
/// that raw score: the lexicon's parts carry the learned weight of the lexicon's compound,
/// and every learned feature, the bias and the no-hit weight get a part of their own.
double apply_learned(const LearnedWeights& model, const std::vector<Term>& terms,
                     std::vector<Part>& parts, std::vector<FeatureHit>& hits, bool explained);

}  // namespace suasana::score
