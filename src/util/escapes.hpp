#pragma once
// The escapes comment APIs wrap text in, undone; and the one URL encoding templates need.
#include <string>
#include <string_view>

namespace suasana::util {

/// Returns `s` with JavaScript's `%uXXXX` escapes decoded to UTF-8 (a high and a low surrogate
/// in a row make one character; a lone surrogate becomes U+FFFD). Anything else stays as it
/// is, a bare `%` ("100%gak") or `%41` included: only `%u` with four hex digits is an escape.
std::string decode_percent_u(std::string_view s);

/// Returns `s` with HTML character references decoded: numeric (`&#8220;`, `&#x1F602;`) and
/// the common named ones (`&amp;`, `&quot;`, `&nbsp;`, `&hellip;`, …). An unknown name, or a
/// reference without its `;`, stays as written.
std::string decode_html_entities(std::string_view s);

/// Returns `s` with every occurrence of `marker` replaced by a newline (`s` unchanged for an
/// empty marker).
std::string marker_to_newline(std::string_view s, std::string_view marker);

/// Returns `s` percent-encoded for a URL query or path: every byte except the unreserved
/// characters of RFC 3986 (letters, digits, `-._~`) becomes `%XX`.
std::string percent_encode(std::string_view s);

}  // namespace suasana::util
