#pragma once
// The lexicon files of lexicon/ (PRODUCT.md, "Lexicon") loaded into lookup tables.
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/config.hpp"
#include "model/error.hpp"

namespace suasana::score {

struct Lexicon {
    std::filesystem::path dir;
    std::unordered_map<std::string, double> words;  ///< terms and phrases (words joined by ' ')
    std::size_t max_phrase_words = 1;
    std::unordered_map<std::string, std::string> slang;  ///< form -> normal form
    std::unordered_set<std::string> negators;
    std::unordered_map<std::string, double> intensifiers;  ///< word -> multiplier
    std::unordered_set<std::string> contrast;
    std::unordered_map<std::string, double> emoji;
    std::unordered_map<std::string, int> spam;  ///< marker -> weight
    std::size_t max_spam_words = 1;
    std::string version;  ///< a hash of every file's bytes: which lexicon scored a comment
};

/// Returns the lexicon in `dir` plus the user's `extras`; fails naming the file and line of the
/// first malformed entry, or the missing file.
Result<Lexicon> load_lexicon(const std::filesystem::path& dir,
                             const std::vector<ExtraLexicon>& extras = {});

}  // namespace suasana::score
