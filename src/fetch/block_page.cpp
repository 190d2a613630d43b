#include "fetch/block_page.hpp"

#include <array>

#include "util/strings.hpp"

namespace suasana::fetch {

namespace {

// Bot walls put their markers near the top; a large page is not searched to its end.
constexpr std::size_t k_search_bytes = std::size_t{64} * 1024;

struct Wall {
    const char* name;
    std::array<const char*, 2> all_of;  // every non-null marker must appear (lower-cased)
};

// Markers of the walls the big CDNs and bot managers serve, all lower-case. A single word such
// as "access denied" is never enough: ordinary 403 pages say that too.
constexpr std::array<Wall, 10> k_walls = {{
    {"Akamai \"Access Denied\"", {"access denied", "reference #"}},
    {"Akamai \"Access Denied\"", {"access denied", "errors.edgesuite.net"}},
    {"Cloudflare challenge", {"cf-browser-verification", nullptr}},
    {"Cloudflare challenge", {"challenge-platform", nullptr}},
    {"Cloudflare challenge", {"cf_chl_", nullptr}},
    {"Cloudflare challenge", {"just a moment...", "cloudflare"}},
    {"Cloudflare block", {"attention required!", "cloudflare"}},
    {"captcha", {"captcha", nullptr}},
    {"bot manager", {"perimeterx", nullptr}},
    {"bot manager", {"datadome", nullptr}},
}};

// Akamai writes its reference as "Reference&#32;&#35;18&#46;..."; numeric references to ASCII
// characters are decoded so the markers read the same either way.
std::string decode_ascii_entities(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "&#") == 0) {
            std::size_t end = i + 2;
            int code = 0;
            while (end < text.size() && end < i + 6 && text[end] >= '0' && text[end] <= '9')
                code = code * 10 + (text[end++] - '0');
            if (end > i + 2 && end < text.size() && text[end] == ';' && code > 0 && code < 128) {
                out += static_cast<char>(code);
                i = end;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace

std::optional<std::string> find_bot_wall(long http_status, std::string_view body) {
    if (http_status != 403 && http_status != 429 && http_status != 503) return std::nullopt;
    std::string text = decode_ascii_entities(util::to_lower_ascii(body.substr(0, k_search_bytes)));
    for (const Wall& wall : k_walls) {
        bool all = true;
        for (const char* marker : wall.all_of)
            all = all && (marker == nullptr || text.find(marker) != std::string::npos);
        if (all) return std::string(wall.name);
    }
    return std::nullopt;
}

std::string blocked_message(const std::string& wall, long http_status, const std::string& url) {
    return "blocked by a bot wall (" + wall + ", HTTP " + std::to_string(http_status) +
           "); suasana does not get around blocks: open the page in a browser, save it, and run "
           "`suasana ingest FILE --url " +
           url + "`";
}

}  // namespace suasana::fetch
