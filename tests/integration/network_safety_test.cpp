// The fetcher's network safety against loopback servers on two addresses (127.0.0.1 and
// 127.0.0.2 are different hosts to libcurl and to us): a request's own headers never follow it
// to another host, cookies are never kept, and only http(s) is followed.
#include <catch2/catch.hpp>

#include "fetch_fixtures.hpp"

using suasana::AllowFile;
using suasana::FetchOutcome;
using suasana::FetchRequest;
using suasana::FetchSettings;
using suasana::fetch::CurlFetcher;
using namespace suasana::testing;

namespace {

// A request as a scraper with `headers = { Authorization = ..., Cookie = ..., X-Api-Key = ... }`
// makes it.
FetchRequest with_credentials(std::string url, std::size_t tag) {
    FetchRequest r(std::move(url), tag, AllowFile::no);
    r.headers = {{"Authorization", "Bearer rahasia"}, {"Cookie", "sesi=abc"}, {"X-Api-Key", "k1"}};
    r.etag = "\"v1\"";
    return r;
}

const HttpRequest* find_request(const std::vector<HttpRequest>& log, const std::string& path) {
    for (const auto& r : log)
        if (r.path == path) return &r;
    return nullptr;
}

FetchSettings no_robots() {
    FetchSettings s = fast_settings();
    s.robots = false;
    return s;
}

}  // namespace

TEST_CASE(
    "a redirect to another host carries none of the request's headers, one to the same host does",
    "[fetch][network-safety]") {
    curl_global();
    HttpServer other([](const HttpRequest&) { return html("<p>di tempat lain</p>"); }, "127.0.0.2");
    const std::string away = other.url("/landing");
    HttpServer first([&](const HttpRequest& request) {
        if (request.path == "/away") return redirect_to(away);
        if (request.path == "/stay") return redirect_to("/here");
        return html("<p>di sini</p>");
    });
    CurlFetcher fetcher(no_robots(), fast_tuning());
    auto results = fetcher.fetch_all(
        {with_credentials(first.url("/away"), 0), with_credentials(first.url("/stay"), 1)});
    REQUIRE(results.size() == 2);
    CHECK(results[0].outcome == FetchOutcome::ok);
    CHECK(results[0].final_url == away);
    CHECK(results[1].outcome == FetchOutcome::ok);

    auto log = first.requests();
    const HttpRequest* asked = find_request(log, "/away");
    REQUIRE(asked != nullptr);
    CHECK(asked->header("Authorization") == "Bearer rahasia");  // the target's own host
    CHECK(asked->header("X-Api-Key") == "k1");
    const HttpRequest* same_host_hop = find_request(log, "/here");
    REQUIRE(same_host_hop != nullptr);
    CHECK(same_host_hop->header("Authorization") == "Bearer rahasia");

    auto other_log = other.requests();
    const HttpRequest* landed = find_request(other_log, "/landing");
    REQUIRE(landed != nullptr);
    CHECK(landed->header("Authorization").empty());
    CHECK(landed->header("Cookie").empty());
    CHECK(landed->header("X-Api-Key").empty());
    CHECK(landed->header("If-None-Match").empty());
}

TEST_CASE("cookies a server sets are never sent back, to it or to another host",
          "[fetch][network-safety]") {
    curl_global();
    HttpServer other([](const HttpRequest&) { return html("<p>lain</p>"); }, "127.0.0.2");
    const std::string away = other.url("/landing");
    HttpServer first([&](const HttpRequest& request) {
        if (request.path == "/set" || request.path == "/set-away") {
            HttpResponse r = redirect_to(request.path == "/set" ? "/check" : away);
            r.headers.emplace_back("Set-Cookie", "sesi=dari-server; Path=/");
            r.headers.emplace_back("Set-Cookie", "semua=1; Domain=127.0.0.2; Path=/");
            return r;
        }
        return html("<p>periksa</p>");
    });
    CurlFetcher fetcher(no_robots(), fast_tuning());
    auto results = fetcher.fetch_all(
        {{first.url("/set"), 0, AllowFile::no}, {first.url("/set-away"), 1, AllowFile::no}});
    for (const auto& r : results) CHECK(r.outcome == FetchOutcome::ok);
    // A second run of the same fetcher: no cookie jar survives between transfers either.
    auto again = fetcher.fetch_all({{first.url("/check"), 0, AllowFile::no}});
    CHECK(again[0].outcome == FetchOutcome::ok);
    for (const auto& log : {first.requests(), other.requests()}) {
        for (const auto& r : log) {
            CAPTURE(r.target);
            CHECK(r.header("Cookie").empty());
        }
    }
}

