#pragma once
// The checks a page passes before the HTML parser sees it. Gumbo has no limits of its own: deep
// nesting makes it quadratic and recursive, end tags far from their element make it walk its
// whole stack each time, and it compares every attribute of an element with every other one.
#include <optional>
#include <string>
#include <string_view>

namespace suasana::extract {

/// Returns why `html` must not be parsed, or nothing: it nests tags deeper than `max_depth`,
/// has an element with more than 256 attributes, or would cost the parser more than about a
/// second (end tags under deep nesting, attributes by the thousand). One pass over the bytes,
/// no parsing; the message names the limit.
std::optional<std::string> find_parse_hazard(std::string_view html, int max_depth);

}  // namespace suasana::extract
