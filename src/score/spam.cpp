#include "score/spam.hpp"

#include <string>
#include <unordered_set>

namespace suasana::score {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view k_link_markers[] = {"http://"sv, "https://"sv, "www."sv, ".com"sv,
                                               ".id/"sv,    ".net"sv,     ".xyz"sv};

char lower_ascii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `text` at `i` starts with `lower`, ignoring ASCII case.
bool at_nocase(std::string_view text, std::size_t i, std::string_view lower) {
    if (text.size() - i < lower.size()) return false;
    for (std::size_t k = 0; k < lower.size(); ++k) {
        if (lower_ascii(text[i + k]) != lower[k]) return false;
    }
    return true;
}

// One pass over the text without lower-casing a copy of it: every marker starts with h, w or '.'.
bool has_link(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = lower_ascii(text[i]);
        if (c != 'h' && c != 'w' && c != '.') continue;
        for (std::string_view m : k_link_markers) {
            if (m[0] == c && at_nocase(text, i, m)) return true;
        }
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

}  // namespace

int spam_weight(const Lexicon& lex, std::string_view text, const std::vector<Term>& terms) {
    int weight = (has_link(text) ? 2 : 0) + (has_phone_number(text) ? 2 : 0);
    std::unordered_set<std::string> seen;
    std::string phrase;
    for (std::size_t i = 0; i < terms.size();) {
        std::size_t taken = 1;
        std::size_t most = terms[i].info == nullptr ? 0 : terms[i].info->spam_words;
        for (std::size_t n = std::min(most, terms.size() - i); n >= 1; --n) {
            phrase = terms[i].normal;
            for (std::size_t k = 1; k < n; ++k) phrase.append(" ").append(terms[i + k].normal);
            auto it = lex.spam.find(phrase);
            if (it == lex.spam.end()) continue;
            if (seen.insert(phrase).second) weight += it->second;
            taken = n;
            break;
        }
        i += taken;
    }
    return weight;
}

}  // namespace suasana::score
