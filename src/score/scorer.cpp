#include "score/scorer.hpp"

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
};

Workspace& workspace() {
    thread_local Workspace w;
    return w;
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

Score Scorer::run(std::string_view text, bool explained) const {
    Workspace& ws = workspace();
    normalise(m_lexicon, text, ws.terms);
    const std::vector<Term>& terms = ws.terms.list;
    Segments& seg = ws.segments;
    segment(terms, seg);
    EntityMatches& entities = ws.entities;
    match_entities(m_lexicon, m_aliases, terms, seg, entities);

    // The rules of lexicon/README.md in order: lexical matches, contrast, questions, laughter
    // (which reads the rest), then '!' (which reads everything).
    std::vector<Part>& parts = ws.parts;
    match_terms(m_lexicon, terms, entities.taken, parts);
    apply_contrast(parts);
    apply_questions(m_lexicon, terms, seg, parts);
    apply_laughter(parts);
    apply_exclamation(parts);

    Score result;
    result.mentions = mentions_of(m_entities, entities, seg, parts);
    double raw = sum_of(parts);
    result.compound = compound_of(raw);
    if (explained) {
        // Scale each contribution so that they add up to the compound exactly.
        double scale = raw == 0.0 ? 0.0 : result.compound / raw;
        result.contributions.reserve(parts.size());
        for (const auto& p : parts)
            result.contributions.push_back(contribution_of(p, terms, p.value * scale));
    }
    result.label = result.compound >= m_neutral_band    ? Label::positive
                   : result.compound <= -m_neutral_band ? Label::negative
                                                        : Label::neutral;
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
