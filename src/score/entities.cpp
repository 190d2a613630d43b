#include "score/entities.hpp"

#include <array>
#include <cmath>

#include "score/compound.hpp"

namespace suasana::score {

namespace {

// The raw strength a head-to-head verb gives the winner (+) and the loser (-): a clear but
// moderate opinion, like a ±2 word.
constexpr double k_versus = 2.0;

bool matches_at(const std::vector<Term>& terms, std::size_t i, const Alias& a) {
    if (i + a.words.size() > terms.size()) return false;
    for (std::size_t k = 0; k < a.words.size(); ++k) {
        const Term& t = terms[i + k];
        if (t.token != a.words[k] && t.normal != a.words[k]) return false;
    }
    return true;
}

// The verbs of versus.tsv in terms, longest first, each marked in `m.taken`.
void find_versus(const Lexicon& lex, const std::vector<Term>& terms, EntityMatches& m) {
    std::string key;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const TermInfo* info = lex.index.find(terms[i].normal);  // holds phrase_heads' counts
        std::size_t most = info == nullptr || info->phrase_words == 0 ? 1 : info->phrase_words;
        for (std::size_t n = std::min(most, terms.size() - i); n >= 1; --n) {
            key.clear();
            for (std::size_t k = i; k < i + n; ++k)
                key.append(k > i ? " " : "").append(terms[k].normal);
            auto it = lex.versus.find(key);
            if (it == lex.versus.end()) continue;
            m.versus.push_back({i, n, it->second});
            i += n - 1;
            break;
        }
    }
}

double clause_value(const std::vector<Part>& parts, const std::vector<std::size_t>& unit,
                    std::size_t term) {
    double sum = 0.0;
    for (const auto& p : parts) {
        if (unit[p.term] == unit[term]) sum += p.value;
    }
    return sum;
}

}  // namespace

Aliases compile_aliases(const Lexicon& lex, const std::vector<Entity>& entities) {
    Aliases aliases;
    std::vector<Alias>& out = aliases.list;
    for (std::size_t e = 0; e < entities.size(); ++e) {
        for (const auto& alias : entities[e].aliases) {
            Alias a{e, {}};
            Terms terms;
            normalise(lex, alias, terms);
            for (const Term& t : terms.list) a.words.emplace_back(t.token);
            if (!a.words.empty()) out.push_back(std::move(a));
        }
    }
    // Longest first, so "llama 2" is one mention, not "llama" and a stray "2".
    std::stable_sort(out.begin(), out.end(), [](const Alias& x, const Alias& y) {
        return x.words.size() > y.words.size();
    });
    for (const Alias& a : out) aliases.starts.set(Aliases::start_key(a.words[0]));
    return aliases;
}

void match_entities(const Lexicon& lex, const Aliases& aliases, const std::vector<Term>& terms,
                    const Segments& seg, EntityMatches& m) {
    m.mentions.clear();
    m.versus.clear();
    m.taken.assign(terms.size(), 0);
    if (aliases.list.empty()) return;
    auto may_start = [&](std::string_view s) { return aliases.starts.test(Aliases::start_key(s)); };
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (!may_start(terms[i].token) && !may_start(terms[i].normal)) continue;
        for (const Alias& a : aliases.list) {
            if (!matches_at(terms, i, a)) continue;
            m.mentions.push_back({a.entity, i});
            i += a.words.size() - 1;
            break;
        }
    }
    if (m.mentions.empty()) return;
    find_versus(lex, terms, m);
    // A verb only counts as head-to-head in a sentence that names an entity.
    std::vector<EntityMatches::Versus> kept;
    for (const auto& v : m.versus) {
        bool named = false;
        for (const auto& at : m.mentions)
            named = named || seg.sentence[at.term] == seg.sentence[v.first];
        if (!named) continue;
        kept.push_back(v);
        for (std::size_t k = v.first; k < v.first + v.count; ++k)
            m.taken[k] = static_cast<char>(1 + kept.size() % 2);  // neighbours stay apart
    }
    m.versus = std::move(kept);
}

// Sets `roles[e]` for the entities on either side of each head-to-head verb: the nearest one
// named before it in its sentence is the subject, the nearest after it the object.
static void assign_roles(const EntityMatches& m, const Segments& seg, std::vector<int>& roles) {
    for (const auto& v : m.versus) {
        const EntityMatches::At* before = nullptr;
        const EntityMatches::At* after = nullptr;
        for (const auto& at : m.mentions) {
            if (seg.sentence[at.term] != seg.sentence[v.first]) continue;
            if (at.term < v.first) before = &at;
            if (at.term >= v.first + v.count && after == nullptr) after = &at;
        }
        int subject = v.subject == Side::winner ? 1 : -1;
        if (before != nullptr) roles[before->entity] = subject;
        if (after != nullptr && (before == nullptr || after->entity != before->entity))
            roles[after->entity] = -subject;
    }
}

std::vector<Mention> mentions_of(const std::vector<Entity>& entities, const EntityMatches& m,
                                 const Segments& seg, const std::vector<Part>& parts) {
    std::vector<int> roles(entities.size(), 0);
    assign_roles(m, seg, roles);
    std::vector<Mention> out;
    for (std::size_t e = 0; e < entities.size(); ++e) {
        double sum = 0.0;
        int count = 0;
        for (const auto& at : m.mentions) {
            if (at.entity != e) continue;
            double v = clause_value(parts, seg.clause, at.term);
            if (v == 0.0) v = clause_value(parts, seg.sentence, at.term);
            sum += compound_of(v);
            ++count;
        }
        if (count == 0) continue;
        if (roles[e] != 0) {
            out.push_back({entities[e].name, compound_of(roles[e] * k_versus),
                           roles[e] > 0 ? "winner" : "loser"});
        } else {
            out.push_back({entities[e].name, sum / count, "mention"});
        }
    }
    return out;
}

}  // namespace suasana::score
