#include "score/normaliser.hpp"

#include <cctype>
#include <cstdint>

namespace suasana::score {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool has_run_of_three(std::string_view w) {
    for (std::size_t i = 2; i < w.size(); ++i) {
        if (w[i] == w[i - 1] && w[i] == w[i - 2] && std::isalpha(static_cast<unsigned char>(w[i])))
            return true;
    }
    return false;
}

const TermInfo* info_of(const Lexicon& lex, std::string_view w) {
    return lex.index.find(w);
}

// "bagusss" -> "bagus", "mantappp" -> "mantap", "gakkk" -> "gak": the shortest collapse that is
// a known word, else the two-letter one if known ("maaaaf" -> "maaf"), else the one-letter one.
// A known form is viewed in the index; only an unknown one is kept in `out.owned`.
bool collapse_if_elongated(const Lexicon& lex, std::string_view& w, Terms& out) {
    if (w.size() < 3 || !has_run_of_three(w)) return false;
    std::string one = collapse_elongation(w, 1);
    std::size_t k = lex.index.index_of(one);
    if (k == StringTable<TermInfo>::npos) k = lex.index.index_of(collapse_elongation(w, 2));
    if (k != StringTable<TermInfo>::npos) {
        w = lex.index.key_at(k);
    } else {
        w = out.owned.emplace_front(std::move(one));
    }
    return true;
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

// Hyphenated words arrive as keren, -, keren. A lexicalised one ("sia-sia", "benar-benar") is
// joined; other reduplications collapse to the base. Returns whether `tok` was absorbed.
bool join_hyphenated(const Lexicon& lex, std::vector<Term>& terms, std::string_view tok) {
    if (terms.size() < 2 || terms.back().token != "-" ||
        terms[terms.size() - 2].kind != text::TokenKind::word)
        return false;
    Term& first = terms[terms.size() - 2];
    std::string joined(first.token);
    joined.append("-").append(tok);
    if (std::size_t k = lex.index.index_of(joined); k != StringTable<TermInfo>::npos) {
        terms.pop_back();
        first.token = lex.index.key_at(k);  // the joined form, which the index holds
        first.normal = first.token;
        first.info = &lex.index.value_at(k);
        return true;
    }
    if (first.token == tok) {
        terms.pop_back();
        return true;
    }
    return false;
}

// Adds the words of a slang form's normal form ("gpp" -> "tidak apa apa"), viewed in the lexicon.
void add_expansion(const Lexicon& lex, const Term& t, std::vector<Term>& terms) {
    std::string_view expansion = lex.expansions[t.info->slang - 1];
    std::size_t start = 0;
    while (start <= expansion.size()) {
        std::size_t end = expansion.find(' ', start);
        if (end == std::string_view::npos) end = expansion.size();
        Term w{start == 0 ? t.token : std::string_view(),
               expansion.substr(start, end - start),
               t.kind,
               false,
               false,
               t.elongated,
               nullptr};
        w.info = info_of(lex, w.normal);
        terms.push_back(w);
        start = end + 1;
    }
}

// Adds one word token: reduplication, elongation, laughter, slang. `tok` outlives the terms.
void add_word(const Lexicon& lex, std::string_view tok, text::TokenKind kind, Terms& out) {
    std::vector<Term>& terms = out.list;
    if (join_hyphenated(lex, terms, tok)) return;
    Term t{tok, tok, kind, false, false, false, nullptr};
    std::string_view& n = t.normal;
    // "keren2" is the reduplication "keren-keren".
    if (n.size() > 2 && n.back() == '2' &&
        !std::isdigit(static_cast<unsigned char>(n[n.size() - 2])))
        n.remove_suffix(1);
    t.elongated = collapse_if_elongated(lex, n, out);
    const TermInfo* info = info_of(lex, n);
    // Known words carry their laughter test; only unknown ones need it now.
    if (info != nullptr ? info->laughter : is_laughter(n)) {
        t.laughter = true;
        terms.push_back(t);
        return;
    }
    t.info = info;
    if (t.info == nullptr || t.info->slang == 0) {
        terms.push_back(t);
        return;
    }
    add_expansion(lex, t, terms);
}

// Adds the tokens of a chunk that is neither a plain word nor one ASCII mark, such as "(bagus!)"
// or emoji. ASCII tokens are views into the chunk (which outlives the terms); the word
// breaker's strings are kept in `out.owned`.
void add_tokens(const Lexicon& lex, std::string_view chunk, Terms& out) {
    if (text::is_ascii(chunk)) {  // "bagus," "(mahal!)": no word breaker, no copies
        text::TokenView tok;
        for (std::size_t pos = 0; text::next_ascii_token(chunk, pos, tok);) {
            if (tok.kind != text::TokenKind::symbol) {
                add_word(lex, tok.text, tok.kind, out);
            } else {
                out.list.push_back({tok.text, tok.text, tok.kind, false,
                                    lex.emoji.contains(tok.text), false, nullptr});
            }
        }
        return;
    }
    for (auto& tok : text::tokenize(chunk)) {
        std::string_view kept = out.owned.emplace_front(std::move(tok.text));
        if (tok.kind != text::TokenKind::symbol) {
            add_word(lex, kept, tok.kind, out);
            continue;
        }
        std::string stripped = strip_emoji_modifiers(std::string(kept));
        std::string_view normal = stripped == kept ? kept : out.owned.emplace_front(stripped);
        out.list.push_back(
            {kept, normal, tok.kind, false, lex.emoji.contains(normal), false, nullptr});
    }
}

}  // namespace

std::string collapse_elongation(std::string_view w, std::size_t keep) {
    std::string out;
    out.reserve(w.size());
    for (std::size_t i = 0; i < w.size();) {
        std::size_t j = i;
        while (j < w.size() && w[j] == w[i]) ++j;
        std::size_t run = j - i;
        out.append(run >= 3 ? keep : run, w[i]);
        i = j;
    }
    return out;
}

bool is_laughter(std::string_view w) {
    // Every form below is spelt with these eight letters (the last byte of an odd length aside);
    // most words have another within their first three bytes.
    constexpr std::uint32_t letters = 1u << ('a' - 'a') | 1u << ('e' - 'a') | 1u << ('h' - 'a') |
                                      1u << ('i' - 'a') | 1u << ('k' - 'a') | 1u << ('o' - 'a') |
                                      1u << ('w' - 'a') | 1u << ('x' - 'a');
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {
        auto letter = static_cast<unsigned>(w[k] - 'a');
        if (letter >= 26 || (letters >> letter & 1u) == 0) return false;
    }
    if (w.empty() || std::string_view("awkhxo").find(w[0]) == std::string_view::npos) return false;
    if (w.size() >= 5 && w[0] == 'a' && (w[1] == 'w' || w[1] == 'k')) w.remove_prefix(1);
    if (w.size() < 4) return false;
    for (const char* unit : {"wk", "kw", "ha", "he", "hi", "xi", "wo"}) {
        bool all = true;
        for (std::size_t i = 0; i + 1 < w.size() && all; i += 2)
            all = w[i] == unit[0] && w[i + 1] == unit[1];
        if (all) return true;
    }
    // "wkwkwk" typed fast, "awokwokwok": only w, k and o, with both w and k.
    std::size_t w_count = 0, k_count = 0;
    for (char c : w) {
        if (c != 'w' && c != 'k' && c != 'o') return false;
        w_count += c == 'w' ? 1 : 0;
        k_count += c == 'k' ? 1 : 0;
    }
    return w_count > 0 && k_count > 0;
}

void normalise(const Lexicon& lex, std::string_view text, Terms& out) {
    std::vector<Term>& terms = out.list;
    terms.clear();
    out.owned.clear();
    text::fold(text, out.folded);
    const std::string& folded = out.folded;
    terms.reserve(folded.size() / 4 + 1);
    for (std::size_t i = 0, end = 0; i < folded.size(); i = end) {
        while (i < folded.size() && is_space(folded[i])) ++i;
        // One pass finds the end of the piece and whether it is a plain word: lower-case ASCII
        // letters with at most a digit at the end ("keren2"), which is one word as it stands.
        std::size_t others = 0, other_at = 0;
        for (end = i; end < folded.size() && !is_space(folded[end]); ++end) {
            if (static_cast<unsigned char>(folded[end] - 'a') >= 26) {
                ++others;
                other_at = end;
            }
        }
        if (end == i) break;
        std::string_view piece = std::string_view(folded).substr(i, end - i);
        bool plain = others == 0 || (others == 1 && other_at + 1 == end && other_at > i &&
                                     folded[other_at] >= '0' && folded[other_at] <= '9');
        if (plain) {  // the common case: no tokenizer, no emoticon lookup
            add_word(lex, piece, text::TokenKind::word, out);
            continue;
        }
        if (piece.size() == 1 && static_cast<unsigned char>(piece[0]) < 0x80 &&
            !std::isalnum(static_cast<unsigned char>(piece[0]))) {  // "," "." "!"
            terms.push_back({piece, piece, text::TokenKind::symbol, false, false, false, nullptr});
            continue;
        }
        if (lex.emoji.contains(piece)) {  // emoticons such as ":)" are one chunk
            terms.push_back({piece, piece, text::TokenKind::symbol, false, true, false, nullptr});
            continue;
        }
        add_tokens(lex, piece, out);
    }
}

}  // namespace suasana::score
