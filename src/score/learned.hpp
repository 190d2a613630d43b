#pragma once
// The learned layer (lexicon/README.md, "The learned layer"): weights per class on words and
// word pairs of the scorer's own terms, on the lexicon's compound and on a bias, read from a
// plain-text file that `suasana train` writes.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/error.hpp"
#include "score/string_table.hpp"

namespace suasana::score {

/// One weight per class, in the order negative, neutral, positive (as Label).
using ClassWeights = std::array<double, 3>;

/// The features that are not words: their names in the weights file start with '*', which no
/// term does (a '*' is always a token of its own).
enum class Special : std::uint8_t {
    bias,              ///< always 1
    lexicon_positive,  ///< the lexicon's compound when above 0, else 0
    lexicon_negative,  ///< minus the lexicon's compound when below 0, else 0
    no_lexicon_hit,    ///< 1 when the lexicon scored nothing in the text
};
constexpr std::size_t k_special_count = 4;

/// Returns the name of `s` in the weights file ("*bias", "*lexicon positive", ...).
const char* special_name(Special s);

/// How much a learned logit margin counts in the raw score the compound is made from: a margin
/// of 1 (about 73 % against 27 %) weighs like a word of score 2.
constexpr double k_learned_scale = 2.0;

struct LearnedWeights {
    std::filesystem::path file;  ///< empty: no learned layer
    /// The gate: word and pair features count `1 - gate * |lexicon compound|`, so the learned
    /// words have their full say where the lexicon found nothing and less where it is sure.
    double gate = 0.0;
    std::array<ClassWeights, k_special_count> specials{};
    /// Every word and pair feature ("word" or "word word") with its weights.
    StringTable<ClassWeights> features;
    /// pair_hash(first, second) -> 1 + the feature's entry, open addressing (0: empty slot); a
    /// hit is confirmed against the key, since hashes can collide.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> pair_slots;
    std::size_t pair_count = 0;

    bool empty() const { return file.empty(); }

    /// Returns the entry of the feature `word`, whose table_hash is `h`, in `features`, or
    /// StringTable's npos.
    std::size_t find_word(std::string_view word, std::uint64_t h) const {
        return features.index_of(word, h);
    }
    std::size_t find_word(std::string_view word) const { return find_word(word, table_hash(word)); }
    /// Returns the entry of the feature "first second", whose pair_hash is `h`, in `features`,
    /// or StringTable's npos.
    std::size_t find_pair(std::string_view first, std::string_view second, std::uint64_t h) const;
    std::size_t find_pair(std::string_view first, std::string_view second) const {
        return find_pair(first, second, pair_hash(first, second));
    }
    /// Adds a feature (its key has one or two words); the key must be new.
    void add(const std::string& key, const ClassWeights& w);

  private:
    void grow_pairs();
};

/// Returns the weights in `file` and its bytes (for the lexicon's version); fails naming the
/// file and line of a malformed row, a key with more than two words or a missing gate.
Result<std::pair<LearnedWeights, std::string>> load_learned(const std::filesystem::path& file);

/// The two classes a learned score compares and the sign it takes: the decision of rule 12.
struct Decision {
    std::size_t up = 2;    ///< class whose logit counts positively
    std::size_t down = 1;  ///< class whose logit counts negatively
    bool neutral = false;  ///< neutral wins: nothing counts
};

/// Returns the decision for class logits `z`: with a = z_pos - z_neu and b = z_neg - z_neu,
/// positive against neutral when only a > 0, neutral against negative when only b > 0, positive
/// against negative when both are, neutral when neither is. The raw score
/// `k_learned_scale * (z[up] - z[down])` equals k_learned_scale * (max(a, 0) - max(b, 0)).
Decision decide(const ClassWeights& z);

}  // namespace suasana::score
