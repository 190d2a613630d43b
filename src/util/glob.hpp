#pragma once
// The one wildcard matcher: scraper `match` globs (which scraper reads a URL) and robots.txt
// rules (RFC 9309's '*') both use it.
#include <string_view>

namespace suasana::util {

/// Returns true when `pattern` matches all of `text`, where '*' in the pattern matches any run
/// of bytes (also none) and every other byte matches itself. Iterative, with backtracking to the
/// last '*': linear for patterns without '*', O(n*m) at worst, never recursive.
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace suasana::util
