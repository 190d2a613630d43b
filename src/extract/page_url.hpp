#pragma once
// Where a page saved from a browser came from, as the page itself says.
#include <optional>
#include <string>
#include <string_view>

namespace suasana::extract {

/// Returns the address a saved page names for itself: its <link rel="canonical" href> (in the
/// head, before <body>), else the "<!-- saved from url=(NNNN)URL -->" comment browsers write into
/// pages they save; only absolute http(s) addresses count. Nothing when the page names neither.
std::optional<std::string> find_page_url(std::string_view html);

}  // namespace suasana::extract
