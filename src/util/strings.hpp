#pragma once
// Small string helpers shared by every stage (ASCII and UTF-8 byte level only; ICU lives in text/).
#include <string>
#include <string_view>
#include <vector>

namespace suasana::util {

/// Returns `s` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);

/// Returns `s` with runs of ASCII whitespace turned into one space, trimmed.
std::string collapse_spaces(std::string_view s);

/// Returns the parts of `s` between `sep`s (empty parts kept).
std::vector<std::string> split(std::string_view s, char sep);

/// Returns `s` with ASCII letters lower-cased (other bytes untouched).
std::string to_lower_ascii(std::string_view s);
/// Lower-cases the ASCII letters of `s` where it stands.
void lower_ascii_in_place(std::string& s);

bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);

/// Returns the longest prefix of UTF-8 `s` with at most `max_chars` code points; never splits one.
std::string_view utf8_prefix(std::string_view s, std::size_t max_chars);

/// Replaces, where it stands, every control character of UTF-8 `s` but newline and tab (C0,
/// DEL, C1 such as ESC or CSI: what a terminal obeys) with U+FFFD; CR LF becomes LF and a lone
/// CR a newline. Page text goes through this before any output format sees it.
void replace_controls(std::string& s);

/// Returns true when the authority of `url` ("scheme://user:pass@host/...") carries a user
/// name or password: they must never be stored, printed or sent on.
bool url_has_userinfo(std::string_view url);

/// Returns the number of UTF-8 code points in `s` (continuation bytes not counted).
std::size_t utf8_length(std::string_view s);

/// Returns `text` cut to `max_chars` code points with "…" appended when it was longer.
std::string ellipsize(std::string_view text, std::size_t max_chars);

/// Returns `value` printed with `decimals` digits after a '.', whatever the process locale.
std::string format_fixed(double value, int decimals);

}  // namespace suasana::util
