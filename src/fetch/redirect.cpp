#include "fetch/redirect.hpp"

#include <algorithm>

#include "fetch/url.hpp"

namespace suasana::fetch {

Result<std::string> next_hop(const std::string& from, const std::string& location,
                             const std::vector<std::string>& visited) {
    if (location.empty()) return fail("redirect without a Location header");
    auto next = resolve_url(from, location);
    if (!next) return fail("redirect to an unreadable location '" + location + "' refused");
    std::string scheme = url_scheme(*next);
    if (scheme != "http" && scheme != "https")
        return fail("redirect to " + *next + " refused: only http and https are followed");
    if (std::find(visited.begin(), visited.end(), *next) != visited.end())
        return fail("redirect loop: " + *next + " was already visited");
    // `visited` holds the original URL plus one entry per hop already taken.
    if (static_cast<int>(visited.size()) > k_max_redirects)
        return fail("more than " + std::to_string(k_max_redirects) + " redirects");
    return *next;
}

}  // namespace suasana::fetch
