#pragma once
// Where a target's further pages may come from: a page's pagination link or an API's next page
// is only fetched on the target's own host or the API host its scraper names.
#include <optional>
#include <string>

#include "model/config.hpp"
#include "model/scraper_spec.hpp"

namespace suasana::app {

/// Returns why `next` is not fetched as a further page of `target` read with `spec`, whose first
/// page was fetched from `landed` (after redirects; may be empty): its host is neither the
/// target's, nor `landed`'s, nor that of the scraper's [source] url, it would leave https for
/// http, it carries a user name or password, or it is a local file for a web target. Nothing
/// when it may be fetched (file:// pages are further held to their own folder by the request).
std::optional<std::string> find_off_target(const Target& target, const ScraperSpec& spec,
                                           const std::string& landed, const std::string& next);

}  // namespace suasana::app
