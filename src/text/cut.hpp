#pragma once
// Cutting text where a reader sees a character end (ICU's grapheme clusters), for long bodies.
#include <cstddef>
#include <string_view>

namespace suasana::text {

/// Returns the longest prefix of UTF-8 `s` with at most `max_chars` code points that ends
/// between two user-perceived characters: never inside a UTF-8 sequence, nor between a letter
/// and its combining accent, nor inside an emoji sequence (ZWJ family, flag, skin tone). When
/// the first such character is itself longer than `max_chars`, the cut falls between code
/// points instead. `s` itself when it is short enough.
std::string_view cut_at_character(std::string_view s, std::size_t max_chars);

}  // namespace suasana::text
