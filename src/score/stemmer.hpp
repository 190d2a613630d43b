#pragma once
// Indonesian affix stripping for words the lexicon lacks ("mengecewakan" -> "kecewa").
#include <string>
#include <string_view>
#include <vector>

namespace suasana::score {

/// Returns the possible stems of `word`, least stripped first: particles (-lah, -kah, -pun,
/// -tah), possessives (-nya, -ku, -mu), derivational suffixes (-kan, -an, -i) and up to two
/// prefixes (meN-, peN-, beR-, teR-, peR-, di-, ke-, se-) with the meN-/peN- sound rules
/// ("menyenangkan" -> "senang", "memindahkan" -> "pindah", never "indah"). Confixes Indonesian
/// does not form (di-...-an, ke-...-i, meN-...-an, ...) are not proposed, nor stems shorter than
/// four letters once a prefix or derivational suffix went. Empty when nothing can be stripped.
std::vector<std::string> stem_candidates(std::string_view word);

}  // namespace suasana::score
