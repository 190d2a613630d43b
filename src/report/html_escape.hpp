#pragma once
// Escaping for the HTML report: everything that came from a web page (bodies, authors, titles,
// story names, URLs) goes through here before it reaches the page.
#include <optional>
#include <string>
#include <string_view>

namespace suasana::report {

/// Returns `text` safe in element content and in double- or single-quoted attribute values:
/// & < > " ' become character references, ASCII control characters other than tab, newline and
/// carriage return are dropped, and invalid UTF-8 bytes become U+FFFD.
std::string escape_html(std::string_view text);

/// Returns `url` escaped for an href when it is an absolute http or https URL with no space or
/// control character in it; nothing otherwise (javascript:, data:, relative paths, file names),
/// so the caller shows such a URL as text instead of a link.
std::optional<std::string> safe_href(std::string_view url);

}  // namespace suasana::report
