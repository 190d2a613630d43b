#pragma once
// One redirect hop, checked by our code: libcurl never follows a Location on its own, so every
// hop passes the checks here (scheme, no downgrade, no credentials, RFC 9110's method rules) and
// robots.txt and the per-host delay in the scheduler.
#include <string>
#include <vector>

#include "model/error.hpp"

namespace suasana::fetch {

/// Redirects followed before a request ends as refused_redirect.
constexpr int k_max_redirects = 5;

/// The request one hop of a redirect chain makes.
struct Hop {
    std::string url;
    std::string method = "GET";
    bool sends_body = true;  ///< false once a 303 turned the request into a GET
};

/// Returns the hop a `status` answer with a `location` header leads to from `from` (RFC 9110
/// 15.4): a 303 turns any method but HEAD into a GET without a body; 301, 302, 307 and 308 keep
/// the method and body, so a request other than GET or HEAD (a comment API's POST) is only
/// redirected within its origin. Fails (with the message to record) when the location cannot
/// be resolved, leaves http/https (file:// never, whatever the request allowed), goes from
/// https to http, carries a user name or password, revisits a URL of `visited` (a loop), would
/// be hop number k_max_redirects + 1, or would re-send a body to another origin.
Result<Hop> next_hop(const Hop& from, long status, const std::string& location,
                     const std::vector<std::string>& visited);

}  // namespace suasana::fetch
