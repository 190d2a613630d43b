// The fetcher against a hostile network: resets, flaky servers, throttling, redirect tricks,
// bot walls, oversized and compressed bodies, and conditional requests.
#include <catch2/catch.hpp>

#include <atomic>

#include "fetch_fixtures.hpp"

using suasana::AllowFile;
using suasana::FetchOutcome;
using suasana::FetchRequest;
using suasana::FetchSettings;
using suasana::fetch::CurlFetcher;
using namespace suasana::testing;

namespace {

const char* const k_akamai_page =
    "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n"
    "You don't have permission to access \"http&#58;&#47;&#47;www&#46;example&#46;id&#47;\" on "
    "this server.<P>\nReference&#32;&#35;18&#46;2f4e1002&#46;1690000000&#46;1a2b3c4d\n"
    "<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;2f4e1002</P>\n"
    "</BODY>\n</HTML>\n";

}  // namespace

TEST_CASE("a 500 followed by a 200 is retried and counted", "[fetch]") {
    curl_global();
    std::atomic<int> calls{0};
    HttpServer server([&](const HttpRequest& request) {
        if (request.path != "/flaky") return html("?", 404);
        return ++calls == 1 ? html("oops", 500) : html("<p>pulih</p>");
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto r = fetcher.fetch_all({{server.url("/flaky"), 0, AllowFile::no}})[0];
    CHECK(r.outcome == FetchOutcome::ok);
    CHECK(r.body == "<p>pulih</p>");
    CHECK(r.attempts == 2);
}

TEST_CASE("a reset connection is retried, and reported when it keeps happening", "[fetch]") {
    curl_global();
    std::atomic<int> calls{0};
    HttpServer server([&](const HttpRequest& request) {
        HttpResponse reset;
        reset.reset = true;
        if (request.path == "/once") return ++calls == 1 ? reset : html("<p>ok</p>");
        if (request.path == "/always") return reset;
        return html("?", 404);
    });
    FetchSettings settings = fast_settings();
    // Without robots.txt first, the reset hits a fresh connection: on a reused one libcurl
    // itself retries once, and the count would not be ours.
    settings.robots = false;
    settings.concurrency = 1;
    CurlFetcher fetcher(settings, fast_tuning());
    auto results = fetcher.fetch_all(
        {{server.url("/once"), 0, AllowFile::no}, {server.url("/always"), 1, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::ok);
    CHECK(results[0].attempts == 2);
    CHECK(results[1].outcome == FetchOutcome::network_error);
    CHECK(results[1].attempts == 2);  // retries = 1
    CHECK_FALSE(results[1].message.empty());
}

TEST_CASE("429 with Retry-After is waited out and retried, not called blocked", "[fetch]") {
    curl_global();
    std::atomic<int> calls{0};
    HttpServer server([&](const HttpRequest& request) {
        if (request.path != "/busy") return html("?", 404);
        if (++calls > 1) return html("<p>giliran anda</p>");
        HttpResponse r = html("<p>Too many requests, slow down</p>", 429);
        r.headers.emplace_back("Retry-After", "1");
        return r;
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto start = std::chrono::steady_clock::now();
    auto r = fetcher.fetch_all({{server.url("/busy"), 0, AllowFile::no}})[0];
    CHECK(r.outcome == FetchOutcome::ok);
    CHECK(r.attempts == 2);
    CHECK(seconds_since(start) >= 0.95);  // Retry-After: 1 obeyed
}

TEST_CASE("a Retry-After beyond max_retry_after_s ends as throttled at once", "[fetch]") {
    curl_global();
    HttpServer server([](const HttpRequest& request) {
        if (request.path != "/later") return html("?", 404);
        HttpResponse r = html("come back tomorrow", 503);
        r.headers.emplace_back("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT");
        return r;
    });
    FetchSettings settings = fast_settings();
    settings.retries = 3;
    CurlFetcher fetcher(settings, fast_tuning());
    auto r = fetcher.fetch_all({{server.url("/later"), 0, AllowFile::no}})[0];
    CHECK(r.outcome == FetchOutcome::throttled);
    CHECK(r.attempts == 1);
    CHECK_THAT(r.message, Catch::Contains("max_retry_after_s"));
}

TEST_CASE("an Akamai 403 page is blocked, not retried, and points to ingest", "[fetch]") {
    curl_global();
    HttpServer server([](const HttpRequest& request) {
        if (request.path == "/wall") return html(k_akamai_page, 403);
        if (request.path == "/denied-200") return html("<h1>Access Denied</h1><p>Reference #1</p>");
        if (request.path == "/plain-403") return html("<h1>Forbidden</h1>", 403);
        return html("?", 404);
    });
    FetchSettings settings = fast_settings();
    settings.retries = 3;
    CurlFetcher fetcher(settings, fast_tuning());
    auto results = fetcher.fetch_all({{server.url("/wall"), 0, AllowFile::no},
                                      {server.url("/denied-200"), 1, AllowFile::no},
                                      {server.url("/plain-403"), 2, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::blocked);
    CHECK(results[0].attempts == 1);
    CHECK(results[0].http_status == 403);
    CHECK_THAT(results[0].message, Catch::Contains("suasana ingest"));
    CHECK(results[0].body.empty());
    CHECK(results[1].outcome == FetchOutcome::ok);  // a page may say "Access Denied"
    CHECK(results[2].outcome == FetchOutcome::http_error);
    int wall_requests = 0;
    for (const auto& request : server.requests()) wall_requests += request.path == "/wall";
    CHECK(wall_requests == 1);
}

TEST_CASE("redirect chains are followed to 5 hops, but loops, a 6th hop and file:// are refused",
          "[fetch]") {
    curl_global();
    HttpServer server([](const HttpRequest& request) {
        const std::string& p = request.path;
        if (p.size() == 6 && p.rfind("/hop", 0) == 0) {  // /hopN -> /hop(N-1) ... /hop0 -> /ok
            int n = p[4] - '0';
            return redirect_to(n == 0 ? "/ok" : "/hop" + std::to_string(n - 1) + "/", 301);
        }
        if (p == "/ok") return html("<p>tiba</p>");
        if (p == "/a") return redirect_to("/b");
        if (p == "/b") return redirect_to("/a");
        if (p == "/to-file") return redirect_to("file:///etc/passwd");
        if (p == "/to-ftp") return redirect_to("ftp://127.0.0.1/x");
        return html("?", 404);
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto results = fetcher.fetch_all({{server.url("/hop4/"), 0, AllowFile::no},
                                      {server.url("/hop5/"), 1, AllowFile::no},
                                      {server.url("/a"), 2, AllowFile::no},
                                      {server.url("/to-file"), 3, AllowFile::yes},
                                      {server.url("/to-ftp"), 4, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::ok);  // 5 redirects
    CHECK(results[0].final_url == server.url("/ok"));
    CHECK(results[0].url == server.url("/hop4/"));
    CHECK(results[1].outcome == FetchOutcome::refused_redirect);  // would be the 6th
    CHECK_THAT(results[1].message, Catch::Contains("more than 5"));
    CHECK(results[2].outcome == FetchOutcome::refused_redirect);
    CHECK_THAT(results[2].message, Catch::Contains("loop"));
    CHECK(results[3].outcome == FetchOutcome::refused_redirect);
    CHECK(results[3].body.empty());
    CHECK(results[4].outcome == FetchOutcome::refused_redirect);
}

TEST_CASE("an oversized body is cut off while streaming, also when gzip hides its size",
          "[fetch]") {
    curl_global();
    const std::string big(300000, 'a');  // compresses to well under max_bytes
    HttpServer server([&](const HttpRequest& request) {
        HttpResponse r = html(request.path == "/small-gz" ? "<p>kecil</p>" : big);
        r.headers.emplace_back("Content-Encoding", "gzip");
        r.body = gzip(r.body);
        return r;
    });
    FetchSettings settings = fast_settings();
    settings.max_bytes = 100000;
    CurlFetcher fetcher(settings, fast_tuning());
    auto results = fetcher.fetch_all(
        {{server.url("/big-gz"), 0, AllowFile::no}, {server.url("/small-gz"), 1, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::too_large);
    CHECK(results[0].body.empty());
    CHECK(results[1].outcome == FetchOutcome::ok);
    CHECK(results[1].body == "<p>kecil</p>");  // decompressed for us
}

TEST_CASE("conditional requests send the validators and a 304 is unchanged", "[fetch]") {
    curl_global();
    HttpServer server([](const HttpRequest& request) {
        if (request.header("If-None-Match") == "\"v1\"") {
            HttpResponse r;
            r.status = 304;
            r.headers = {{"ETag", "\"v1\""}};
            return r;
        }
        HttpResponse r = html("<p>baru</p>");
        r.headers.emplace_back("ETag", "\"v1\"");
        r.headers.emplace_back("Last-Modified", "Sat, 22 Jul 2023 10:00:00 GMT");
        return r;
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto first = fetcher.fetch_all({{server.url("/artikel"), 0, AllowFile::no}})[0];
    CHECK(first.outcome == FetchOutcome::ok);
    CHECK(first.etag == "\"v1\"");
    CHECK(first.last_modified == "Sat, 22 Jul 2023 10:00:00 GMT");
    FetchRequest again{server.url("/artikel"), 0, AllowFile::no};
    again.etag = first.etag;
    again.last_modified = first.last_modified;
    auto second = fetcher.fetch_all({again})[0];
    CHECK(second.outcome == FetchOutcome::unchanged);
    CHECK(second.http_status == 304);
    CHECK(second.body.empty());
    auto requests = server.requests();
    CHECK(requests.back().header("If-Modified-Since") == "Sat, 22 Jul 2023 10:00:00 GMT");
}
