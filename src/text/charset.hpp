#pragma once
// Turns fetched bytes into UTF-8, the only encoding the later stages see.
#include <string>
#include <string_view>

#include "model/error.hpp"

namespace suasana::text {

/// Returns the charset named by a Content-Type header or, failing that, by a <meta> tag in the
/// first 4 KiB of `body`; empty when neither names one.
std::string sniff_charset(std::string_view content_type, std::string_view body);

/// Returns `body` converted from `charset` (empty: UTF-8) to UTF-8, invalid sequences replaced by
/// U+FFFD; fails when ICU does not know the charset.
Result<std::string> decode_to_utf8(std::string_view body, const std::string& charset);

/// Returns the charset a byte-order mark at the start of `body` names ("utf-8", "utf-16le",
/// "utf-16be"), or "" when there is none.
std::string bom_charset(std::string_view body);

/// Returns ICU's best guess at the charset of `body` (ucsdet), or "" when it has no confident
/// guess. Pure ASCII and valid UTF-8 are answered "utf-8" without guessing.
std::string detect_charset(std::string_view body);

/// Returns the charset to decode a page with: the Content-Type header, then a BOM, then a
/// <meta charset> or http-equiv in the first 4 KiB, then ICU's detector; "utf-8" when all are
/// silent.
std::string choose_charset(std::string_view content_type, std::string_view body);

/// A page as UTF-8, with how it was decoded.
struct DecodedText {
    std::string utf8;
    std::string charset;       ///< the charset used (after WHATWG label mapping)
    std::size_t replaced = 0;  ///< invalid or unmappable sequences replaced by U+FFFD
};

/// Returns `body` decoded with choose_charset(): a byte-order mark is dropped, and
/// iso-8859-1/us-ascii labels are read as windows-1252 (as browsers do, so 0x80-0x9F are
/// punctuation, not controls); falls back to UTF-8 when the named charset is unknown to ICU.
/// Fails only when ICU cannot open a UTF-8 converter.
Result<DecodedText> decode_page(std::string_view body, std::string_view content_type);

/// Returns the same as decode_page(), taking `body` over when it is already UTF-8 (the common
/// case): a page is not copied only to be checked.
Result<DecodedText> decode_owned_page(std::string body, std::string_view content_type);

/// Returns `body` converted from `charset` (empty: UTF-8) to UTF-8 with invalid sequences
/// replaced by U+FFFD and counted; fails when ICU does not know the charset.
Result<DecodedText> decode_counted(std::string_view body, const std::string& charset);

/// Returns true when `s` is valid UTF-8.
bool is_valid_utf8(std::string_view s);

}  // namespace suasana::text
