#include "score/spam.hpp"

#include <string>
#include <unordered_set>

namespace suasana::score {

namespace {

using namespace std::string_view_literals;

constexpr int k_threshold = 4;      // the weight from which a comment is spam
constexpr int k_link_or_phone = 2;  // what a link, or a phone number, adds

// The link markers "http://", "https://", "www." and these, which start with their '.'.
constexpr std::string_view k_dot_markers[] = {".com"sv, ".id/"sv, ".net"sv, ".xyz"sv};

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

// Every marker holds a ':' ("http://", "https://") or a '.' (the others) at a fixed place, so
// only the places around those two bytes, found with memchr, are compared.
bool has_link(std::string_view text) {
    for (std::size_t p = text.find(':'); p != std::string_view::npos; p = text.find(':', p + 1)) {
        if ((p >= 4 && at_nocase(text, p - 4, "http://")) ||
            (p >= 5 && at_nocase(text, p - 5, "https://")))
            return true;
    }
    for (std::size_t p = text.find('.'); p != std::string_view::npos; p = text.find('.', p + 1)) {
        if (p >= 3 && at_nocase(text, p - 3, "www.")) return true;
        for (std::string_view m : k_dot_markers) {
            if (at_nocase(text, p, m)) return true;
        }
    }
    return false;
}

// A phone number: ten or more digits, possibly broken by spaces, dashes and a leading '+'.
bool has_phone_number(std::string_view text) {
    // Most comments hold fewer than ten digits in all: a counting loop the compiler vectorises.
    std::size_t all_digits = 0;
    for (char c : text) all_digits += static_cast<unsigned char>(c - '0') < 10 ? 1 : 0;
    if (all_digits < 10) return false;
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

// The weights of the distinct spam.tsv markers among `terms`, longest marker first.
int marker_weight(const Lexicon& lex, const std::vector<Term>& terms) {
    int weight = 0;
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

}  // namespace

bool is_spam(const Lexicon& lex, std::string_view text, const std::vector<Term>& terms) {
    int weight = marker_weight(lex, terms);
    if (weight >= k_threshold) return true;
    if (weight + 2 * k_link_or_phone < k_threshold)
        return false;  // not even a link and a phone number
    if (has_link(text)) weight += k_link_or_phone;
    if (weight >= k_threshold) return true;
    return weight + k_link_or_phone >= k_threshold && has_phone_number(text);
}

}  // namespace suasana::score
