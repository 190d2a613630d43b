#pragma once
// URL handling on libcurl's URL parser, so we resolve links exactly as libcurl will fetch them.
#include <optional>
#include <string>

namespace suasana::fetch {

/// Returns `href` resolved against `base` (RFC 3986), without its #fragment; nothing when
/// either cannot be parsed.
std::optional<std::string> resolve_url(const std::string& base, const std::string& href);

/// Returns the lower-cased scheme of `url` ("https"), or "" when it has none.
std::string url_scheme(const std::string& url);

}  // namespace suasana::fetch
