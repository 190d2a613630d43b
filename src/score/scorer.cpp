#include "score/scorer.hpp"

#include <cmath>
#include <cstring>
#include <unordered_set>

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

// Collapses runs of three or more equal letters to one: "bagusss" -> "bagus", "mantappp" ->
// "mantap".
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
        {"meng", ""}, {"meng", "k"}, {"meny", "s"}, {"mem", "p"},  {"mem", ""},   {"men", "t"},
        {"men", ""},  {"me", ""},    {"peng", ""},  {"peng", "k"}, {"peny", "s"}, {"pem", "p"},
        {"pem", ""},  {"pen", "t"},  {"pen", ""},   {"pe", ""},    {"ber", ""},   {"be", ""},
        {"di", ""},   {"ter", ""},   {"te", ""},    {"ke", ""},    {"se", ""},    {"per", ""}};
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

bool has_link(std::string_view text) {
    std::string lower = util::to_lower_ascii(text);
    for (const char* marker : {"http://", "https://", "www.", ".com", ".id/", ".net", ".xyz"}) {
        if (lower.find(marker) != std::string::npos) return true;
    }
    return false;
}

// A phone number: ten or more digits, possibly broken by spaces, dashes and a leading '+'.
bool has_phone_number(std::string_view text) {
    int digits = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (++digits >= 10) return true;
        } else if (c != ' ' && c != '-' && c != '+' && c != '.') {
            digits = 0;
        }
    }
    return false;
}

// Drops the variation selector U+FE0F and skin-tone modifiers U+1F3FB..U+1F3FF, so "👍🏽" is
// "👍".
std::string strip_emoji_modifiers(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, 3, "\xEF\xB8\x8F") == 0) {
            i += 3;
        } else if (i + 3 < s.size() && s.compare(i, 3, "\xF0\x9F\x8F") == 0 &&
                   static_cast<unsigned char>(s[i + 3]) >= 0xBB &&
                   static_cast<unsigned char>(s[i + 3]) <= 0xBF) {
            i += 4;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out.empty() ? s : out;
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

bool Scorer::is_known(const std::string& term) const {
    return m_lexicon.words.count(term) != 0 || m_lexicon.intensifiers.count(term) != 0 ||
           m_lexicon.slang.count(term) != 0 || m_lexicon.negators.count(term) != 0;
}

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
                t.normal = strip_emoji_modifiers(tok.text);
                t.emoji = m_lexicon.emoji.count(t.normal) != 0;
                terms.push_back(std::move(t));
                continue;
            }
            // Hyphenated words arrive as keren, -, keren. A lexicalised one ("sia-sia",
            // "benar-benar") is looked up whole; other reduplications collapse to the base.
            if (terms.size() >= 2 && terms.back().token == "-" &&
                terms[terms.size() - 2].kind == text::TokenKind::word) {
                Term& first = terms[terms.size() - 2];
                std::string joined = first.token + "-" + tok.text;
                if (is_known(joined)) {
                    terms.pop_back();
                    first.token = joined;
                    first.normal = joined;
                    continue;
                }
                if (first.token == tok.text) {
                    terms.pop_back();
                    continue;
                }
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
    std::size_t last_scored_part = std::string::npos;  // the latest word or phrase with a value
    std::size_t last_scored_term = std::string::npos;  // ...and the term it ended at

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
            last_scored_part = parts.size();
            parts.push_back({written, phrase, rule, v});
            multiplier = 1.0;
            negation_left = 0;
            i += n - 1;
            last_scored_term = i;
            matched_phrase = true;
            break;
        }
        if (matched_phrase) continue;
        if (m_lexicon.negators.count(t.normal) != 0) {
            negation_left = k_negation_scope + 1;  // decremented below for this token
            parts.push_back({t.token, t.normal, "negator", 0.0});
        } else if (auto m = m_lexicon.intensifiers.find(t.normal);
                   m != m_lexicon.intensifiers.end()) {
            if (last_scored_term + 1 == i && last_scored_part < parts.size()) {
                // Postposed ("enak banget", "bagus sekali"): strengthens the word before it.
                parts[last_scored_part].value *= m->second;
                parts[last_scored_part].rule += "+intensified";
            } else {
                multiplier *= m->second;
            }
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
                last_scored_part = parts.size();
                last_scored_term = i;
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

    // Spam (lexicon/README.md): each distinct marker counts once, longest match first; a link
    // adds 2 and a phone number adds 2; flagged from a total of 4.
    int spam_weight = (has_link(text) ? 2 : 0) + (has_phone_number(text) ? 2 : 0);
    std::unordered_set<std::string> markers;
    for (std::size_t i = 0; i < terms.size();) {
        std::size_t taken = 1;
        for (std::size_t n = std::min(m_lexicon.max_spam_words, terms.size() - i); n >= 1; --n) {
            std::string phrase = terms[i].normal;
            for (std::size_t k = 1; k < n; ++k) phrase += " " + terms[i + k].normal;
            auto it = m_lexicon.spam.find(phrase);
            if (it == m_lexicon.spam.end()) continue;
            if (markers.insert(phrase).second) spam_weight += it->second;
            taken = n;
            break;
        }
        i += taken;
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
    for (const auto& m : score.mentions) out += "  @\t" + m.entity + "\tmention\n";
    if (score.spam) out += "  !\t\tspam (stored, flagged, left out of moods)\n";
    return out;
}

}  // namespace suasana::score