TEST_CASE("a redirect from one host to a non-http scheme on another is refused and not fetched",
          "[fetch][network-safety]") {
    curl_global();
    HttpServer first([](const HttpRequest& request) {
        if (request.path == "/to-gopher") return redirect_to("gopher://127.0.0.2/1");
        if (request.path == "/to-dict") return redirect_to("dict://127.0.0.2/x");
        if (request.path == "/to-relative-file") return redirect_to("file:relative");
        return html("?", 404);
    });
    CurlFetcher fetcher(no_robots(), fast_tuning());
    auto results = fetcher.fetch_all({{first.url("/to-gopher"), 0, AllowFile::yes},
                                      {first.url("/to-dict"), 1, AllowFile::yes},
                                      {first.url("/to-relative-file"), 2, AllowFile::yes}});
    for (const auto& r : results) {
        CAPTURE(r.url);
        CHECK(r.outcome == FetchOutcome::refused_redirect);
        CHECK_THAT(r.message, Catch::Contains("refused"));
        CHECK(r.body.empty());
    }
}

namespace {

FetchRequest api_post(std::string url, std::size_t tag) {
    FetchRequest r(std::move(url), tag, AllowFile::no);
    r.method = "POST";
    r.body = R"({"article":"a-1"})";
    r.expect = suasana::Expect::json;
    return r;
}

suasana::testing::HttpResponse json_answer() {
    suasana::testing::HttpResponse r;
    r.headers = {{"Content-Type", "application/json"}};
    r.body = R"({"comments":[]})";
    return r;
}

}  // namespace

TEST_CASE("a 303 after a POST is followed as a GET without the body (RFC 9110 15.4.4)",
          "[fetch][network-safety]") {
    curl_global();
    HttpServer api([](const HttpRequest& request) {
        if (request.path == "/comments") return redirect_to("/comments/list", 303);
        if (request.path == "/moved") return redirect_to("/comments/list", 302);
        return json_answer();
    });
    CurlFetcher fetcher(no_robots(), fast_tuning());
    auto results = fetcher.fetch_all({api_post(api.url("/comments"), 0)});
    REQUIRE(results[0].outcome == FetchOutcome::ok);
    auto log = api.requests();
    REQUIRE(log.size() == 2);
    CHECK(log[0].method == "POST");
    CHECK(log[0].body == R"({"article":"a-1"})");
    CHECK(log[1].path == "/comments/list");
    CHECK(log[1].method == "GET");
    CHECK(log[1].body.empty());

    // A 302 within the origin keeps the method and its body.
    auto moved = fetcher.fetch_all({api_post(api.url("/moved"), 0)});
    REQUIRE(moved[0].outcome == FetchOutcome::ok);
    log = api.requests();
    REQUIRE(log.size() == 4);
    CHECK(log[3].method == "POST");
    CHECK(log[3].body == R"({"article":"a-1"})");
}

TEST_CASE("a POST redirected to another origin is refused and never re-sent there",
          "[fetch][network-safety]") {
    curl_global();
    HttpServer other([](const HttpRequest&) { return json_answer(); }, "127.0.0.2");
    const std::string away = other.url("/collect");
    HttpServer api([&](const HttpRequest& request) {
        int status = std::stoi(request.path.substr(1));
        return redirect_to(away, status);
    });
    CurlFetcher fetcher(no_robots(), fast_tuning());
    auto results = fetcher.fetch_all({api_post(api.url("/301"), 0), api_post(api.url("/302"), 1),
                                      api_post(api.url("/307"), 2), api_post(api.url("/308"), 3)});
    for (const auto& r : results) {
        CAPTURE(r.url);
        CHECK(r.outcome == FetchOutcome::refused_redirect);
        CHECK_THAT(r.message, Catch::Contains("a POST is never re-sent to another origin"));
    }
    CHECK(other.requests().empty());
}
