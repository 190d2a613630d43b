#include "fetch/transfer.hpp"

#include <algorithm>

#include "util/strings.hpp"

namespace suasana::fetch {

namespace {

// Reserves room for the body the server says is coming (within the budget), so a large page
// lands in one allocation instead of being copied each time the string doubles.
void reserve_stated_length(Transfer& t) {
    curl_off_t length = -1;
    if (curl_easy_getinfo(t.easy.get(), CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) != CURLE_OK)
        return;
    std::int64_t room = std::min<std::int64_t>(length, t.spec.max_bytes);
    if (room > 0) t.response.body.reserve(static_cast<std::size_t>(room));
}

// Counts bytes as they stream in: libcurl 7.88's own size limit misses bodies of unknown length
// and decompressed sizes, so the budget is enforced here and the transfer aborted when spent.
size_t on_body(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    size_t n = size * count;
    Response& r = t->response;
    if (r.body.empty()) reserve_stated_length(*t);
    auto room = static_cast<std::size_t>(std::max<std::int64_t>(0, t->spec.max_bytes)) -
                std::min(r.body.size(), static_cast<std::size_t>(t->spec.max_bytes));
    if (n > room) {
        r.too_large = true;
        r.body.append(data, room);  // a robots.txt is parsed up to the budget; a page is not
        return 0;                   // aborts the transfer with CURLE_WRITE_ERROR
    }
    r.body.append(data, n);
    return n;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    size_t n = size * count;
    std::string_view line(data, n);
    // A new status line starts a new response (100 Continue, or a robots.txt redirect).
    if (util::starts_with(line, "HTTP/")) t->response.headers.clear();
    auto colon = line.find(':');
    if (colon != std::string_view::npos) {
        t->response.headers.emplace_back(util::to_lower_ascii(util::trim(line.substr(0, colon))),
                                         std::string(util::trim(line.substr(colon + 1))));
    }
    return n;
}

void set_timeouts(CURL* h, const FetchSettings& settings) {
    long total = std::max(1, settings.timeout_s);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, std::min(total, 15L));
    curl_easy_setopt(h, CURLOPT_TIMEOUT, total);
    // A server that stops sending mid-body is given up after a stall, not only at the deadline.
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, std::min(total, 15L));
}

Slist request_headers(const FetchSettings& settings, const TransferSpec& spec) {
    curl_slist* list = nullptr;
    auto add = [&list](const std::string& line) {
        if (curl_slist* grown = curl_slist_append(list, line.c_str())) list = grown;
    };
    add("Accept-Language: " + settings.accept_language);
    if (spec.kind == TransferSpec::Kind::robots)
        add("Accept: text/plain,*/*;q=0.5");
    else if (spec.expect == Expect::json)
        add("Accept: application/json,text/plain;q=0.9,*/*;q=0.5");
    else
        add("Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    bool has_type = false;
    for (const auto& [name, value] : spec.headers) {
        add(name + ": " + value);
        has_type = has_type || util::to_lower_ascii(name) == "content-type";
    }
    if (spec.method == "POST" && !has_type && !spec.body.empty())
        add("Content-Type: application/json");
    if (!spec.etag.empty()) add("If-None-Match: " + spec.etag);
    if (!spec.last_modified.empty()) add("If-Modified-Since: " + spec.last_modified);
    return Slist(list);
}

}  // namespace

std::string Response::header(const std::string& name) const {
    std::string value;
    for (const auto& [key, v] : headers)
        if (key == name) value = v;
    return value;
}

std::unique_ptr<Transfer> make_transfer(const FetchSettings& settings, TransferSpec spec) {
    auto t = std::make_unique<Transfer>();
    t->spec = std::move(spec);
    t->easy.reset(curl_easy_init());
    if (!t->easy) return nullptr;
    CURL* h = t->easy.get();
    bool file = t->spec.allow_file == AllowFile::yes && t->spec.kind == TransferSpec::Kind::page;
    curl_easy_setopt(h, CURLOPT_URL, t->spec.url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, file ? "http,https,file" : "http,https");
    if (t->spec.kind == TransferSpec::Kind::robots) {
        // robots.txt is not a page: RFC 9309 2.3.1.2 asks crawlers to follow at least five
        // redirects for it, and the answer is only read, so libcurl may follow them.
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    } else {
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // our code follows, hop by hop
    }
    curl_easy_setopt(h, CURLOPT_USERAGENT, settings.user_agent.c_str());
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
    set_timeouts(h, settings);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);  // always: there is no option to turn off
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!settings.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, settings.ca_file.c_str());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(h, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, t->error.data());
    // Said outright, though it is libcurl's default: credentials never follow a redirect libcurl
    // takes to another host (robots.txt; pages are followed hop by hop by the scheduler).
    curl_easy_setopt(h, CURLOPT_UNRESTRICTED_AUTH, 0L);
    if (t->spec.method == "POST") {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(t->spec.body.size()));
        curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, t->spec.body.c_str());
    }
    t->header_list = request_headers(settings, t->spec);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, t->header_list.get());
    return t;
}

void read_response(Transfer& t, CURLcode code) {
    Response& r = t.response;
    CURL* h = t.easy.get();
    r.code = code;
    if (code != CURLE_OK) r.detail = t.error.data();
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
    char* type = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        r.content_type = type;
}

}  // namespace suasana::fetch
