#include "extract/page_url.hpp"

#include <cctype>
#include <cstddef>

#include "util/escapes.hpp"
#include "util/strings.hpp"

namespace suasana::extract {

namespace {

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Returns the position of `needle` (lower case) in `text` from `from`, ignoring case; npos when
// it is not there.
std::size_t find_nocase(std::string_view text, std::string_view needle, std::size_t from) {
    if (needle.size() > text.size()) return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(text[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

bool is_web_url(std::string_view url) {
    auto starts = [&](std::string_view scheme) {
        return url.size() > scheme.size() &&
               find_nocase(url.substr(0, scheme.size()), scheme, 0) == 0;
    };
    return starts("http://") || starts("https://");
}

// One attribute of a start tag: its name (lower case) and value.
struct Attribute {
    std::string name, value;
};

// Reads the attribute at `pos` (after the tag name) and moves `pos` past it; nothing at '>'.
std::optional<Attribute> next_attribute(std::string_view tag, std::size_t& pos) {
    while (pos < tag.size() && (space(tag[pos]) || tag[pos] == '/')) ++pos;
    if (pos >= tag.size() || tag[pos] == '>') return std::nullopt;
    Attribute a;
    while (pos < tag.size() && !space(tag[pos]) && tag[pos] != '=' && tag[pos] != '>' &&
           tag[pos] != '/')
        a.name += lower(tag[pos++]);
    while (pos < tag.size() && space(tag[pos])) ++pos;
    if (pos >= tag.size() || tag[pos] != '=') return a;
    ++pos;
    while (pos < tag.size() && space(tag[pos])) ++pos;
    if (pos < tag.size() && (tag[pos] == '"' || tag[pos] == '\'')) {
        char quote = tag[pos++];
        std::size_t end = tag.find(quote, pos);
        if (end == std::string_view::npos) end = tag.size();
        a.value = util::decode_html_entities(tag.substr(pos, end - pos));
        pos = end + 1;
    } else {
        std::size_t start = pos;
        while (pos < tag.size() && !space(tag[pos]) && tag[pos] != '>') ++pos;
        a.value = util::decode_html_entities(tag.substr(start, pos - start));
    }
    return a;
}

bool has_token(std::string_view list, std::string_view token) {
    for (const auto& t : util::split(util::collapse_spaces(list), ' ')) {
        if (t.size() == token.size() && find_nocase(t, token, 0) == 0) return true;
    }
    return false;
}

std::optional<std::string> find_canonical(std::string_view html) {
    std::size_t body = find_nocase(html, "<body", 0);
    std::string_view head = html.substr(0, body);
    for (std::size_t at = find_nocase(head, "<link", 0); at != std::string_view::npos;
         at = find_nocase(head, "<link", at + 5)) {
        std::size_t pos = at + 5;
        if (pos >= head.size() || !(space(head[pos]) || head[pos] == '/')) continue;
        std::string rel, href;
        while (auto a = next_attribute(head, pos)) {
            if (a->name == "rel") rel = a->value;
            if (a->name == "href") href = a->value;
        }
        std::string url(util::trim(href));
        if (has_token(rel, "canonical") && is_web_url(url)) return url;
    }
    return std::nullopt;
}

std::optional<std::string> find_saved_from(std::string_view html) {
    constexpr std::string_view k_marker = "saved from url=(";
    std::size_t at = find_nocase(html, k_marker, 0);
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t pos = html.find(')', at + k_marker.size());
    if (pos == std::string_view::npos) return std::nullopt;
    std::size_t end = ++pos;
    while (end < html.size() && !space(html[end]) && html.substr(end, 3) != "-->") ++end;
    std::string url(html.substr(pos, end - pos));
    if (!is_web_url(url)) return std::nullopt;
    return url;
}

}  // namespace

std::optional<std::string> find_page_url(std::string_view html) {
    if (auto canonical = find_canonical(html)) return canonical;
    return find_saved_from(html);
}

}  // namespace suasana::extract
