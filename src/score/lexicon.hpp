#pragma once
// The lexicon files of lexicon/ (PRODUCT.md, "Lexicon") loaded into lookup tables.
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/config.hpp"
#include "model/error.hpp"
#include "score/learned.hpp"
#include "score/string_table.hpp"

namespace suasana::score {

/// Which side of a head-to-head verb the entity before it is on ("X mengalahkan Y": winner).
enum class Side { winner, loser };

/// Everything the lexicon says about one word, so the scorer looks each token up once. 32 bytes:
/// with its key, an index entry fills one cache line (string_table.hpp).
struct TermInfo {
    double word = 0.0;
    double intensifier = 0.0;  ///< the multiplier; 0 when the word is no intensifier
    std::uint32_t slang = 0;   ///< 1 + the index in Lexicon::expansions of a slang form; 0: none
    std::uint16_t phrase_words = 0;  ///< longest multi-word entry starting with the word
    std::uint16_t spam_words = 0;    ///< longest spam marker starting with the word (1: itself)
    bool has_word = false;           ///< scored in words.tsv (or a user lexicon)
    bool negator = false;
    bool contrast = false;
    bool no_stem = false;
    bool laughter = false;  ///< the key reads as laughter ("wkwk"): known before it is met
};

struct Lexicon {
    std::filesystem::path dir;
    std::unordered_map<std::string, double> words;  ///< terms and phrases (words joined by ' ')
    std::size_t max_phrase_words = 1;
    std::unordered_map<std::string, std::string> slang;  ///< form -> normal form
    std::unordered_set<std::string> negators;
    std::unordered_map<std::string, double> intensifiers;  ///< word -> multiplier (< 0: "kurang")
    std::unordered_set<std::string> contrast;
    StringTable<double> emoji;  ///< looked up for every token that is not a plain word
    std::unordered_map<std::string, int> spam;  ///< marker -> weight
    std::size_t max_spam_words = 1;
    std::unordered_map<std::string, std::size_t> spam_heads;  ///< first word -> most words
    std::unordered_set<std::string> rhetorical;               ///< openers of rhetorical questions
    std::unordered_map<std::string, Side> versus;  ///< head-to-head verbs -> subject's side
    std::unordered_set<std::string> no_stem;       ///< words the affix stripper leaves alone
    /// First word of every multi-word entry (words, contrast, versus, rhetorical) -> the most
    /// words an entry starting with it has; a token that is no key here starts no phrase.
    std::unordered_map<std::string, std::size_t> phrase_heads;
    StringTable<TermInfo> index;          ///< every word above, by its key
    std::vector<std::string> expansions;  ///< the normal forms of slang, for TermInfo::slang
    /// The first two words of every multi-word entry (their pair_hash): a phrase can start only
    /// where they occur.
    HashFilter phrase_starts;
    LearnedWeights learned;  ///< the learned layer (rule 12); empty when off
    std::string version;     ///< a hash of every file's bytes: which lexicon scored a comment
    /// A number of its own for every lexicon loaded in this process (a copy keeps it): caches
    /// of look-ups compare it instead of the version string.
    std::uint64_t load_number = 0;
};

/// Returns the lexicon in `dir` plus the user's `extras` and the learned weights in `learned`
/// (none when empty); fails naming the file and line of the first malformed entry, or the
/// missing file. The version covers every file read, the learned one included.
Result<Lexicon> load_lexicon(const std::filesystem::path& dir,
                             const std::vector<ExtraLexicon>& extras = {},
                             const std::filesystem::path& learned = {});

/// Rebuilds `lex.index` from the tables; load_lexicon calls it, and so must code that edits them.
void build_index(Lexicon& lex);

/// Records `key` (one or more words joined by ' ') as a phrase start in `lex.phrase_heads`.
void note_phrase(Lexicon& lex, const std::string& key);

}  // namespace suasana::score
