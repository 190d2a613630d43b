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

using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::string url_part(CURLU* u, CURLUPart part, unsigned int flags) {
    char* raw = nullptr;
    if (curl_url_get(u, part, &raw, flags) != CURLUE_OK || raw == nullptr) return {};
    std::unique_ptr<char, CurlStringDeleter> owned(raw);
    return std::string(owned.get());
}

}  // namespace

std::optional<UrlParts> split_url(const std::string& url) {
    UrlHandle u(curl_url());
    if (!u ||
        curl_url_set(u.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK)
        return std::nullopt;
    UrlParts parts;
    parts.scheme = util::to_lower_ascii(url_part(u.get(), CURLUPART_SCHEME, 0));
    parts.host = util::to_lower_ascii(url_part(u.get(), CURLUPART_HOST, 0));
    parts.port = url_part(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
    parts.path_query = url_part(u.get(), CURLUPART_PATH, 0);
    if (parts.path_query.empty()) parts.path_query = "/";
    std::string query = url_part(u.get(), CURLUPART_QUERY, 0);
    if (!query.empty()) parts.path_query += "?" + query;
    return parts;
}

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

bool file_within_folder_of(const std::string& base, const std::string& url) {
    // Both paths decoded as libcurl will open them: "%2e%2e" must not pass for a name.
    auto decoded_path = [](const std::string& file_url) -> std::optional<std::string> {
        UrlHandle u(curl_url());
        if (!u || url_scheme(file_url) != "file" ||
            curl_url_set(u.get(), CURLUPART_URL, file_url.c_str(), 0) != CURLUE_OK ||
            !url_part(u.get(), CURLUPART_HOST, 0).empty())
            return std::nullopt;
        std::string path = url_part(u.get(), CURLUPART_PATH, CURLU_URLDECODE);
        if (path.empty() || path.find('\0') != std::string::npos) return std::nullopt;
        return path;
    };
    auto from = decoded_path(base);
    auto to = decoded_path(url);
    if (!from || !to) return false;
    for (const auto& step : util::split(*to, '/')) {
        if (step == "..") return false;
    }
    std::string folder = from->substr(0, from->rfind('/') + 1);
    return util::starts_with(*to, folder);
}

}  // namespace suasana::fetch
