#include "score/scorer.hpp"

#include <cmath>
#include <cstring>

#include "text/normalize.hpp"
#include "util/strings.hpp"

namespace suasana::score {

namespace {

// How far a negator reaches, in tokens (PRODUCT.md: up to three).
constexpr int k_negation_scope = 3;
// VADER-style normalisation constant: raw / sqrt(raw^2 + alpha) maps sums into (-1, 1).
constexpr double k_alpha = 15.0;
constexpr double k_before_contrast = 0.5;
constexpr double k_after_contrast = 1.5;
constexpr double k_exclamation = 0.3;
constexpr double k_laughter = 1.0;

// Collapses runs of three or more equal letters to one: "bagusss" -> "bagus", "mantappp" -> "mantap".
std::string collapse_elongation(const std::string& w, std::size_t keep) {
    std::string out;
    for (std::size_t i = 0; i < w.size();) {
        std::size_t j = i;
        while (j < w.size() && w[j] == w[i]) ++j;
        std::size_t run = j - i;
        out.append(run >= 3 ? keep : run, w[i]);
        i = j;
    }
    return out;
}

bool is_laughter(const std::string& w) {
    if (w.size() < 4) return false;
    for (const char* unit : {"wk", "ha", "he", "hi", "xi", "ak"}) {
        std::string_view u(unit);
        bool all = true;
        for (std::size_t i = 0; i + 1 < w.size() && all; i += 2) all = w.compare(i, 2, u) == 0;
        if (all && w.size() >= 4) return true;
    }
    // "wkwkwk" variants with stray letters: mostly w and k
    std::size_t wk = 0;
    for (char c : w) wk += (c == 'w' || c == 'k') ? 1 : 0;
    return wk == w.size() && w.size() >= 4;
}

// Candidate stems of an affixed Indonesian word, most specific first.
std::vector<std::string> stems(const std::string& w) {
    std::vector<std::string> out;
    auto strip_suffixes = [](const std::string& s, std::vector<std::string>& acc) {
        acc.push_back(s);
        for (const char* p : {"nya", "lah", "kah", "pun", "ku", "mu"}) {
            if (util::ends_with(s, p) && s.size() > std::strlen(p) + 2) {
                std::string t = s.substr(0, s.size() - std::strlen(p));
                acc.push_back(t);
                for (const char* q : {"kan", "an", "i"}) {
                    if (util::ends_with(t, q) && t.size() > std::strlen(q) + 2)
                        acc.push_back(t.substr(0, t.size() - std::strlen(q)));
                }
            }
        }
        for (const char* q : {"kan", "an", "i"}) {
            if (util::ends_with(s, q) && s.size() > std::strlen(q) + 2)
                acc.push_back(s.substr(0, s.size() - std::strlen(q)));
        }
    };
    std::vector<std::string> bases;
    strip_suffixes(w, bases);
    struct Prefix {
        const char* prefix;
        const char* replacement;
    };
    static const Prefix k_prefixes[] = {
        {"meng", ""}, {"meng", "k"}, {"meny", "s"}, {"mem", "p"}, {"mem", ""}, {"men", "t"},
        {"men", ""},  {"me", ""},    {"peng", ""},  {"peng", "k"}, {"peny", "s"}, {"pem", "p"},
        {"pem", ""},  {"pen", "t"},  {"pen", ""},   {"pe", ""},   {"ber", ""},   {"be", ""},
        {"di", ""},   {"ter", ""},   {"te", ""},    {"ke", ""},   {"se", ""},    {"per", ""}};
    for (const auto& base : bases) {
        out.push_back(base);
        for (const auto& p : k_prefixes) {
            std::size_t n = std::strlen(p.prefix);
            if (util::starts_with(base, p.prefix) && base.size() >= n + 3)
                out.push_back(p.replacement + base.substr(n));
        }
    }
    return out;
}

bool looks_like_link_or_phone(std::string_view text) {
    std::string lower = util::to_lower_ascii(text);
    if (lower.find("http://") != std::string::npos || lower.find("https://") != std::string::npos ||
        lower.find("www.") != std::string::npos || lower.find(".com") != std::string::npos)
        return true;
    int digits = 0;
    for (char c : lower) {
        if (c >= '0' && c <= '9') {
            if (++digits >= 10) return true;
        } else if (c != ' ' && c != '-' && c != '+') {
            digits = 0;
        }
    }
    return false;
}

}  // namespace

// One normalised token: what the text said and what the lexicon will look up.
struct Scorer::Term {
    std::string token;   // as written (folded)
    std::string normal;  // after slang, elongation and reduplication
    text::TokenKind kind = text::TokenKind::word;
    bool laughter = false;
    bool emoji = false;
};

Scorer::Scorer(const Lexicon& lexicon, double neutral_band, const std::vector<Entity>& entities)
    : m_lexicon(lexicon), m_neutral_band(neutral_band), m_entities(entities) {}

std::vector<Scorer::Term> Scorer::normalise(std::string_view text) const {
    std::vector<Term> terms;
    std::string folded = text::fold(text);
    for (const auto& chunk : util::split(util::collapse_spaces(folded), ' ')) {
        if (chunk.empty()) continue;
        if (m_lexicon.emoji.count(chunk) != 0) {  // emoticons such as ":)" or ":v" are one chunk
            terms.push_back({chunk, chunk, text::TokenKind::symbol, false, true});
            continue;
        }
        for (auto& tok : text::tokenize(chunk)) {
            Term t{tok.text, tok.text, tok.kind, false, false};
            if (tok.kind == text::TokenKind::symbol) {
                t.emoji = m_lexicon.emoji.count(tok.text) != 0;
                terms.push_back(std::move(t));
                continue;
            }
            // Reduplication: "keren-keren" arrives as keren, -, keren; "keren2" as one token.
            if (terms.size() >= 2 && terms.back().token == "-" &&
                terms[terms.size() - 2].token == tok.text) {
                terms.pop_back();
                continue;
            }
            if (t.normal.size() > 2 && t.normal.back() == '2' &&
                !std::isdigit(static_cast<unsigned char>(t.normal[t.normal.size() - 2]))) {
                t.normal.pop_back();
            }
            if (is_laughter(t.normal)) {
                t.laughter = true;
                terms.push_back(std::move(t));
                continue;
            }
            if (auto s = m_lexicon.slang.find(t.normal); s != m_lexicon.slang.end()) {
                // A slang form may stand for several words ("gpp" -> "tidak apa apa").
                auto words = util::split(s->second, ' ');
                for (std::size_t i = 0; i < words.size(); ++i) {
                    Term w = t;
                    w.normal = words[i];
                    if (i > 0) w.token = "";
                    terms.push_back(std::move(w));
                }
                continue;
            }
            terms.push_back(std::move(t));
        }
    }
    return terms;
}

std::string Scorer::lookup_form(const std::string& word, double& value, std::string& rule) const {
    auto found = [&](const std::string& w) {
        auto it = m_lexicon.words.find(w);
        if (it == m_lexicon.words.end()) return false;
        value = it->second;
        return true;
    };
    rule = "word";
    if (found(word)) return word;
    for (std::size_t keep : {1U, 2U}) {
        std::string c = collapse_elongation(word, keep);
        if (c != word && found(c)) {
            rule = "elongated";
            return c;
        }
    }
    // Affix stripping only for words the lexicon lacks, so a known word is never rewritten.
    auto candidates = stems(word);
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (candidates[i].size() >= 3 && found(candidates[i])) {
            rule = "stem";
            return candidates[i];
        }
    }
    return {};
}

