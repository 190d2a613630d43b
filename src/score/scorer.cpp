#include "score/scorer.hpp"

#include "score/blend.hpp"
#include "score/compound.hpp"
#include "score/normaliser.hpp"
#include "score/rules.hpp"
#include "score/spam.hpp"
#include "util/strings.hpp"

namespace suasana::score {

namespace {

// The buffers of one scoring, kept per thread and cleared for each text (keeping their
// capacity), so that scoring thousands of comments hardly allocates.
struct Workspace {
    Terms terms;
    Segments segments;
    EntityMatches entities;
    std::vector<Part> parts;
    std::vector<FeatureHit> hits;
};

Workspace& workspace() {
    thread_local Workspace w;
    return w;
}

// The lexicon's rules in the order of lexicon/README.md: lexical matches, contrast, questions,
// laughter (which reads the rest), then '!' (which reads everything). Fills `ws`.
void lexicon_pass(const Lexicon& lexicon, const Aliases& aliases, std::string_view text,
                  Workspace& ws) {
    normalise(lexicon, text, ws.terms);
    const std::vector<Term>& terms = ws.terms.list;
    segment(terms, ws.segments);
    match_entities(lexicon, aliases, terms, ws.segments, ws.entities);
    std::vector<Part>& parts = ws.parts;
    match_terms(lexicon, terms, ws.entities.taken, parts);
    apply_contrast(parts);
    apply_questions(lexicon, terms, ws.segments, parts);
    apply_laughter(parts);
    apply_exclamation(parts);
}

}  // namespace

Scorer::Scorer(const Lexicon& lexicon, double neutral_band, std::vector<Entity> entities)
    : m_lexicon(lexicon),
      m_neutral_band(neutral_band),
      m_entities(std::move(entities)),
      m_aliases(compile_aliases(lexicon, m_entities)) {}

Score Scorer::score(std::string_view text) const {
    return run(text, false);
}

Score Scorer::explain(std::string_view text) const {
    return run(text, true);
}

LexiconView Scorer::read_features(std::string_view text, std::vector<std::string>& features) const {
    Workspace& ws = workspace();
    lexicon_pass(m_lexicon, m_aliases, text, ws);
    features.clear();
    const std::vector<Term>& terms = ws.terms.list;
    for_each_gram(terms, [&](std::size_t first, std::size_t last) {
        std::string key(terms[first].normal);
        if (last != first) key.append(" ").append(terms[last].normal);
        features.push_back(std::move(key));
    });
    return view_of(ws.parts);
}

Score Scorer::run(std::string_view text, bool explained) const {
    Workspace& ws = workspace();
    lexicon_pass(m_lexicon, m_aliases, text, ws);
    const std::vector<Term>& terms = ws.terms.list;
    std::vector<Part>& parts = ws.parts;
    const Segments& seg = ws.segments;
    const EntityMatches& entities = ws.entities;

    Score result;
    result.mentions = mentions_of(m_entities, entities, seg, parts);  // the lexicon's view
    const LearnedWeights& learned = m_lexicon.learned;
    double raw =
        learned.empty() ? sum_of(parts) : apply_learned(learned, terms, parts, ws.hits, explained);
    result.compound = compound_of(raw);
    if (explained) {
        // Scale each contribution so that they add up to the compound exactly.
        double sum = sum_of(parts);
        double scale = sum == 0.0 ? 0.0 : result.compound / sum;
        result.contributions.reserve(parts.size());
        for (const auto& p : parts)
            result.contributions.push_back(contribution_of(p, terms, p.value * scale));
    }
    result.label = label_of(result.compound, m_neutral_band);
    result.spam = is_spam(m_lexicon, text, terms);
    return result;
}

std::string format_explanation(const Score& score) {
    std::string out;
    for (const auto& c : score.contributions) {
        out += "  " + (c.token.empty() ? std::string("·") : c.token) + "\t" + c.normal + "\t" +
               c.rule + "\t" + util::format_fixed(c.value, 4) + "\n";
    }
    out += "  =\t\tcompound\t" + util::format_fixed(score.compound, 4) + "\n";
    for (const auto& m : score.mentions)
        out += "  @\t" + m.entity + "\t" + m.role + "\t" + util::format_fixed(m.score, 4) + "\n";
    if (score.spam) out += "  !\t\tspam (stored, flagged, left out of moods)\n";
    return out;
}

}  // namespace suasana::score
