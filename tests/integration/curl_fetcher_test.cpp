// The real libcurl against a loopback server: outcomes, limits, schemes, and order of results.
#include <catch2/catch.hpp>

#include <fstream>

#include "fetch/curl_fetcher.hpp"
#include "fetch/url.hpp"
#include "fetch_fixtures.hpp"
#include "support/http_server.hpp"

using suasana::AllowFile;
using suasana::FetchOutcome;
using suasana::FetchRequest;
using suasana::FetchSettings;
using suasana::fetch::CurlFetcher;
using suasana::testing::curl_global;
using suasana::testing::fast_settings;
using suasana::testing::fast_tuning;
using suasana::testing::html;
using suasana::testing::HttpRequest;
using suasana::testing::HttpResponse;
using suasana::testing::HttpServer;

namespace {

// A site with the pages the tests ask for, by path.
HttpResponse site(const HttpRequest& request) {
    if (request.path == "/ok") return html("<p>halo</p>");
    if (request.path == "/missing") {
        HttpResponse r = html("not here");
        r.status = 404;
        return r;
    }
    if (request.path == "/error") {
        HttpResponse r = html("oops");
        r.status = 500;
        return r;
    }
    if (request.path == "/json") {
        HttpResponse r;
        r.headers = {{"Content-Type", "application/json"}};
        r.body = "{}";
        return r;
    }
    if (request.path == "/big") return html(std::string(100000, 'x'));
    if (request.path == "/big-chunked") {
        HttpResponse r = html(std::string(100000, 'y'));
        r.chunked = true;  // no Content-Length: the size is only known while streaming
        return r;
    }
    if (request.path == "/to-ok") {
        HttpResponse r;
        r.status = 302;
        r.headers = {{"Location", "/ok"}};
        return r;
    }
    if (request.path == "/to-file") {
        HttpResponse r;
        r.status = 302;
        r.headers = {{"Location", "file:///etc/passwd"}};
        return r;
    }
    if (request.path == "/loop") {
        HttpResponse r;
        r.status = 302;
        r.headers = {{"Location", "/loop"}};
        return r;
    }
    if (request.path == "/slow") {
        HttpResponse r = html("late");
        r.delay = std::chrono::milliseconds(3000);
        return r;
    }
    HttpResponse r = html("?");
    r.status = 404;
    return r;
}

}  // namespace

TEST_CASE("a page arrives with status, headers and body", "[fetch]") {
    curl_global();
    HttpServer server(site);
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto results = fetcher.fetch_all({{server.url("/ok"), 7, AllowFile::no}});
    REQUIRE(results.size() == 1);
    const auto& r = results[0];
    CHECK(r.outcome == FetchOutcome::ok);
    CHECK(r.tag == 7);
    CHECK(r.http_status == 200);
    CHECK(r.body == "<p>halo</p>");
    CHECK(r.content_type == "text/html; charset=utf-8");
    bool saw_type = false;
    for (const auto& [name, value] : r.headers) saw_type = saw_type || name == "content-type";
    CHECK(saw_type);
}

TEST_CASE("the request says who we are and which language we read", "[fetch]") {
    curl_global();
    HttpServer server(site);
    FetchSettings settings = fast_settings();
    settings.user_agent = "suasana-test/1.0";
    CurlFetcher fetcher(settings, fast_tuning());
    fetcher.fetch_all({{server.url("/ok"), 0, AllowFile::no}});
    auto requests = server.requests();
    REQUIRE(requests.size() == 2);  // robots.txt first, then the page
    CHECK(requests[0].path == "/robots.txt");
    for (const auto& request : requests) {
        CHECK(request.header("User-Agent") == "suasana-test/1.0");
        CHECK(request.header("Accept-Language") == "id-ID,id;q=0.9");
        CHECK_FALSE(request.header("Accept-Encoding").empty());
    }
}

