#include "fetch/redirect.hpp"

#include <algorithm>

#include "fetch/url.hpp"
#include "util/strings.hpp"

namespace suasana::fetch {

namespace {

// Returns an error for a hop that may go nowhere, whatever the method.
Result<void> check_target(const std::string& from, const std::string& next,
                          const std::vector<std::string>& visited) {
    std::string scheme = url_scheme(next);
    if (scheme != "http" && scheme != "https")
        return fail("redirect to " + next + " refused: only http and https are followed");
    if (url_scheme(from) == "https" && scheme == "http")
        return fail("redirect from https to " + next +
                    " refused: a secure request is never continued over plain http");
    if (util::url_has_userinfo(next))  // not echoed: the URL holds a credential
        return fail("redirect to a URL with a user name or password refused");
    if (std::find(visited.begin(), visited.end(), next) != visited.end())
        return fail("redirect loop: " + next + " was already visited");
    // `visited` holds the original URL plus one entry per hop already taken.
    if (static_cast<int>(visited.size()) > k_max_redirects)
        return fail("more than " + std::to_string(k_max_redirects) + " redirects");
    return {};
}

std::string origin_of(const std::string& url) {
    auto parts = split_url(url);
    return parts ? parts->origin() : url;
}

}  // namespace

Result<Hop> next_hop(const Hop& from, long status, const std::string& location,
                     const std::vector<std::string>& visited) {
    if (location.empty()) return fail("redirect without a Location header");
    auto next = resolve_url(from.url, location);
    if (!next) return fail("redirect to an unreadable location '" + location + "' refused");
    if (auto ok = check_target(from.url, *next, visited); !ok) return tl::unexpected(ok.error());
    Hop hop{*next, from.method, from.sends_body};
    if (status == 303 && from.method != "HEAD") {
        hop.method = "GET";
        hop.sends_body = false;
    }
    bool safe = hop.method == "GET" || hop.method == "HEAD";
    if (!safe && origin_of(*next) != origin_of(from.url))
        return fail("HTTP " + std::to_string(status) + " from " + from.url + " to " + *next +
                    " refused: a " + hop.method + " is never re-sent to another origin");
    return hop;
}

}  // namespace suasana::fetch
