#include "app/next_page.hpp"

#include "app/api_paging.hpp"
#include "fetch/url.hpp"
#include "util/strings.hpp"

namespace suasana::app {

namespace {

// Returns the host a URL names ("" for file:// and for what cannot be parsed).
std::string host_of(const std::string& url) {
    auto parts = fetch::split_url(url);
    return parts ? parts->host : std::string();
}

// Returns the host of the scraper's API URL, filled in by api_url with a digit for the id: a
// template whose host is a placeholder names none.
std::string api_host(const Target& target, const ScraperSpec& spec) {
    if (spec.source_url.empty()) return {};
    ApiPaging any;
    any.used = true;
    any.id = "0";
    any.article_url = target.url;
    return host_of(api_url(spec, target, any));
}

}  // namespace

std::optional<std::string> find_off_target(const Target& target, const ScraperSpec& spec,
                                           const std::string& landed, const std::string& next) {
    if (util::url_has_userinfo(next))  // not echoed: the URL holds a credential
        return "next page refused: its URL carries a user name or password";
    const std::string scheme = fetch::url_scheme(next);
    const std::string target_scheme = fetch::url_scheme(target.url);
    if (scheme == "file") {
        if (target_scheme == "file") return std::nullopt;
        return "next page " + next + " refused: a web page cannot lead to a local file";
    }
    if (target_scheme == "https" && scheme != "https")
        return "next page " + next + " refused: the target is read over https";
    const std::string host = host_of(next);
    if (!host.empty() && (host == host_of(target.url) || host == api_host(target, spec) ||
                          (!landed.empty() && host == host_of(landed))))
        return std::nullopt;
    return "next page " + next + " refused: not on the target's host (" + host_of(target.url) +
           "), where its first page landed, or its scraper's API host";
}

}  // namespace suasana::app
