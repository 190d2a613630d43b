// Politeness against a loopback server: robots.txt obeyed (allow, disallow, Crawl-delay, 5xx),
// the per-host delay kept, and different hosts fetched in parallel.
#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>

#include "fetch_fixtures.hpp"
#include "text/charset.hpp"

using suasana::AllowFile;
using suasana::FetchOutcome;
using suasana::FetchRequest;
using suasana::FetchResult;
using suasana::FetchSettings;
using suasana::fetch::CurlFetcher;
using namespace suasana::testing;
using Clock = std::chrono::steady_clock;

namespace {

// Remembers when each path was asked for, to measure the gaps between requests.
class Arrivals {
  public:
    void note(const std::string& path) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_times.emplace_back(path, Clock::now());
    }
    std::vector<Clock::time_point> pages() const {
        std::lock_guard<std::mutex> lock(m_mutex);
        std::vector<Clock::time_point> out;
        for (const auto& [path, time] : m_times)
            if (path != "/robots.txt") out.push_back(time);
        return out;
    }

  private:
    mutable std::mutex m_mutex;
    std::vector<std::pair<std::string, Clock::time_point>> m_times;
};

// Returns the smallest gap, in milliseconds, between the starts the scheduler recorded for
// `results` (one host's requests): what politeness promises, free of network jitter.
std::int64_t smallest_start_gap(std::vector<FetchResult> results) {
    std::sort(results.begin(), results.end(),
              [](const auto& a, const auto& b) { return a.started_ms < b.started_ms; });
    std::int64_t gap = std::numeric_limits<std::int64_t>::max();
    for (std::size_t i = 1; i < results.size(); ++i)
        gap = std::min(gap, results[i].started_ms - results[i - 1].started_ms);
    return gap;
}

std::vector<FetchRequest> pages_of(const HttpServer& server, int n, std::size_t first_tag = 0) {
    std::vector<FetchRequest> batch;
    for (int i = 0; i < n; ++i)
        batch.push_back(
            {server.url("/p" + std::to_string(i)), first_tag + batch.size(), AllowFile::no});
    return batch;
}

HttpResponse robots_txt(std::string text) {
    HttpResponse r;
    r.headers = {{"Content-Type", "text/plain"}};
    r.body = std::move(text);
    return r;
}

}  // namespace

TEST_CASE("N requests to one host take at least (N-1) x delay", "[fetch][politeness]") {
    curl_global();
    Arrivals arrivals;
    HttpServer server([&](const HttpRequest& request) {
        arrivals.note(request.path);
        return html("<p>ok</p>");
    });
    FetchSettings settings = fast_settings();
    settings.delay_ms = 200;
    settings.per_host = 4;  // the delay, not the slots, must space the requests
    settings.robots = false;
    CurlFetcher fetcher(settings, fast_tuning());
    auto start = Clock::now();
    auto results = fetcher.fetch_all(pages_of(server, 4));
    CHECK(seconds_since(start) >= 0.6);
    for (const auto& r : results) CHECK(r.outcome == FetchOutcome::ok);
    CHECK(smallest_start_gap(results) >= 200);  // the scheduler's own clock: no slack
    CHECK(arrivals.pages().size() == 4);
}

TEST_CASE("two hosts are fetched in parallel, each at its own pace", "[fetch][politeness]") {
    curl_global();
    Arrivals one, two;
    HttpServer first([&](const HttpRequest& r) {
        one.note(r.path);
        return html("<p>1</p>");
    });
    HttpServer second(
        [&](const HttpRequest& r) {
            two.note(r.path);
            return html("<p>2</p>");
        },
        "127.0.0.2");
    FetchSettings settings = fast_settings();
    settings.delay_ms = 200;
    settings.robots = false;
    CurlFetcher fetcher(settings, fast_tuning());
    auto batch = pages_of(first, 4);
    for (auto& request : pages_of(second, 4, 4)) batch.push_back(request);
    auto results = fetcher.fetch_all(batch);
    for (const auto& r : results) CHECK(r.outcome == FetchOutcome::ok);
    CHECK(smallest_start_gap({results.begin(), results.begin() + 4}) >= 200);
    CHECK(smallest_start_gap({results.begin() + 4, results.end()}) >= 200);
    // In parallel, not one host after the other: each host's first request starts before the
    // other's last (the scheduler's times, however slow the machine).
    CHECK(results[4].started_ms < results[3].started_ms);
    CHECK(results[0].started_ms < results[7].started_ms);
    CHECK(one.pages().size() == 4);
    CHECK(two.pages().size() == 4);
}

