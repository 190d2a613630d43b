#include "app/api_paging.hpp"

#include <utility>

#include "extract/article_id.hpp"
#include "fetch/url.hpp"
#include "text/charset.hpp"
#include "text/pattern.hpp"
#include "util/escapes.hpp"
#include "util/json_writer.hpp"

namespace suasana::app {

namespace {

enum class Encoding { none, url, json_string };

std::string encode(const std::string& value, Encoding encoding) {
    switch (encoding) {
        case Encoding::url:
            return util::percent_encode(value);
        case Encoding::json_string: {
            std::string quoted = util::json_quote(value);
            return quoted.substr(1, quoted.size() - 2);
        }
        case Encoding::none:
            break;
    }
    return value;
}

// A placeholder found in a template: its text, which one it is, and its value.
struct Found {
    std::string_view key;
    Placeholder which;
    std::string value;
};

// Returns the placeholder at `text[pos]` (one of k_placeholders) and its value, or nothing.
std::optional<Found> placeholder_at(const std::string& text, std::size_t pos,
                                    const ApiPaging& api) {
    for (const auto& [key, which] : k_placeholders) {
        if (text.compare(pos, key.size(), key) != 0) continue;
        switch (which) {
            case Placeholder::id:
            case Placeholder::id_number:
                return Found{key, which, api.id};
            case Placeholder::page:
                return Found{key, which, std::to_string(api.page)};
            case Placeholder::url:
                return Found{key, which, api.article_url};
        }
    }
    return std::nullopt;
}

// Returns `text` with every placeholder filled in, encoded for where it stands.
std::string fill_template(const std::string& text, const ApiPaging& api, Encoding encoding) {
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        auto found = text[pos] == '{' ? placeholder_at(text, pos, api) : std::nullopt;
        if (!found) {
            out += text[pos++];
            continue;
        }
        out += encode(found->value, encoding);
        pos += found->key.size();
    }
    return out;
}

// Returns the JSON body template filled in: a placeholder inside a JSON string is escaped
// into it; one standing alone is a value of its type ({page} and {id:number} numbers, {id}
// and {url} strings).
std::string fill_json_body(const std::string& text, const ApiPaging& api) {
    std::string out;
    bool in_string = false;
    for (std::size_t pos = 0; pos < text.size();) {
        char c = text[pos];
        if (in_string && c == '\\' && pos + 1 < text.size()) {
            out.append(text, pos, 2);
            pos += 2;
            continue;
        }
        if (c == '"') in_string = !in_string;
        auto found = c == '{' ? placeholder_at(text, pos, api) : std::nullopt;
        if (!found) {
            out += text[pos++];
            continue;
        }
        bool typed_number =
            found->which == Placeholder::page || found->which == Placeholder::id_number;
        if (in_string) {
            out += encode(found->value, Encoding::json_string);
        } else {
            out += typed_number ? found->value : util::json_quote(found->value);
        }
        pos += found->key.size();
    }
    return out;
}

bool all_digits(const std::string& s) {
    return !s.empty() && s.size() <= 18 && s.find_first_not_of("0123456789") == std::string::npos;
}

Result<void> check_id(const ApiPaging& api, const ScraperSpec& spec, const std::string& where) {
    if (spec.source_body.find("{id:number}") == std::string::npos || all_digits(api.id)) return {};
    return fail(where + ": the article id '" + api.id + "' is not a number, but " +
                    spec.file.string() + " sends it as {id:number}",
                ExitCode::usage);
}

}  // namespace

Result<ApiPaging> start_api_paging(const Target& target, const ScraperSpec& spec) {
    ApiPaging api;
    api.used = true;
    api.article_url = target.url;
    bool page_names_id = !spec.page_id_selector.empty() || !spec.page_id_script.empty();
    if (spec.page_id.empty()) {
        api.reading_article = page_names_id;
        return api;
    }
    auto pattern = text::Pattern::compile(spec.page_id.text);
    if (!pattern) {
        return fail(spec.file.string() + ": key 'page.id': " + pattern.error().message,
                    ExitCode::usage);
    }
    auto id = pattern->first_capture(target.url);
    if (!id) {
        return fail(spec.file.string() + ":" + std::to_string(spec.page_id.line) +
                        ": key 'page.id': " + id.error().message + " (target '" + target.name +
                        "', url " + target.url + ")",
                    ExitCode::usage);
    }
    if (!*id && page_names_id) {
        api.reading_article = true;
        return api;
    }
    if (!*id) {
        return fail("target '" + target.name + "': its url does not match [page] id '" +
                        spec.page_id.text + "' of " + spec.file.string(),
                    ExitCode::usage);
    }
    api.id = **id;
    if (auto checked = check_id(api, spec, "target '" + target.name + "'"); !checked)
        return tl::unexpected(checked.error());
    return api;
}

Result<void> take_article_id(ApiPaging& api, const extract::Extractor& extractor,
                             const FetchResult& fetched, const Limits& limits) {
    auto decoded = text::decode_page(fetched.body, fetched.content_type);
    if (!decoded) return fail(fetched.final_url + ": " + decoded.error().message);
    auto id = extractor.article_id().find(std::move(decoded->utf8), limits.max_depth);
    if (!id) return fail(fetched.final_url + ": " + id.error().message);
    const ScraperSpec& spec = extractor.spec();
    if (!*id) {
        return fail(fetched.final_url + ": the page names no article id (" + spec.file.string() +
                    ": [page] id_selector '" + spec.page_id_selector.text + "', id_script '" +
                    spec.page_id_script.text + "')");
    }
    api.id = **id;
    api.reading_article = false;
    return check_id(api, spec, fetched.final_url);
}

std::string api_url(const ScraperSpec& spec, const Target& target, const ApiPaging& api) {
    if (api.reading_article) return target.url;
    std::string url = fill_template(spec.source_url, api, Encoding::url);
    return fetch::resolve_url(target.url, url).value_or(url);
}

void make_api_request(FetchRequest& request, const ScraperSpec& spec, const ApiPaging& api) {
    if (api.reading_article) return;
    request.expect = Expect::json;
    request.method = spec.source_method;
    request.body = spec.source_body_json ? fill_json_body(spec.source_body, api)
                                         : fill_template(spec.source_body, api, Encoding::none);
    request.headers.clear();
    for (const auto& [name, value] : spec.source_headers)
        request.headers.emplace_back(name, fill_template(value, api, Encoding::none));
}

bool api_page_is_last(const ScraperSpec& spec, const ApiPaging& api, const Page& page) {
    if (page.list_items == 0) return true;
    if (page.last_page && api.page >= *page.last_page) return true;
    return spec.source_url.find("{page}") == std::string::npos &&
           spec.source_body.find("{page}") == std::string::npos;
}

}  // namespace suasana::app
