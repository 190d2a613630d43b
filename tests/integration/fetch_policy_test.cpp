// The fetcher's pure decisions, without a network: Retry-After, backoff, redirect hops, and
// what an answer means (kept with the integration tests that exercise the same rules live).
#include <catch2/catch.hpp>

#include "fetch/redirect.hpp"
#include "fetch/response_policy.hpp"
#include "fetch/retry.hpp"

using namespace suasana::fetch;
using std::chrono::milliseconds;
using suasana::FetchOutcome;

TEST_CASE("Retry-After is read as seconds or as an HTTP date", "[fetch][policy]") {
    const std::int64_t now = 1690000000;  // 2023-07-22T04:26:40Z
    CHECK(parse_retry_after("120", now) == 120);
    CHECK(parse_retry_after(" 0 ", now) == 0);
    CHECK(parse_retry_after("Sat, 22 Jul 2023 04:27:40 GMT", now) == 60);
    CHECK(parse_retry_after("Sat, 22 Jul 2023 04:00:00 GMT", now) == 0);  // in the past
    CHECK_FALSE(parse_retry_after("soon", now));
    CHECK_FALSE(parse_retry_after("", now));
}

TEST_CASE("backoff doubles per retry, is capped, and is jittered into 50% to 100%",
          "[fetch][policy]") {
    CHECK(backoff_delay(1, milliseconds(1000), milliseconds(30000), 1.0) == milliseconds(1000));
    CHECK(backoff_delay(3, milliseconds(1000), milliseconds(30000), 1.0) == milliseconds(4000));
    CHECK(backoff_delay(9, milliseconds(1000), milliseconds(30000), 1.0) == milliseconds(30000));
    CHECK(backoff_delay(2, milliseconds(1000), milliseconds(30000), 0.0) == milliseconds(1000));
}

TEST_CASE("a redirect hop must stay on http(s), not loop, and not be the 6th", "[fetch][policy]") {
    std::vector<std::string> visited = {"https://a.id/x"};
    const Hop get{"https://a.id/x", "GET", true};
    CHECK(next_hop(get, 302, "/y", visited).value().url == "https://a.id/y");
    CHECK_FALSE(next_hop(get, 302, "file:///etc/passwd", visited));
    CHECK_FALSE(next_hop(get, 302, "javascript:alert(1)", visited));
    CHECK_FALSE(next_hop(get, 302, "/x", visited));  // back to itself
    CHECK_FALSE(next_hop(get, 302, "", visited));
    std::vector<std::string> five = {"1", "2", "3", "4", "5", "6"};
    CHECK_FALSE(next_hop(get, 302, "/z", five));
}

TEST_CASE("a redirect never goes from https to http, nor to a URL with a password",
          "[fetch][policy]") {
    std::vector<std::string> visited = {"https://a.id/x"};
    auto down = next_hop(Hop{"https://a.id/x", "GET", true}, 301, "http://a.id/x", visited);
    REQUIRE_FALSE(down);
    CHECK_THAT(down.error().message, Catch::Contains("from https to http://a.id/x refused"));
    CHECK(next_hop(Hop{"http://a.id/x", "GET", true}, 301, "https://a.id/x", {"http://a.id/x"}));
    auto secret =
        next_hop(Hop{"https://a.id/x", "GET", true}, 302, "https://u:s3cret@b.id/", visited);
    REQUIRE_FALSE(secret);
    CHECK_THAT(secret.error().message, !Catch::Contains("s3cret"));
}

TEST_CASE("redirects follow RFC 9110: 303 makes a GET without a body, a POST stays on its origin",
          "[fetch][policy]") {
    std::vector<std::string> visited = {"https://api.a.id/c"};
    const Hop post{"https://api.a.id/c", "POST", true};
    auto see_other = next_hop(post, 303, "https://cdn.b.id/list", visited);
    REQUIRE(see_other);
    CHECK(see_other->method == "GET");
    CHECK_FALSE(see_other->sends_body);
    for (long status : {301L, 302L, 307L, 308L}) {
        CAPTURE(status);
        auto same = next_hop(post, status, "/c2", visited);
        REQUIRE(same);
        CHECK(same->method == "POST");
        CHECK(same->sends_body);
        auto away = next_hop(post, status, "https://other.b.id/c", visited);
        REQUIRE_FALSE(away);
        CHECK_THAT(away.error().message, Catch::Contains("never re-sent to another origin"));
        // Another port or scheme is another origin too.
        CHECK_FALSE(next_hop(post, status, "https://api.a.id:8443/c", visited));
    }
    auto head = next_hop(Hop{"https://a.id/x", "HEAD", false}, 303, "/y", visited);
    REQUIRE(head);
    CHECK(head->method == "HEAD");
}

TEST_CASE("what an answer means", "[fetch][policy]") {
    RetryBudget budget{2, 120, 1690000000};
    Attempt a;
    a.status = 200;
    a.content_type = "application/pdf";
    CHECK(decide(a, budget).outcome == FetchOutcome::not_html);
    a.status = 404;
    CHECK(decide(a, budget).outcome == FetchOutcome::http_error);  // other 4xx: not retried
    a.status = 503;
    CHECK(decide(a, budget).next == Decision::Next::retry);
    a.retry_after = "600";
    CHECK(decide(a, budget).outcome == FetchOutcome::throttled);
    a.status = 429;
    a.retry_after = "";
    CHECK(decide(a, RetryBudget{0, 120, 0}).outcome == FetchOutcome::throttled);
    a.status = 304;
    CHECK(decide(a, budget).outcome == FetchOutcome::unchanged);
    a.status = 403;
    a.body = "<title>Just a moment...</title> cloudflare";
    CHECK(decide(a, budget).outcome == FetchOutcome::blocked);
    Attempt slow;
    slow.transport = Transport::timeout;
    CHECK(decide(slow, budget).next == Decision::Next::retry);
    CHECK(decide(slow, RetryBudget{0, 120, 0}).outcome == FetchOutcome::timeout);
}
