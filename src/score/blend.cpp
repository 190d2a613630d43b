#include "score/blend.hpp"

#include <cmath>

#include "score/compound.hpp"

namespace suasana::score {

namespace {

std::size_t index_of(Special s) {
    return static_cast<std::size_t>(s);
}

double margin(const ClassWeights& w, const Decision& d) {
    return k_learned_scale * (w[d.up] - w[d.down]);
}

// Rewrites `parts` for `--explain` (see apply_learned).
void explain_parts(const LearnedWeights& model, const LexiconView& lex, double gate,
                   const Decision& d, const std::vector<FeatureHit>& hits,
                   std::vector<Part>& parts) {
    if (d.neutral) {
        for (auto& p : parts) p.value = 0.0;
        parts.push_back({0, 0, {}, 0.0, PartKind::learned, Rule::learned_neutral});
        return;
    }
    // The lexicon's compound is a feature: its weight is shared among the parts it sums.
    double lex_raw = sum_of(parts);
    Special side = lex.compound > 0 ? Special::lexicon_positive : Special::lexicon_negative;
    double sign = lex.compound > 0 ? 1.0 : -1.0;
    double share = lex_raw == 0.0
                       ? 0.0
                       : sign * margin(model.specials[index_of(side)], d) * lex.compound / lex_raw;
    for (auto& p : parts) p.value *= share;
    auto special = [&](Special s, Rule rule, double x) {
        double v = margin(model.specials[index_of(s)], d) * x;
        if (v != 0.0) parts.push_back({0, 0, {}, v, PartKind::learned, rule});
    };
    special(Special::bias, Rule::learned_bias, 1.0);
    special(Special::no_lexicon_hit, Rule::learned_no_hit, lex.hit ? 0.0 : 1.0);
    for (const auto& h : hits) {
        Rule rule = h.first == h.last ? Rule::learned_word : Rule::learned_pair;
        parts.push_back({h.first, h.last, model.features.key_at(h.entry),
                         gate * margin(model.features.value_at(h.entry), d), PartKind::learned,
                         rule});
    }
}

}  // namespace

std::array<double, k_special_count> special_values(const LexiconView& lex) {
    std::array<double, k_special_count> x{};
    x[index_of(Special::bias)] = 1.0;
    x[index_of(Special::lexicon_positive)] = lex.compound > 0 ? lex.compound : 0.0;
    x[index_of(Special::lexicon_negative)] = lex.compound < 0 ? -lex.compound : 0.0;
    x[index_of(Special::no_lexicon_hit)] = lex.hit ? 0.0 : 1.0;
    return x;
}

double learned_raw(const ClassWeights& z) {
    Decision d = decide(z);
    return d.neutral ? 0.0 : margin(z, d);
}

LexiconView view_of(const std::vector<Part>& parts) {
    LexiconView v;
    double raw = 0.0;
    for (const auto& p : parts) {
        raw += p.value;
        v.hit = v.hit || p.value != 0.0;
    }
    v.compound = compound_of(raw);
    return v;
}

double gate_of(double gate, const LexiconView& lex) {
    return 1.0 - gate * std::abs(lex.compound);
}

ClassWeights logits_of(const LearnedWeights& model, const LexiconView& lex,
                       const std::vector<FeatureHit>& hits) {
    ClassWeights z{};
    auto x = special_values(lex);
    for (std::size_t s = 0; s < k_special_count; ++s) {
        for (std::size_t c = 0; c < 3; ++c) z[c] += model.specials[s][c] * x[s];
    }
    double gate = gate_of(model, lex);
    for (const auto& h : hits) {
        const ClassWeights& w = model.features.value_at(h.entry);
        for (std::size_t c = 0; c < 3; ++c) z[c] += gate * w[c];
    }
    return z;
}

double apply_learned(const LearnedWeights& model, const std::vector<Term>& terms,
                     std::vector<Part>& parts, std::vector<FeatureHit>& hits, bool explained) {
    LexiconView lex = view_of(parts);
    hits.clear();
    for_each_feature(model, terms, [&](std::size_t k, std::size_t first, std::size_t last) {
        hits.push_back({k, first, last});
    });
    ClassWeights z = logits_of(model, lex, hits);
    Decision d = decide(z);
    if (explained) explain_parts(model, lex, gate_of(model, lex), d, hits, parts);
    return learned_raw(z);
}

}  // namespace suasana::score
