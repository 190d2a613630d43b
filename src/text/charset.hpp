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

/// Returns true when `s` is valid UTF-8.
bool is_valid_utf8(std::string_view s);

}  // namespace suasana::text
