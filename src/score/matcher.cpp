// The lexical pass (rules 3 to 5 of lexicon/README.md): phrases before words, the affix
// stripper for unknown words, negation scope and intensifiers.
#include <cmath>
#include <cstdint>
#include <string>

#include "score/rules.hpp"
#include "score/stemmer.hpp"

namespace suasana::score {

namespace {

// How far a negator or a preposed intensifier reaches, in tokens (PRODUCT.md: up to three).
constexpr int k_scope = 3;
// "tidak jelek" is weaker praise than "bagus" is praise: a negated negative word keeps this
// share of its strength, while "tidak bagus" is as negative as "bagus" is positive.
constexpr double k_negated_negative = 0.6;
// Shorter words are never stripped (stemmer.hpp), so they need no memo lookup.
constexpr std::size_t k_min_affixed = 6;

// The lexicon entry an unknown word's affixes lead to, remembered per thread: comment words
// follow Zipf's law, so most unknown words were already stripped in an earlier comment.
class StemMemo {
  public:
    /// Returns the number of the `lex.index` entry of the stem, or npos when no stem of `word`
    /// is scored. A number rather than a pointer or a string: small, and still right when `lex`
    /// is a copy of the lexicon the memo was filled with (the load number names the content).
    std::size_t find(const Lexicon& lex, std::string_view word) {
        if (&lex != m_lexicon || lex.load_number != m_load_number ||
            m_found.size() > k_max_entries) {
            m_found.clear();
            m_lexicon = &lex;
            m_load_number = lex.load_number;
        }
        if (const std::uint32_t* found = m_found.find(word)) return *found - std::size_t{1};
        std::size_t stem = strip(lex, word);
        m_found[word] = static_cast<std::uint32_t>(stem + 1);  // npos + 1 wraps to 0
        return stem;
    }

  private:
    static constexpr std::size_t k_max_entries = 200000;

    // The index holds every single-word key: has_word is "in words.tsv", no_stem "in
    // nostem.txt".
    static std::size_t strip(const Lexicon& lex, std::string_view word) {
        for (const std::string& stem : stem_candidates(word)) {
            std::size_t k = lex.index.index_of(stem);
            if (k == StringTable<TermInfo>::npos) continue;
            if (lex.index.value_at(k).no_stem) break;  // a blocked derivation ends the search
            if (lex.index.value_at(k).has_word) return k;
        }
        return StringTable<TermInfo>::npos;
    }

    const Lexicon* m_lexicon = nullptr;
    std::uint64_t m_load_number = 0;
    StringTable<std::uint32_t> m_found;  // 1 + the stem's entry; 0: none
};

StemMemo& stem_memo() {
    thread_local StemMemo memo;
    return memo;
}

class Matcher {
  public:
    Matcher(const Lexicon& lex, const std::vector<Term>& terms, const std::vector<char>& taken,
            std::vector<Part>& parts)
        : m_lex(lex), m_terms(terms), m_taken(taken), m_parts(parts) {
        m_parts.clear();
        m_parts.reserve(terms.size());  // at most one part per term: no reallocation
    }

    void run() {
        for (std::size_t i = 0; i < m_terms.size(); ++i) {
            i += step(i);
            if (m_negation_left > 0) --m_negation_left;
            if (m_multiplier_left > 0 && --m_multiplier_left == 0) m_multiplier = 1.0;
        }
    }

  private:
    // Handles the term at `i`; returns how many further terms it used (phrases).
    std::size_t step(std::size_t i) {
        const Term& t = m_terms[i];
        if (m_taken[i]) {
            std::size_t n = 1;
            while (i + n < m_terms.size() && m_taken[i + n] == m_taken[i]) ++n;
            push(i, i + n - 1, {}, Rule::versus, 0.0, PartKind::marker);
            return n - 1;
        }
        if (t.emoji) {
            const double* v = m_lex.emoji.find(t.normal);  // never null: the normaliser found it
            push(i, i, t.normal, Rule::emoji, v != nullptr ? *v : 0.0, PartKind::emoji);
        } else if (t.laughter) {
            push(i, i, t.normal, Rule::laughter, 0.0, PartKind::laughter);
        } else if (t.kind == text::TokenKind::symbol) {
            symbol(i, t);
        } else if (std::size_t n = phrase(i); n > 0) {
            return n - 1;
        } else {
            word(i, t);
        }
        return 0;
    }

    void symbol(std::size_t i, const Term& t) {
        if (t.normal == "!") push(i, i, t.normal, Rule::exclamation, 0.0, PartKind::exclamation);
        // Punctuation ends a negator's and an intensifier's reach.
        if (t.normal.size() == 1 &&
            std::string_view(".,;!?:").find(t.normal[0]) != std::string::npos) {
            m_negation_left = 0;
            m_multiplier = 1.0;
            m_multiplier_left = 0;
        }
    }

