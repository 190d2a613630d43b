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
    CHECK(next_hop("https://a.id/x", "/y", visited).value() == "https://a.id/y");
    CHECK_FALSE(next_hop("https://a.id/x", "file:///etc/passwd", visited));
    CHECK_FALSE(next_hop("https://a.id/x", "javascript:alert(1)", visited));
    CHECK_FALSE(next_hop("https://a.id/x", "/x", visited));  // back to itself
    CHECK_FALSE(next_hop("https://a.id/x", "", visited));
    std::vector<std::string> five = {"1", "2", "3", "4", "5", "6"};
    CHECK_FALSE(next_hop("https://a.id/x", "/z", five));
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
