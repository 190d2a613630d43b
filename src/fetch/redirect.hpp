#pragma once
// One redirect hop, checked by our code: libcurl never follows a Location on its own, so every
// hop passes the scheme check here and robots.txt and the per-host delay in the scheduler.
#include <string>
#include <vector>

#include "model/error.hpp"

namespace suasana::fetch {

/// Redirects followed before a request ends as refused_redirect.
constexpr int k_max_redirects = 5;

/// Returns the absolute URL a `location` header on `from` leads to; fails (with the message to
/// record) when it cannot be resolved, leaves http/https (file:// never, whatever the request
/// allowed), revisits a URL of `visited` (a loop), or would be hop number k_max_redirects + 1.
Result<std::string> next_hop(const std::string& from, const std::string& location,
                             const std::vector<std::string>& visited);

}  // namespace suasana::fetch