    // The longest lexicon phrase (or multi-word contrast marker) starting at `i`; returns its
    // length in terms, 0 when none.
    std::size_t phrase(std::size_t i) {
        const TermInfo* info = m_terms[i].info;
        if (info == nullptr || info->phrase_words < 2 || i + 1 >= m_terms.size()) return 0;
        if (!m_lex.phrase_starts.contains(pair_hash(m_terms[i].normal, m_terms[i + 1].normal)))
            return 0;
        std::size_t most = std::min<std::size_t>(info->phrase_words, m_terms.size() - i);
        for (std::size_t n = most; n >= 2; --n) {
            m_key.clear();
            for (std::size_t k = i; k < i + n; ++k) {
                if (k > i) m_key += ' ';
                m_key += m_terms[k].normal;
            }
            if (auto it = m_lex.contrast.find(m_key); it != m_lex.contrast.end()) {
                contrast(i, i + n - 1, *it);
                return n;
            }
            if (auto it = m_lex.words.find(m_key); it != m_lex.words.end()) {
                scored(i, i + n - 1, it->first, Rule::phrase, it->second);
                return n;
            }
        }
        return 0;
    }

    void contrast(std::size_t first, std::size_t last, std::string_view normal) {
        m_negation_left = 0;
        push(first, last, normal, Rule::contrast, 0.0, PartKind::marker);
    }

    void word(std::size_t i, const Term& t) {
        const TermInfo* info = t.info;
        if (info == nullptr) {
            stemmed(i, t);
        } else if (info->negator) {
            m_negation_left = k_scope + 1;  // decremented after this token
            push(i, i, t.normal, Rule::negator, 0.0, PartKind::marker);
        } else if (info->intensifier != 0.0) {
            intensifier(i, t, info->intensifier);
        } else if (info->contrast) {
            contrast(i, i, t.normal);
        } else if (info->has_word) {
            scored(i, i, t.normal, t.elongated ? Rule::elongated : Rule::word, info->word);
        } else if (!info->no_stem) {
            stemmed(i, t);
        }
    }

    void stemmed(std::size_t i, const Term& t) {
        if (t.normal.size() < k_min_affixed) return;  // too short to carry an affix
        std::size_t stem = stem_memo().find(m_lex, t.normal);
        if (stem == StringTable<TermInfo>::npos) return;
        scored(i, i, m_lex.index.key_at(stem), Rule::stem, m_lex.index.value_at(stem).word);
    }

    void intensifier(std::size_t i, const Term& t, double factor) {
        bool postposed = m_last_term + 1 == i && m_last_part < m_parts.size() && factor > 0;
        if (postposed) {
            // "enak banget", "mahal sekali": strengthens the word before it.
            m_parts[m_last_part].value *= factor;
            m_parts[m_last_part].add_step(Step::intensified);
        } else {
            m_multiplier *= factor;
            m_multiplier_left = k_scope + 1;
        }
        // An intensifier does not use up a negator's reach: "tidak terlalu benar-benar bagus".
        if (m_negation_left > 0) ++m_negation_left;
        push(i, i, t.normal, Rule::intensifier, 0.0, PartKind::marker);
    }

    // A word or phrase of the lexicon over terms [first, last] with lexicon value `v`.
    void scored(std::size_t first, std::size_t last, std::string_view normal, Rule rule, double v) {
        bool intensified = m_multiplier != 1.0;
        if (intensified) {
            // A negative multiplier ("kurang bagus": not good enough) turns praise into mild
            // criticism, but only softens a negative word ("kurang jelek" is not praise).
            v *= v > 0 ? m_multiplier : std::fabs(m_multiplier);
        }
        bool negated = m_negation_left > 0;
        if (negated) v = v > 0 ? -v : -v * k_negated_negative;
        m_multiplier = 1.0;
        m_multiplier_left = 0;
        m_negation_left = 0;
        m_last_part = m_parts.size();
        m_last_term = last;
        Part& p = push(first, last, normal, rule, v, PartKind::word);
        p.negated = negated;
        if (intensified) p.add_step(Step::intensified);
    }

    Part& push(std::size_t first, std::size_t last, std::string_view normal, Rule rule, double v,
               PartKind kind) {
        Part& p = m_parts.emplace_back();
        p.term = first;
        p.last = last;
        p.normal = normal;
        p.value = v;
        p.kind = kind;
        p.rule = rule;
        return p;
    }

    const Lexicon& m_lex;
    const std::vector<Term>& m_terms;
    const std::vector<char>& m_taken;
    std::vector<Part>& m_parts;
    std::string m_key;  // reused for phrase lookups
    int m_negation_left = 0;
    double m_multiplier = 1.0;
    int m_multiplier_left = 0;
    std::size_t m_last_part = std::string::npos;  // the latest scored word or phrase
    std::size_t m_last_term = std::string::npos;  // ...and the term it ended at
};

}  // namespace

void match_terms(const Lexicon& lex, const std::vector<Term>& terms, const std::vector<char>& taken,
                 std::vector<Part>& out) {
    Matcher(lex, terms, taken, out).run();
}

}  // namespace suasana::score
