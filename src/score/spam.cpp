#include "score/spam.hpp"

#include <string>
#include <unordered_set>

#include "util/strings.hpp"

namespace suasana::score {

namespace {

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
