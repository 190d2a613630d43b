#include "app/api_paging.hpp"

#include <utility>

#include "fetch/url.hpp"
#include "text/pattern.hpp"

namespace suasana::app {

namespace {

// Returns `text` with every {id} and {page} filled in.
std::string fill_template(std::string text, const ApiPaging& api) {
    for (auto [key, value] : {std::pair<std::string, std::string>{"{id}", api.id},
                              {"{page}", std::to_string(api.page)}}) {
        for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos)) {
            text.replace(pos, key.size(), value);
            pos += value.size();
        }
    }
    return text;
}

}  // namespace

Result<ApiPaging> start_api_paging(const Target& target, const ScraperSpec& spec) {
    ApiPaging api;
    api.used = true;
    if (spec.page_id.empty()) return api;
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
    if (!*id) {
        return fail("target '" + target.name + "': its url does not match [page] id '" +
                        spec.page_id.text + "' of " + spec.file.string(),
                    ExitCode::usage);
    }
    api.id = **id;
    return api;
}

std::string api_url(const ScraperSpec& spec, const Target& target, const ApiPaging& api) {
    std::string url = fill_template(spec.source_url, api);
    return fetch::resolve_url(target.url, url).value_or(url);
}

void make_api_request(FetchRequest& request, const ScraperSpec& spec, const ApiPaging& api) {
    request.expect = Expect::json;
    request.method = spec.source_method;
    request.body = fill_template(spec.source_body, api);
    request.headers = spec.source_headers;
}

}  // namespace suasana::app
