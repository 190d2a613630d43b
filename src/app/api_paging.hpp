#pragma once
// Comment APIs (kind = "json" with [source] url): the article id, and which URL, body and
// headers ask for each page.
#include <optional>
#include <string>

#include "extract/extractor.hpp"
#include "model/config.hpp"
#include "model/error.hpp"
#include "model/fetch_result.hpp"
#include "model/page.hpp"
#include "model/scraper_spec.hpp"

namespace suasana::app {

/// A comment API's paging: the article id for {id}, the article URL for {url}, the page number
/// for {page}.
struct ApiPaging {
    bool used = false;
    /// The article page is fetched first: its URL does not carry the id, the page names it
    /// ([page] id_selector, id_script).
    bool reading_article = false;
    std::string id;
    std::string article_url;
    int page = 1;
};

/// Returns the paging of `target` under `spec` from page 1: {id} is the [page] id capture of
/// the target's URL; when the URL does not match and the scraper says where the page names
/// the id, the article is read first. Fails (exit 2) when the URL does not match and the page
/// cannot name it, or when the body wants {id:number} and the id is not a number.
Result<ApiPaging> start_api_paging(const Target& target, const ScraperSpec& spec);

/// Reads the article id from the fetched article page (`body`, any charset) and turns `api`
/// to the API's first page; fails naming the URL when the page does not name the id.
Result<void> take_article_id(ApiPaging& api, const extract::Extractor& extractor,
                             const FetchResult& fetched, const Limits& limits);

/// Returns the URL to fetch next: the article page while its id is read, else the API's
/// current page ({id} and {url} percent-encoded). A template starting with "/" is resolved
/// against the target's origin (so one scraper file serves a site and its test double).
std::string api_url(const ScraperSpec& spec, const Target& target, const ApiPaging& api);

/// Makes `request` the API's (a no-op while the article page is read): JSON expected, the
/// spec's method and headers ({url}, {id} filled in) and the filled-in body: a JSON body keeps
/// each placeholder's type and escapes the ones inside strings.
void make_api_request(FetchRequest& request, const ScraperSpec& spec, const ApiPaging& api);

/// Returns true when no page follows `page`: its list was empty, it is the page the answer
/// calls the last, or the request does not depend on {page} at all (one answer holds all).
bool api_page_is_last(const ScraperSpec& spec, const ApiPaging& api, const Page& page);

}  // namespace suasana::app
