#include "fetch/url.hpp"

#include <memory>

#include <curl/curl.h>

#include "util/strings.hpp"

namespace suasana::fetch {

namespace {
struct UrlDeleter {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
struct CurlStringDeleter {
    void operator()(char* s) const { curl_free(s); }
};
}  // namespace

std::optional<std::string> resolve_url(const std::string& base, const std::string& href) {
    std::unique_ptr<CURLU, UrlDeleter> u(curl_url());
    if (!u) return std::nullopt;
    if (curl_url_set(u.get(), CURLUPART_URL, base.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK)
        return std::nullopt;
    std::string trimmed(util::trim(href));
    if (curl_url_set(u.get(), CURLUPART_URL, trimmed.c_str(), CURLU_NON_SUPPORT_SCHEME) !=
        CURLUE_OK)
        return std::nullopt;
    curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
    char* raw = nullptr;
    if (curl_url_get(u.get(), CURLUPART_URL, &raw, 0) != CURLUE_OK) return std::nullopt;
    std::unique_ptr<char, CurlStringDeleter> out(raw);
    return std::string(out.get());
}

std::string url_scheme(const std::string& url) {
    auto pos = url.find("://");
    if (pos == std::string::npos) return {};
    return util::to_lower_ascii(url.substr(0, pos));
}

}  // namespace suasana::fetch
