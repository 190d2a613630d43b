#include "score/stemmer.hpp"

namespace suasana::score {

namespace {

// Affixed words are at least this long: a two-letter prefix on a four-letter stem ("dibuat"),
// or a three-letter particle on a three-letter word ("topnya").
constexpr std::size_t k_min_affixed = 6;
// Shortest stem proposed once a prefix or a derivational suffix is removed: shorter ones are
// mostly accidents ("mengaku" is not "aku" + "meng" of anything we score).
constexpr std::size_t k_min_stem = 4;

enum class Suffix { none, kan, an, i };

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool has_vowel(std::string_view s) {
    for (char c : s) {
        if (is_vowel(c)) return true;
    }
    return false;
}

bool starts(std::string_view s, std::string_view p) {
    return s.size() > p.size() && s.compare(0, p.size(), p) == 0;
}

bool ends(std::string_view s, std::string_view p) {
    return s.size() > p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

bool one_of(char c, std::string_view set) {
    return set.find(c) != std::string_view::npos;
}

// A word with the prefix removed, and the stem-initial sound the prefix had absorbed.
struct Cut {
    std::string_view prefix;
    std::string_view rest;
    const char* restore = "";
};

// The readings of meN- and peN- ("me"/"pe" given as `head`), by the first sound of the stem.
void nasal_readings(std::string_view w, std::string_view head, std::vector<Cut>& out) {
    std::string_view rest = w.substr(head.size());
    if (rest.size() < 3) return;
    auto after = [&](std::size_t n) { return rest.substr(n); };
    if (starts(rest, "ng")) {
        char c = rest[2];
        if (is_vowel(c)) out.push_back({head, after(2), ""}), out.push_back({head, after(2), "k"});
        if (one_of(c, "ghk")) out.push_back({head, after(2), ""});
    } else if (starts(rest, "ny") && is_vowel(rest[2])) {
        out.push_back({head, after(2), "s"});
    } else if (rest[0] == 'm' && one_of(rest[1], "bfpv")) {
        out.push_back({head, after(1), ""});
    } else if (rest[0] == 'm' && is_vowel(rest[1])) {
        out.push_back({head, after(1), "p"});
        out.push_back({head, rest, ""});  // me- + m-stem: "memakan" is "makan"
    } else if (rest[0] == 'n' && one_of(rest[1], "cdjzst")) {
        out.push_back({head, after(1), ""});
    } else if (rest[0] == 'n' && is_vowel(rest[1])) {
        out.push_back({head, after(1), "t"});
        out.push_back({head, rest, ""});  // me- + n-stem: "menanti" is "nanti"
    } else if (one_of(rest[0], "lrwy")) {
        out.push_back({head, rest, ""});
    }
}

// Every way one prefix can come off `w`.
std::vector<Cut> prefix_cuts(std::string_view w) {
    std::vector<Cut> out;
    if (starts(w, "me")) nasal_readings(w, "me", out);
    if (starts(w, "pe")) nasal_readings(w, "pe", out);
    for (std::string_view p : {"di", "ke", "se", "ber", "ter", "per"}) {
        if (starts(w, p)) out.push_back({p, w.substr(p.size()), ""});
    }
    // be-, te-, pe- before r ("berasa" may be be- + "rasa"), and "belajar".
    for (std::string_view p : {"be", "te", "pe"}) {
        if (starts(w, p) && w.size() > 3 && w[2] == 'r') out.push_back({p, w.substr(2), ""});
    }
    if (starts(w, "bel")) out.push_back({"bel", w.substr(3), ""});
    return out;
}

// Indonesian does not form these prefix + suffix pairs, so such a reading is an accident.
bool forbidden_confix(std::string_view prefix, Suffix suffix) {
    bool ber = prefix == "ber" || prefix == "be" || prefix == "bel";
    bool ter = prefix == "ter" || prefix == "te";
    if (suffix == Suffix::i) return ber || prefix == "ke" || prefix == "se";
    if (suffix == Suffix::kan) return prefix == "ke" || prefix == "se";
    if (suffix == Suffix::an) return prefix == "di" || prefix == "me" || ter;
    return false;
}

// ke-, peN- and peR- with a final -an are one confix ("perkampungan" is per-kampung-an): the
// prefix alone must not come off and leave a different -an word ("kampungan") behind.
bool confix_needs_suffix(std::string_view prefix, std::string_view base, Suffix suffix) {
    return suffix == Suffix::none && ends(base, "an") &&
           (prefix == "ke" || prefix == "pe" || prefix == "per");
}

void add(std::vector<std::string>& out, std::string_view restore, std::string_view rest,
         std::size_t min_size) {
    std::string s;
    s.reserve(restore.size() + rest.size());
    s.append(restore).append(rest);
    if (s.size() >= min_size && has_vowel(s)) out.push_back(std::move(s));
}

// Prefix readings of `base` (a word without its suffix `suffix`), up to two prefixes deep.
void add_prefixed(std::string_view base, Suffix suffix, std::vector<std::string>& out) {
    for (const Cut& cut : prefix_cuts(base)) {
        if (forbidden_confix(cut.prefix, suffix) || confix_needs_suffix(cut.prefix, base, suffix))
            continue;
        add(out, cut.restore, cut.rest, k_min_stem);
        if (*cut.restore != '\0') continue;  // the absorbed sound starts the stem: no 2nd prefix
        for (const Cut& inner : prefix_cuts(cut.rest)) {
            if (inner.prefix == cut.prefix || forbidden_confix(inner.prefix, suffix)) continue;
            add(out, inner.restore, inner.rest, k_min_stem);
        }
    }
}

}  // namespace

std::vector<std::string> stem_candidates(std::string_view word) {
    std::vector<std::string> out;
    if (word.size() < k_min_affixed) return out;
    // Inflectional endings first: particle, then possessive, each optional.
    std::vector<std::string_view> bases = {word};
    for (std::string_view p : {"lah", "kah", "pun", "tah"}) {
        if (ends(word, p) && word.size() - p.size() >= 3)
            bases.push_back(word.substr(0, word.size() - p.size()));
    }
    for (std::size_t n = bases.size(), k = 0; k < n; ++k) {
        for (std::string_view p : {"nya", "ku", "mu"}) {
            std::string_view b = bases[k];
            if (ends(b, p) && b.size() - p.size() >= 3)
                bases.push_back(b.substr(0, b.size() - p.size()));
        }
    }
    for (std::size_t k = 1; k < bases.size(); ++k) add(out, "", bases[k], 3);
    for (std::string_view base : bases) {
        // A final -kan is the suffix -kan, never -an after a k-final stem ("mengenakan" is not
        // "enak" + -an); k-final stems with -an that matter are listed whole ("kerusakan").
        if (ends(base, "kan")) {
            add(out, "", base.substr(0, base.size() - 3), k_min_stem);
            add_prefixed(base.substr(0, base.size() - 3), Suffix::kan, out);
        } else if (ends(base, "an")) {
            add(out, "", base.substr(0, base.size() - 2), k_min_stem);
            add_prefixed(base.substr(0, base.size() - 2), Suffix::an, out);
        } else if (ends(base, "i")) {
            add(out, "", base.substr(0, base.size() - 1), k_min_stem);
            add_prefixed(base.substr(0, base.size() - 1), Suffix::i, out);
        }
        add_prefixed(base, Suffix::none, out);
    }
    return out;
}

}  // namespace suasana::score
