#include "fetch/curl_fetcher.hpp"

#include <chrono>
#include <deque>
#include <stdexcept>

#include <curl/curl.h>

#include "fetch/url.hpp"
#include "util/strings.hpp"

namespace suasana::fetch {

namespace {

struct EasyDeleter {
    void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct MultiDeleter {
    void operator()(CURLM* m) const { curl_multi_cleanup(m); }
};
struct SlistDeleter {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;
using MultiHandle = std::unique_ptr<CURLM, MultiDeleter>;
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

// One transfer in flight: its handle, its result being filled, and its byte budget.
struct Transfer {
    EasyHandle easy;
    Slist headers;
    FetchResult result;
    std::int64_t max_bytes = 0;
    bool too_large = false;
    std::chrono::steady_clock::time_point started;
};

// Counts bytes as they stream in: libcurl's own size limit misses bodies of unknown length and
// decompressed sizes, so the budget is enforced here and the transfer aborted when it is spent.
size_t on_body(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    size_t n = size * count;
    if (static_cast<std::int64_t>(t->result.body.size() + n) > t->max_bytes) {
        t->too_large = true;
        return 0;  // aborts the transfer with CURLE_WRITE_ERROR
    }
    t->result.body.append(data, n);
    return n;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    size_t n = size * count;
    std::string_view line(data, n);
    if (util::starts_with(line, "HTTP/")) t->result.headers.clear();  // a new response (redirect)
    auto colon = line.find(':');
    if (colon != std::string_view::npos) {
        t->result.headers.emplace_back(util::to_lower_ascii(util::trim(line.substr(0, colon))),
                                       std::string(util::trim(line.substr(colon + 1))));
    }
    return n;
}

bool is_html_type(const std::string& content_type) {
    std::string t = util::to_lower_ascii(content_type);
    return t.empty() || util::starts_with(t, "text/html") ||
           util::starts_with(t, "application/xhtml+xml");
}

}  // namespace

CurlGlobal::CurlGlobal() {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        throw std::runtime_error("libcurl could not be initialised");
}
CurlGlobal::~CurlGlobal() {
    curl_global_cleanup();
}

struct CurlFetcher::Impl {
    FetchSettings settings;
    MultiHandle multi{curl_multi_init()};

    std::unique_ptr<Transfer> start(const FetchRequest& request);
    void finish(Transfer& t, CURLcode code);
};

CurlFetcher::CurlFetcher(FetchSettings settings) : m_impl(std::make_unique<Impl>()) {
    m_impl->settings = std::move(settings);
    if (!m_impl->multi) throw std::runtime_error("libcurl multi handle could not be created");
    curl_multi_setopt(m_impl->multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(m_impl->settings.concurrency));
}

CurlFetcher::~CurlFetcher() = default;

std::unique_ptr<Transfer> CurlFetcher::Impl::start(const FetchRequest& request) {
    auto t = std::make_unique<Transfer>();
    t->result.tag = request.tag;
    t->result.url = request.url;
    t->result.final_url = request.url;
    t->max_bytes = settings.max_bytes;
    t->started = std::chrono::steady_clock::now();
    t->easy.reset(curl_easy_init());
    CURL* h = t->easy.get();
    const char* protocols = request.allow_file == AllowFile::yes ? "http,https,file" : "http,https";
    curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, protocols);
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(h, CURLOPT_USERAGENT, settings.user_agent.c_str());
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl can decode
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT,
                     static_cast<long>(std::min(settings.timeout_s, 15)));
    curl_easy_setopt(h, CURLOPT_TIMEOUT, static_cast<long>(settings.timeout_s));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(h, CURLOPT_PRIVATE, t.get());
    if (!settings.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, settings.ca_file.c_str());
    curl_slist* list = nullptr;
    std::string lang = "Accept-Language: " + settings.accept_language;
    list = curl_slist_append(list, lang.c_str());
    list = curl_slist_append(list, "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    t->headers.reset(list);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, list);
    return t;
}

void CurlFetcher::Impl::finish(Transfer& t, CURLcode code) {
    FetchResult& r = t.result;
    CURL* h = t.easy.get();
    r.ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 t.started)
               .count();
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.http_status);
    char* effective = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
        r.final_url = effective;
    char* type = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        r.content_type = type;
    bool is_file = url_scheme(r.final_url) == "file";
    if (t.too_large) {
        r.outcome = FetchOutcome::too_large;
        r.message = "body larger than max_bytes (" + std::to_string(t.max_bytes) + " bytes)";
        r.body.clear();
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
        r.outcome = FetchOutcome::timeout;
        r.message = "timed out after " + std::to_string(settings.timeout_s) + " s";
    } else if (code == CURLE_TOO_MANY_REDIRECTS) {
        r.outcome = FetchOutcome::refused_redirect;
        r.message = "more than 5 redirects";
    } else if (code == CURLE_UNSUPPORTED_PROTOCOL && r.final_url != r.url) {
        r.outcome = FetchOutcome::refused_redirect;
        r.message = "redirect to a scheme other than http/https refused";
    } else if (code != CURLE_OK) {
        r.outcome = FetchOutcome::network_error;
        // libcurl's own wording without its timings, so the same failure reads the same way.
        r.message = curl_easy_strerror(code);
    } else if (!is_file && r.http_status >= 400) {
        r.outcome = FetchOutcome::http_error;
        r.message = "HTTP " + std::to_string(r.http_status);
    } else if (!is_file && !is_html_type(r.content_type)) {
        r.outcome = FetchOutcome::not_html;
        r.message = "content type '" + r.content_type + "' is not HTML";
    } else {
        r.outcome = FetchOutcome::ok;
        if (is_file) r.http_status = 200;
    }
    if (r.outcome != FetchOutcome::ok) r.body.clear();
}

std::vector<FetchResult> CurlFetcher::fetch_all(const std::vector<FetchRequest>& requests) {
    std::vector<FetchResult> results(requests.size());
    std::deque<std::size_t> pending;
    for (std::size_t i = 0; i < requests.size(); ++i) pending.push_back(i);
    std::vector<std::pair<std::size_t, std::unique_ptr<Transfer>>> running;
    const auto limit = static_cast<std::size_t>(std::max(1, m_impl->settings.concurrency));
    CURLM* multi = m_impl->multi.get();

    while (!pending.empty() || !running.empty()) {
        while (running.size() < limit && !pending.empty()) {
            std::size_t index = pending.front();
            pending.pop_front();
            auto t = m_impl->start(requests[index]);
            curl_multi_add_handle(multi, t->easy.get());
            running.emplace_back(index, std::move(t));
        }
        int still = 0;
        curl_multi_perform(multi, &still);
        int queued = 0;
        while (CURLMsg* msg = curl_multi_info_read(multi, &queued)) {
            if (msg->msg != CURLMSG_DONE) continue;
            for (auto it = running.begin(); it != running.end(); ++it) {
                if (it->second->easy.get() != msg->easy_handle) continue;
                CURLcode code = msg->data.result;
                curl_multi_remove_handle(multi, it->second->easy.get());
                m_impl->finish(*it->second, code);
                results[it->first] = std::move(it->second->result);
                running.erase(it);
                break;
            }
        }
        if (!running.empty()) curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    return results;
}

}  // namespace suasana::fetch
