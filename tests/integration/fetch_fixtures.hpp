// Shared set-up for the fetcher's integration tests: one libcurl init, fast settings, pages.
#pragma once

#include <chrono>
#include <string>

#include "fetch/curl_fetcher.hpp"
#include "support/http_server.hpp"

namespace suasana::testing {

// libcurl wants one global init per process; the tests share it.
inline const fetch::CurlGlobal& curl_global() {
    static fetch::CurlGlobal global;
    return global;
}

// No host delay and one quick retry, so each test takes milliseconds unless it measures time.
inline FetchSettings fast_settings() {
    FetchSettings s;
    s.timeout_s = 5;
    s.delay_ms = 0;
    s.retries = 1;
    return s;
}

// Backoff short enough for tests; the real default is a second.
inline fetch::FetchTuning fast_tuning() {
    fetch::FetchTuning t;
    t.backoff_base = std::chrono::milliseconds(20);
    t.backoff_cap = std::chrono::milliseconds(200);
    return t;
}

inline HttpResponse html(std::string body, int status = 200) {
    HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    r.body = std::move(body);
    return r;
}

inline HttpResponse redirect_to(std::string location, int status = 302) {
    HttpResponse r;
    r.status = status;
    r.headers = {{"Location", std::move(location)}};
    return r;
}

inline double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace suasana::testing