TEST_CASE("failures are outcomes of their own request, not of the batch", "[fetch]") {
    curl_global();
    HttpServer server(site);
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    std::vector<FetchRequest> batch = {{server.url("/missing"), 0, AllowFile::no},
                                       {server.url("/error"), 1, AllowFile::no},
                                       {server.url("/json"), 2, AllowFile::no},
                                       {"http://127.0.0.1:1/closed", 3, AllowFile::no},
                                       {server.url("/ok"), 4, AllowFile::no}};
    auto results = fetcher.fetch_all(batch);
    REQUIRE(results.size() == 5);
    CHECK(results[0].outcome == FetchOutcome::http_error);
    CHECK(results[0].message == "HTTP 404");
    CHECK(results[1].outcome == FetchOutcome::http_error);
    CHECK(results[1].http_status == 500);
    CHECK(results[2].outcome == FetchOutcome::not_html);
    CHECK(results[3].outcome == FetchOutcome::network_error);
    CHECK_FALSE(results[3].message.empty());
    CHECK(results[4].outcome == FetchOutcome::ok);
    for (std::size_t i = 0; i < results.size(); ++i) CHECK(results[i].tag == i);
}

TEST_CASE("a body over max_bytes is aborted while streaming, with or without a length", "[fetch]") {
    curl_global();
    HttpServer server(site);
    FetchSettings settings = fast_settings();
    settings.max_bytes = 50000;
    CurlFetcher fetcher(settings, fast_tuning());
    auto results = fetcher.fetch_all(
        {{server.url("/big"), 0, AllowFile::no}, {server.url("/big-chunked"), 1, AllowFile::no}});
    for (const auto& r : results) {
        CHECK(r.outcome == FetchOutcome::too_large);
        CHECK(r.body.empty());
    }
}

TEST_CASE("redirects are followed to http(s) only, and loops end", "[fetch]") {
    curl_global();
    HttpServer server(site);
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto results = fetcher.fetch_all({{server.url("/to-ok"), 0, AllowFile::yes},
                                      {server.url("/to-file"), 1, AllowFile::yes},
                                      {server.url("/loop"), 2, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::ok);
    CHECK(results[0].final_url == server.url("/ok"));
    CHECK(results[1].outcome == FetchOutcome::refused_redirect);
    CHECK(results[1].body.empty());
    CHECK(results[2].outcome == FetchOutcome::refused_redirect);
}

TEST_CASE("file:// is read only where the request allows it", "[fetch]") {
    curl_global();
    std::string path =
        std::string(SUASANA_SOURCE_DIR) + "/samples/gate-square/post-status-31415926.html";
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto results = fetcher.fetch_all(
        {{"file://" + path, 0, AllowFile::yes}, {"file://" + path, 1, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::ok);
    CHECK(results[0].body.find("Kebun binatang berkelahi haha") != std::string::npos);
    CHECK(results[1].outcome == FetchOutcome::network_error);
    CHECK(results[1].body.empty());
}

TEST_CASE("a slow server ends as a timeout", "[fetch]") {
    curl_global();
    HttpServer server(site);
    FetchSettings settings = fast_settings();
    settings.timeout_s = 1;
    settings.retries = 0;
    settings.robots = false;
    CurlFetcher fetcher(settings, fast_tuning());
    auto results = fetcher.fetch_all({{server.url("/slow"), 0, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::timeout);
    CHECK(results[0].attempts == 1);
}

TEST_CASE("at most `concurrency` transfers are in flight, and every result comes back", "[fetch]") {
    curl_global();
    std::atomic<int> in_flight{0}, most{0};
    HttpServer server([&](const HttpRequest&) {
        int now = ++in_flight;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        --in_flight;
        return html("<p>ok</p>");
    });
    FetchSettings settings = fast_settings();
    settings.concurrency = 3;
    CurlFetcher fetcher(settings, fast_tuning());
    std::vector<FetchRequest> batch;
    for (std::size_t i = 0; i < 12; ++i)
        batch.push_back({server.url("/p" + std::to_string(i)), i, AllowFile::no});
    auto results = fetcher.fetch_all(batch);
    REQUIRE(results.size() == 12);
    for (const auto& r : results) CHECK(r.outcome == FetchOutcome::ok);
    CHECK(most.load() <= 3);
    CHECK(most.load() >= 2);
}

TEST_CASE("relative links resolve against the page they were found on", "[fetch]") {
    using suasana::fetch::resolve_url;
    CHECK(resolve_url("http://h.example/a/b/index.html", "comment-page-2.html#comments") ==
          "http://h.example/a/b/comment-page-2.html");
    CHECK(resolve_url("file:///srv/s/index.html", "../x.html") == "file:///srv/x.html");
    CHECK(resolve_url("https://h.example/a/", "/root?p=2") == "https://h.example/root?p=2");
    CHECK(resolve_url("https://h.example/a/", "https://other.example/z") ==
          "https://other.example/z");
}
