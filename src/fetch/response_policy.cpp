#include "fetch/response_policy.hpp"

#include "fetch/block_page.hpp"
#include "fetch/retry.hpp"
#include "util/strings.hpp"

namespace suasana::fetch {

namespace {

Decision finish(FetchOutcome outcome, std::string message = {}) {
    Decision d;
    d.outcome = outcome;
    d.message = std::move(message);
    return d;
}

Decision retry(std::chrono::seconds at_least = std::chrono::seconds(0)) {
    Decision d;
    d.next = Decision::Next::retry;
    d.at_least = at_least;
    return d;
}

Decision decide_transport(const Attempt& a, const RetryBudget& budget) {
    switch (a.transport) {
        case Transport::too_large:
            return finish(FetchOutcome::too_large, a.transport_message);
        case Transport::timeout:
            if (budget.retries_left > 0) return retry();
            return finish(FetchOutcome::timeout, a.transport_message);
        case Transport::connection:
            if (budget.retries_left > 0) return retry();
            return finish(FetchOutcome::network_error, a.transport_message);
        case Transport::failed:
        case Transport::ok:
            break;
    }
    return finish(FetchOutcome::network_error, a.transport_message);
}

// 429 and 5xx: wait as asked (within reason), or give up with the right name for it.
Decision decide_retryable(const Attempt& a, const RetryBudget& budget) {
    auto wait = parse_retry_after(a.retry_after, budget.now_epoch_s);
    if (wait && *wait > budget.max_retry_after_s) {
        return finish(FetchOutcome::throttled,
                      "HTTP " + std::to_string(a.status) + " asked to retry after " +
                          std::to_string(*wait) + " s, more than max_retry_after_s (" +
                          std::to_string(budget.max_retry_after_s) + ")");
    }
    if (budget.retries_left > 0) return retry(std::chrono::seconds(wait.value_or(0)));
    if (a.status == 429)
        return finish(FetchOutcome::throttled, "HTTP 429 (too many requests) on every attempt");
    return finish(FetchOutcome::http_error, "HTTP " + std::to_string(a.status));
}

}  // namespace

bool is_html_type(std::string_view content_type) {
    std::string t = util::to_lower_ascii(util::trim(content_type));
    return t.empty() || util::starts_with(t, "text/html") ||
           util::starts_with(t, "application/xhtml+xml");
}

bool is_json_type(std::string_view content_type) {
    std::string t = util::to_lower_ascii(util::trim(content_type));
    return t.empty() || util::starts_with(t, "application/json") ||
           util::starts_with(t, "text/json") || util::starts_with(t, "text/plain") ||
           util::starts_with(t, "text/javascript") ||
           util::starts_with(t, "application/javascript") || t.find("+json") != std::string::npos;
}

Decision decide(const Attempt& a, const RetryBudget& budget) {
    if (a.transport != Transport::ok) return decide_transport(a, budget);
    if (a.local_file) return finish(FetchOutcome::ok);
    long s = a.status;
    if (s == 304) return finish(FetchOutcome::unchanged, "not modified since the last fetch");
    if (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) {
        Decision d;
        d.next = Decision::Next::redirect;
        return d;
    }
    // A bot wall is checked before any retry: waiting does not lift a block, and asking again
    // looks like an attempt to get around it.
    if (auto wall = find_bot_wall(s, a.body))
        return finish(FetchOutcome::blocked, blocked_message(*wall, s, a.url));
    if (is_retryable_status(s)) return decide_retryable(a, budget);
    if (s >= 300) return finish(FetchOutcome::http_error, "HTTP " + std::to_string(s));
    if (a.json && !is_json_type(a.content_type))
        return finish(FetchOutcome::not_html, "content type '" + a.content_type + "' is not JSON");
    if (!a.json && !is_html_type(a.content_type))
        return finish(FetchOutcome::not_html, "content type '" + a.content_type + "' is not HTML");
    return finish(FetchOutcome::ok);
}

}  // namespace suasana::fetch
