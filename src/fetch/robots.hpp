#pragma once
// robots.txt per RFC 9309 as pure functions: no network, so the parser is tested on its own and
// against the conformance table of Google's parser.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suasana::fetch {

/// One Allow or Disallow line of the group that applies to us, its path percent-normalised.
struct RobotsRule {
    enum class Kind { allow, disallow };
    Kind kind = Kind::disallow;
    std::string pattern;  ///< without a trailing '$' when `anchored`
    bool anchored = false;
};

/// What a robots.txt says to one crawler: the rules of its group(s) and their Crawl-delay.
struct RobotsPolicy {
    std::vector<RobotsRule> rules;
    std::optional<double> crawl_delay_s;  ///< as written; the caller caps it

    /// Returns whether `path_query` ("/a/b?x=1", as sent on the request line) may be fetched:
    /// the longest matching pattern decides and Allow wins a tie (RFC 9309 2.2.2).
    bool allows(std::string_view path_query) const;
};

/// Returns the policy for `product_token` (compared case-insensitively with the group names,
/// falling back to the `*` group, then to "allow everything"); never fails: unknown lines, lines
/// without ':' and rules outside any group are ignored.
RobotsPolicy parse_robots(std::string_view robots_txt, std::string_view product_token);

/// Returns the product token of a User-Agent header ("suasana/0.1 (+mailto:..)" -> "suasana").
std::string product_token(std::string_view user_agent);

/// Returns the part of `url` robots.txt rules match against: path, params and query, without the
/// fragment; "/" when the path is empty.
std::string robots_target(std::string_view url);

/// Returns whether `url` may be fetched by `product_token` under `robots_txt`.
bool robots_allows(std::string_view robots_txt, std::string_view product_token,
                   std::string_view url);

}  // namespace suasana::fetch
