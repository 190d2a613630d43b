#pragma once
// Comment APIs (kind = "json" with [source] url): which URL, body and headers ask for a page.
#include <string>

#include "model/config.hpp"
#include "model/error.hpp"
#include "model/fetch_result.hpp"
#include "model/scraper_spec.hpp"

namespace suasana::app {

/// A comment API's paging: the article id for {id} and the page number for {page}.
struct ApiPaging {
    bool used = false;
    std::string id;
    int page = 1;
};

/// Returns the paging of `target` under `spec` from page 1: {id} is the [page] id capture of
/// the target's URL; fails (exit 2) when the URL does not match it.
Result<ApiPaging> start_api_paging(const Target& target, const ScraperSpec& spec);

/// Returns the API URL of the current page; a template starting with "/" is resolved against
/// the target's origin (so one scraper file serves a site and its test double).
std::string api_url(const ScraperSpec& spec, const Target& target, const ApiPaging& api);

/// Makes `request` the API's: JSON expected, the spec's method, headers and filled-in body.
void make_api_request(FetchRequest& request, const ScraperSpec& spec, const ApiPaging& api);

}  // namespace suasana::app
