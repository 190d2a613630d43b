#pragma once
// Entity mentions and head-to-head verbs ("Domba kecil mengalahkan elang") (internal to score/).
#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "model/config.hpp"
#include "model/score.hpp"
#include "score/rules.hpp"

namespace suasana::score {

/// One alias of an entity, as the normaliser splits it ("llama 2" -> llama, 2).
struct Alias {
    std::size_t entity = 0;
    std::vector<std::string> words;
};

/// The aliases of all entities, longest first, with the first two bytes their first words
/// start with: most comment terms start no alias, and one bit says so.
struct Aliases {
    std::vector<Alias> list;
    std::bitset<65536> starts;

    /// Returns the key of `word`'s first two bytes (a one-byte word: its byte and 0).
    static std::size_t start_key(std::string_view word) {
        auto byte = [&](std::size_t i) {
            return i < word.size() ? static_cast<std::size_t>(static_cast<unsigned char>(word[i]))
                                   : std::size_t{0};
        };
        return byte(0) << 8 | byte(1);
    }
};

/// Returns the aliases of `entities`, normalised with `lex` so they match comment terms.
Aliases compile_aliases(const Lexicon& lex, const std::vector<Entity>& entities);

/// Where entities and head-to-head verbs occur in one comment.
struct EntityMatches {
    struct At {
        std::size_t entity, term;
    };
    struct Versus {
        std::size_t first, count;  ///< the verb's terms
        Side subject;              ///< the side of the entity before the verb
    };
    std::vector<At> mentions;  ///< in text order
    std::vector<Versus> versus;
    std::vector<char> taken;  ///< per term: non-zero inside a head-to-head verb
};

/// Sets `out` to the alias occurrences (whole terms, case-insensitive, longest alias first) and
/// the head-to-head verbs of versus.tsv in sentences that mention an entity (its buffers are
/// reused).
void match_entities(const Lexicon& lex, const Aliases& aliases, const std::vector<Term>& terms,
                    const Segments& seg, EntityMatches& m);

/// Returns one mention per entity named, in `entities` order: the winner or loser of a
/// head-to-head verb, else the sentiment of the clause (or, when that has none, the sentence)
/// it is named in, averaged over its occurrences. `parts` are unscaled.
std::vector<Mention> mentions_of(const std::vector<Entity>& entities, const EntityMatches& m,
                                 const Segments& seg, const std::vector<Part>& parts);

}  // namespace suasana::score
