#pragma once
// URL handling on libcurl's URL parser, so we resolve links exactly as libcurl will fetch them.
#include <optional>
#include <string>

namespace suasana::fetch {

/// Returns `href` resolved against `base` (RFC 3986), without its #fragment; nothing when
/// either cannot be parsed.
std::optional<std::string> resolve_url(const std::string& base, const std::string& href);

/// The pieces of an absolute URL the fetcher schedules by.
struct UrlParts {
    std::string scheme;      ///< lower-cased: "https"
    std::string host;        ///< lower-cased hostname without port: per-host limits use it
    std::string port;        ///< explicit or the scheme's default ("443")
    std::string path_query;  ///< "/a/b?x=1", what robots.txt rules match

    /// Returns "scheme://host:port", the origin a robots.txt applies to (RFC 9309 2.3).
    std::string origin() const { return scheme + "://" + host + ":" + port; }
};

/// Returns the parts of an absolute http(s) or file URL; nothing when libcurl cannot parse it.
std::optional<UrlParts> split_url(const std::string& url);

/// Returns the lower-cased scheme of `url` ("https"), or "" when it has none.
std::string url_scheme(const std::string& url);

/// Returns true when `url` is a file:// URL naming a file in the folder of the file:// URL
/// `base` or below it (percent-decoded, with no ".." step): a saved page's own pagination may be
/// read, the user's other files may not.
bool file_within_folder_of(const std::string& base, const std::string& url);

}  // namespace suasana::fetch