Score Scorer::score(std::string_view text) const {
    Score result;
    std::vector<Term> terms = normalise(text);
    std::vector<Contribution> parts;
    std::vector<double> raw_values;
    int negation_left = 0;
    double multiplier = 1.0;
    std::size_t contrast_at = std::string::npos;  // index in parts where the last contrast began

    for (std::size_t i = 0; i < terms.size(); ++i) {
        const Term& t = terms[i];
        if (t.emoji) {
            double v = m_lexicon.emoji.at(t.normal);
            parts.push_back({t.token, t.normal, "emoji", v});
            continue;
        }
        if (t.kind == text::TokenKind::symbol) {
            if (t.normal == "." || t.normal == ";") negation_left = 0;
            if (t.normal == "!") parts.push_back({"!", "!", "exclamation", 0.0});
            continue;
        }
        if (t.laughter) {
            parts.push_back({t.token, t.normal, "laughter", k_laughter});
            continue;
        }
        // Phrases before single words: the longest run of terms that is a lexicon entry.
        bool matched_phrase = false;
        for (std::size_t n = std::min(m_lexicon.max_phrase_words, terms.size() - i); n >= 2; --n) {
            std::string phrase = t.normal;
            std::string written = t.token;
            for (std::size_t k = 1; k < n; ++k) {
                phrase += " " + terms[i + k].normal;
                if (!terms[i + k].token.empty()) written += " " + terms[i + k].token;
            }
            if (m_lexicon.contrast.count(phrase) != 0) {
                contrast_at = parts.size();
                parts.push_back({written, phrase, "contrast", 0.0});
                i += n - 1;
                matched_phrase = true;
                break;
            }
            auto it = m_lexicon.words.find(phrase);
            if (it == m_lexicon.words.end()) continue;
            double v = it->second * multiplier;
            std::string rule = "phrase";
            if (negation_left > 0) {
                v = -v;
                rule = "negated phrase";
            }
            parts.push_back({written, phrase, rule, v});
            multiplier = 1.0;
            negation_left = 0;
            i += n - 1;
            matched_phrase = true;
            break;
        }
        if (matched_phrase) continue;
        if (m_lexicon.negators.count(t.normal) != 0) {
            negation_left = k_negation_scope + 1;  // decremented below for this token
            parts.push_back({t.token, t.normal, "negator", 0.0});
        } else if (auto m = m_lexicon.intensifiers.find(t.normal);
                   m != m_lexicon.intensifiers.end()) {
            multiplier *= m->second;
            parts.push_back({t.token, t.normal, "intensifier", 0.0});
        } else if (m_lexicon.contrast.count(t.normal) != 0) {
            contrast_at = parts.size();
            negation_left = 0;
            parts.push_back({t.token, t.normal, "contrast", 0.0});
        } else {
            double v = 0.0;
            std::string rule;
            std::string form = lookup_form(t.normal, v, rule);
            if (!form.empty()) {
                v *= multiplier;
                if (multiplier != 1.0) rule += "+intensified";
                if (negation_left > 0) {
                    v = -v;
                    rule = "negated " + rule;
                    negation_left = 0;
                }
                multiplier = 1.0;
                parts.push_back({t.token, form, rule, v});
            }
        }
        if (negation_left > 0) --negation_left;
    }

    // Contrast: the clause after the last marker carries the writer's opinion.
    if (contrast_at != std::string::npos) {
        bool after_has_value = false;
        for (std::size_t k = contrast_at; k < parts.size(); ++k)
            after_has_value = after_has_value || parts[k].value != 0.0;
        if (after_has_value) {
            for (std::size_t k = 0; k < parts.size(); ++k)
                parts[k].value *= k < contrast_at ? k_before_contrast : k_after_contrast;
        }
    }
    double raw = 0.0;
    for (const auto& p : parts) raw += p.value;
    // '!' strengthens whatever direction the text already has.
    int exclamations = 0;
    for (auto& p : parts) {
        if (p.rule == "exclamation" && raw != 0.0 && exclamations++ < 3)
            p.value = raw > 0 ? k_exclamation : -k_exclamation;
    }
    raw = 0.0;
    for (const auto& p : parts) raw += p.value;

    result.compound = raw == 0.0 ? 0.0 : raw / std::sqrt(raw * raw + k_alpha);
    // Scale each contribution so that they add up to the compound exactly.
    double scale = raw == 0.0 ? 0.0 : result.compound / raw;
    for (auto& p : parts) p.value *= scale;
    result.label = result.compound >= m_neutral_band    ? Label::positive
                   : result.compound <= -m_neutral_band ? Label::negative
                                                        : Label::neutral;
    result.contributions = std::move(parts);

    // Spam: weights of the markers present, plus a link or a phone number.
    int spam_weight = looks_like_link_or_phone(text) ? 2 : 0;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        std::string phrase;
        for (std::size_t n = 1; n <= m_lexicon.max_spam_words && i + n <= terms.size(); ++n) {
            phrase += (n > 1 ? " " : "") + terms[i + n - 1].normal;
            if (auto it = m_lexicon.spam.find(phrase); it != m_lexicon.spam.end())
                spam_weight += it->second;
        }
    }
    result.spam = spam_weight >= 4;

    // Entities: every alias that occurs as a run of terms is a mention.
    for (const auto& entity : m_entities) {
        bool mentioned = false;
        for (const auto& alias : entity.aliases) {
            auto words = util::split(util::collapse_spaces(text::fold(alias)), ' ');
            for (std::size_t i = 0; i + words.size() <= terms.size() && !mentioned; ++i) {
                bool all = true;
                for (std::size_t k = 0; k < words.size() && all; ++k)
                    all = terms[i + k].token == words[k] || terms[i + k].normal == words[k];
                mentioned = all;
            }
        }
        if (mentioned) result.mentions.push_back({entity.name, result.compound, "mention"});
    }
    return result;
}

std::string format_explanation(const Score& score) {
    std::string out;
    for (const auto& c : score.contributions) {
        out += "  " + (c.token.empty() ? std::string("·") : c.token) + "\t" + c.normal + "\t" +
               c.rule + "\t" + util::format_fixed(c.value, 4) + "\n";
    }
    out += "  =\t\tcompound\t" + util::format_fixed(score.compound, 4) + "\n";
    return out;
}

}  // namespace suasana::score
