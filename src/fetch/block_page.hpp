#pragma once
// Recognises bot walls, so a block is reported as a block (and never retried or worked around).
#include <optional>
#include <string>
#include <string_view>

namespace suasana::fetch {

/// Returns the kind of bot wall ("Akamai \"Access Denied\"", "Cloudflare challenge", "captcha")
/// when an answer with `http_status` 403, 429 or 503 carries one in `body`; nothing for any
/// other status or an ordinary error page.
std::optional<std::string> find_bot_wall(long http_status, std::string_view body);

/// Returns the message recorded for a blocked `url`: what blocked it and how to get the page in
/// anyway by honest means (`suasana ingest` of a page saved from a browser).
std::string blocked_message(const std::string& wall, long http_status, const std::string& url);

}  // namespace suasana::fetch
