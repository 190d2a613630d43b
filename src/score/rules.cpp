#include "score/rules.hpp"

#include <string>

namespace suasana::score {

namespace {

constexpr double k_before_contrast = 0.5;
constexpr double k_after_contrast = 1.5;
constexpr double k_exclamation = 0.3;
constexpr int k_max_exclamations = 3;
constexpr double k_laughter = 1.0;
constexpr double k_question = 0.5;

bool is_symbol(const Term& t, std::string_view set) {
    return t.kind == text::TokenKind::symbol && t.normal.size() == 1 &&
           set.find(t.normal[0]) != std::string_view::npos;
}

const char* rule_name(Rule rule) {
    switch (rule) {
        case Rule::word:
            return "word";
        case Rule::elongated:
            return "elongated";
        case Rule::stem:
            return "stem";
        case Rule::phrase:
            return "phrase";
        case Rule::emoji:
            return "emoji";
        case Rule::laughter:
            return "laughter";
        case Rule::mocking_laughter:
            return "mocking laughter";
        case Rule::exclamation:
            return "exclamation";
        case Rule::negator:
            return "negator";
        case Rule::intensifier:
            return "intensifier";
        case Rule::contrast:
            return "contrast";
        case Rule::versus:
            return "versus";
        case Rule::learned_word:
            return "learned word";
        case Rule::learned_pair:
            return "learned pair";
        case Rule::learned_bias:
            return "learned bias";
        case Rule::learned_no_hit:
            return "learned no lexicon word";
        case Rule::learned_neutral:
            return "learned neutral";
    }
    return "?";
}

const char* step_name(Step step) {
    switch (step) {
        case Step::intensified:
            return "+intensified";
        case Step::question:
            return "+question";
        case Step::rhetorical:
            return "+rhetorical";
    }
    return "+?";
}

// The words of terms [first, last] as written, joined by ' '.
std::string written(const std::vector<Term>& terms, std::size_t first, std::size_t last) {
    std::string s;
    for (std::size_t k = first; k <= last; ++k) {
        if (terms[k].token.empty()) continue;
        if (!s.empty()) s += ' ';
        s += terms[k].token;
    }
    return s;
}

}  // namespace

Contribution contribution_of(const Part& part, const std::vector<Term>& terms, double value) {
    Contribution c;
    c.value = value;
    if (part.kind == PartKind::learned && part.rule != Rule::learned_word &&
        part.rule != Rule::learned_pair) {
        c.rule = rule_name(part.rule);  // a property of the whole text: no token
        return c;
    }
    if (part.rule == Rule::versus) {
        // A head-to-head verb ("menang atas"): shown whole, as written.
        c.token = std::string(terms[part.term].token);
        c.normal = written(terms, part.term, part.last);
    } else {
        c.token = written(terms, part.term, part.last);
        c.normal = std::string(part.normal);
    }
    if (part.negated) c.rule = "negated ";
    c.rule += rule_name(part.rule);
    for (std::size_t k = 0; k < part.step_count; ++k) c.rule += step_name(part.steps[k]);
    return c;
}

void segment(const std::vector<Term>& terms, Segments& out) {
    out.sentence.resize(terms.size());
    out.clause.resize(terms.size());
    std::size_t sentence = 0, clause = 0;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const Term& t = terms[i];
        // A contrast marker opens a clause; a punctuation mark closes one (after itself).
        if (t.kind == text::TokenKind::word && t.info != nullptr && t.info->contrast) ++clause;
        out.sentence[i] = sentence;
        out.clause[i] = clause;
        if (t.kind != text::TokenKind::symbol) continue;
        if (is_symbol(t, ".;!?")) ++sentence;
        if (is_symbol(t, ".;!?,:")) ++clause;
    }
}

double sum_of(const std::vector<Part>& parts) {
    double sum = 0.0;
    for (const auto& p : parts) sum += p.value;
    return sum;
}

void apply_contrast(std::vector<Part>& parts) {
    std::size_t at = parts.size();
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (parts[k].rule == Rule::contrast) at = k;
    }
    if (at == parts.size()) return;
    bool after_has_value = false;
    for (std::size_t k = at; k < parts.size(); ++k)
        after_has_value = after_has_value || parts[k].value != 0.0;
    if (!after_has_value) return;
    for (std::size_t k = 0; k < parts.size(); ++k)
        parts[k].value *= k < at ? k_before_contrast : k_after_contrast;
}

// Returns whether the words of the sentence starting at term `start` open with a rhetorical
// marker ("masa", "apa iya", "mana mungkin").
static bool opens_rhetorically(const Lexicon& lex, const std::vector<Term>& terms,
                               std::size_t start, std::size_t end) {
    while (start < end && terms[start].kind == text::TokenKind::symbol) ++start;
    std::string key;
    for (std::size_t n = 0; n < 3 && start + n < end; ++n) {
        if (n > 0) key += ' ';
        key += terms[start + n].normal;
        if (lex.rhetorical.count(key) != 0) return true;
    }
    return false;
}

void apply_questions(const Lexicon& lex, const std::vector<Term>& terms, const Segments& seg,
                     std::vector<Part>& parts) {
    std::size_t start = 0;
    for (std::size_t q = 0; q < terms.size(); ++q) {
        if (q > 0 && seg.sentence[q] != seg.sentence[q - 1]) start = q;
        if (!is_symbol(terms[q], "?")) continue;
        bool rhetorical = opens_rhetorically(lex, terms, start, q);
        for (auto& p : parts) {
            if (p.term < start || p.term >= q || p.kind != PartKind::word || p.value <= 0) continue;
            p.value *= rhetorical ? -1.0 : k_question;
            p.add_step(rhetorical ? Step::rhetorical : Step::question);
        }
    }
}

void apply_laughter(std::vector<Part>& parts) {
    double rest = 0.0;
    for (const auto& p : parts) {
        if (p.kind != PartKind::laughter) rest += p.value;
    }
    for (auto& p : parts) {
        if (p.kind != PartKind::laughter) continue;
        p.value = rest < 0 ? -k_laughter : k_laughter;
        p.rule = rest < 0 ? Rule::mocking_laughter : Rule::laughter;
    }
}

void apply_exclamation(std::vector<Part>& parts) {
    double raw = sum_of(parts);
    int seen = 0;
    for (auto& p : parts) {
        if (p.kind != PartKind::exclamation || raw == 0.0 || seen++ >= k_max_exclamations) continue;
        p.value = raw > 0 ? k_exclamation : -k_exclamation;
    }
}

}  // namespace suasana::score