TEST_CASE("robots.txt: our group decides, disallowed pages are never asked for",
          "[fetch][robots]") {
    curl_global();
    HttpServer server([](const HttpRequest& request) {
        if (request.path == "/robots.txt")
            return robots_txt(
                "User-agent: *\nDisallow: /\n\nUser-agent: suasana\n"
                "Disallow: /private\n");
        return html("<p>ok</p>");
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto results = fetcher.fetch_all({{server.url("/berita/1"), 0, AllowFile::no},
                                      {server.url("/private/2"), 1, AllowFile::no},
                                      {server.url("/berita/3"), 2, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::ok);
    CHECK(results[1].outcome == FetchOutcome::robots);
    CHECK_THAT(results[1].message, Catch::Contains("robots.txt"));
    CHECK(results[2].outcome == FetchOutcome::ok);
    int robots = 0, private_pages = 0;
    for (const auto& r : server.requests()) {
        robots += r.path == "/robots.txt";
        private_pages += r.path == "/private/2";
    }
    CHECK(robots == 1);  // once per host per run
    CHECK(private_pages == 0);
}

TEST_CASE("robots.txt: a disallowed redirect target is not followed", "[fetch][robots]") {
    curl_global();
    HttpServer server([](const HttpRequest& request) {
        if (request.path == "/robots.txt") return robots_txt("User-agent: *\nDisallow: /admin\n");
        if (request.path == "/go") return redirect_to("/admin/x");
        return html("<p>ok</p>");
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto r = fetcher.fetch_all({{server.url("/go"), 0, AllowFile::no}})[0];
    CHECK(r.outcome == FetchOutcome::robots);
    CHECK(r.final_url == server.url("/admin/x"));
}

TEST_CASE("robots.txt: Crawl-delay raises the per-host delay", "[fetch][robots]") {
    curl_global();
    Arrivals arrivals;
    HttpServer server([&](const HttpRequest& request) {
        arrivals.note(request.path);
        if (request.path == "/robots.txt") return robots_txt("User-agent: *\nCrawl-delay: 0.3\n");
        return html("<p>ok</p>");
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());  // delay_ms = 0
    auto results = fetcher.fetch_all(pages_of(server, 3));
    for (const auto& r : results) CHECK(r.outcome == FetchOutcome::ok);
    CHECK(smallest_start_gap(results) >= 300);
}

TEST_CASE("robots.txt: 404 allows all, 5xx means not now, off means not asked", "[fetch][robots]") {
    curl_global();
    HttpServer missing([](const HttpRequest&) { return html("<p>ok</p>"); });
    HttpServer failing([](const HttpRequest& request) {
        if (request.path == "/robots.txt") return html("down", 503);
        return html("<p>ok</p>");
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto results = fetcher.fetch_all(
        {{missing.url("/p"), 0, AllowFile::no}, {failing.url("/p"), 1, AllowFile::no}});
    CHECK(results[0].outcome == FetchOutcome::ok);
    CHECK(results[1].outcome == FetchOutcome::robots);
    CHECK_THAT(results[1].message, Catch::Contains("503"));
    CHECK(failing.requests().size() == 1);  // only robots.txt

    FetchSettings settings = fast_settings();
    settings.robots = false;
    CurlFetcher careless(settings, fast_tuning());
    CHECK(careless.fetch_all({{failing.url("/p"), 0, AllowFile::no}})[0].ok());
    CHECK(failing.requests().back().path == "/p");
}

TEST_CASE("a windows-1252 page arrives with its accented letters intact", "[fetch][charset]") {
    curl_global();
    HttpServer server([](const HttpRequest&) {
        HttpResponse r;
        r.headers = {{"Content-Type", "text/html; charset=windows-1252"}};
        r.body = "<p>Caf\xE9 \x93kopi\x94 \x96 na\xEFve</p>";
        return r;
    });
    CurlFetcher fetcher(fast_settings(), fast_tuning());
    auto r = fetcher.fetch_all({{server.url("/kopi"), 0, AllowFile::no}})[0];
    REQUIRE(r.ok());
    auto page = suasana::text::decode_page(r.body, r.content_type);
    REQUIRE(page);
    CHECK(page->utf8 ==
          "<p>Caf\xC3\xA9 \xE2\x80\x9Ckopi\xE2\x80\x9D \xE2\x80\x93 na\xC3\xAFve</p>");
    CHECK(page->replaced == 0);
}
