// The scheduler's half that reads finished transfers: what a page answer means for its job,
// and what a robots.txt answer means for its origin.
#include <ctime>

#include "fetch/redirect.hpp"
#include "fetch/response_policy.hpp"
#include "fetch/retry.hpp"
#include "fetch/scheduler.hpp"

namespace suasana::fetch {

namespace {

Transport transport_of(const Response& r) {
    if (r.too_large) return Transport::too_large;
    switch (r.code) {
        case CURLE_OK:
            return Transport::ok;
        case CURLE_OPERATION_TIMEDOUT:
            return Transport::timeout;
        // A refused, reset or truncated connection may well work on the next attempt.
        case CURLE_COULDNT_CONNECT:
        case CURLE_RECV_ERROR:
        case CURLE_SEND_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
            return Transport::connection;
        default:
            return Transport::failed;
    }
}

// Returns libcurl's wording for a failed transfer; for a TLS failure with the reason from its
// error buffer too ("self-signed certificate"), which the generic wording leaves out.
std::string failure_message(const Response& r) {
    std::string message = curl_easy_strerror(r.code);
    switch (r.code) {
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            if (!r.detail.empty()) message += " (" + r.detail + ")";
            break;
        default:
            break;
    }
    return message;
}

std::int64_t elapsed_ms(Clock::time_point since) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since).count();
}

}  // namespace

void Scheduler::set_hop(Job& job, std::string url) {
    job.url = std::move(url);
    job.parts = split_url(job.url);
    job.origin = job.parts ? job.parts->origin() : std::string();
    job.result.final_url = job.url;
}

void Scheduler::finish(Job& job, FetchOutcome outcome, std::string message) {
    job.state = Job::State::done;
    job.result.outcome = outcome;
    job.result.message = std::move(message);
    if (outcome != FetchOutcome::ok) job.result.body.clear();
    if (job.started) job.result.ms = elapsed_ms(job.first_start);
    ++m_done;
    auto index = static_cast<std::size_t>(&job - m_jobs.data());
    // Moved out first, so the body is freed once the caller is done with it.
    FetchResult result = std::move(job.result);
    (*m_deliver)(index, std::move(result));
}

void Scheduler::on_page_done(Transfer& t) {
    Job& job = m_jobs[t.job];
    Response& r = t.response;
    Attempt attempt;
    attempt.transport = transport_of(r);
    attempt.transport_message =
        r.too_large
            ? "body larger than max_bytes (" + std::to_string(m_settings.max_bytes) + " bytes)"
            : failure_message(r);  // libcurl's wording, the same each time
    attempt.status = r.status;
    attempt.content_type = r.content_type;
    attempt.location = r.header("location");
    attempt.retry_after = r.header("retry-after");
    attempt.body = r.body;
    attempt.url = job.url;
    attempt.local_file = t.spec.allow_file == AllowFile::yes;
    attempt.json = t.spec.expect == Expect::json;
    RetryBudget budget{m_settings.retries - job.retries_used, m_settings.max_retry_after_s,
                       static_cast<std::int64_t>(std::time(nullptr))};
    Decision decision = decide(attempt, budget);

    job.result.http_status = attempt.local_file && r.code == CURLE_OK ? 200 : r.status;
    job.result.content_type = r.content_type;
    job.result.headers = r.headers;
    job.result.etag = r.header("etag");
    job.result.last_modified = r.header("last-modified");
    switch (decision.next) {
        case Decision::Next::retry:
            return schedule_retry(job, decision.at_least);
        case Decision::Next::redirect:
            return follow(job, r);
        case Decision::Next::finish:
            break;
    }
    if (decision.outcome == FetchOutcome::ok) job.result.body = std::move(r.body);
    finish(job, decision.outcome, std::move(decision.message));
}

void Scheduler::schedule_retry(Job& job, std::chrono::seconds at_least) {
    ++job.retries_used;
    ++job.result.attempts;
    std::uniform_real_distribution<double> draw(0.0, 1.0);
    auto wait = backoff_delay(job.retries_used, m_tuning.backoff_base, m_tuning.backoff_cap,
                              draw(m_random));
    wait = std::max<std::chrono::milliseconds>(wait, at_least);
    job.not_before = Clock::now() + wait;
    job.state = Job::State::waiting;
    m_waiting.push_back(static_cast<std::size_t>(&job - m_jobs.data()));
}

void Scheduler::follow(Job& job, const Response& response) {
    auto next = next_hop(Hop{job.url, job.method, job.sends_body}, response.status,
                         response.header("location"), job.visited);
    if (!next) return finish(job, FetchOutcome::refused_redirect, next.error().message);
    job.visited.push_back(next->url);
    job.method = next->method;
    job.sends_body = next->sends_body;
    set_hop(job, next->url);
    job.not_before = Clock::time_point{};
    job.state = Job::State::waiting;
    m_waiting.push_back(static_cast<std::size_t>(&job - m_jobs.data()));
}

namespace {

// Records a robots.txt request like any other: it is a request to the site.
FetchResult robots_record(const RobotsEntry& entry, const Transfer& t) {
    FetchResult f;
    f.url = entry.url;
    f.final_url = t.spec.url;
    char* effective = nullptr;
    if (curl_easy_getinfo(t.easy.get(), CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK &&
        effective)
        f.final_url = effective;
    f.http_status = t.response.status;
    f.ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t.started).count();
    f.body = t.response.body;  // only its size is recorded
    if (entry.state == RobotsEntry::State::ready) {
        f.outcome = FetchOutcome::ok;
        if (t.response.status >= 400)
            f.message = "robots.txt: HTTP " + std::to_string(t.response.status) + ", all allowed";
    } else {
        f.outcome = entry.outcome == FetchOutcome::ok ? FetchOutcome::robots : entry.outcome;
        f.message = entry.message;
    }
    return f;
}

}  // namespace

void Scheduler::on_robots_done(Transfer& t) {
    RobotsEntry& entry = m_politeness.robots(t.origin);
    record_robots_outcome(entry, t);
    m_politeness.record_robots_fetch(robots_record(entry, t));
}

void Scheduler::record_robots_outcome(RobotsEntry& entry, Transfer& t) {
    const Response& r = t.response;
    Transport transport = transport_of(r);
    entry.state = RobotsEntry::State::refused;
    if (transport == Transport::timeout) {
        entry.outcome = FetchOutcome::timeout;
        entry.message = curl_easy_strerror(r.code);
    } else if (r.code == CURLE_TOO_MANY_REDIRECTS) {
        entry.state = RobotsEntry::State::ready;  // RFC 9309 2.3.1.2: may count as unavailable
    } else if (transport != Transport::ok && transport != Transport::too_large) {
        // The page itself is not asked for: without robots.txt we may not crawl, and the
        // server is unreachable anyway. libcurl's wording, as for a page.
        entry.outcome = FetchOutcome::network_error;
        entry.message = curl_easy_strerror(r.code);
    } else if (r.status >= 500 || r.status == 429) {
        entry.message = entry.url + " answered HTTP " + std::to_string(r.status) +
                        ": not crawling this host now (RFC 9309: unreachable means disallow)";
    } else {
        entry.state = RobotsEntry::State::ready;
        // 4xx (404 above all) means "no robots.txt": everything is allowed.
        if (r.status >= 200 && r.status < 300) entry.policy = parse_robots(r.body, m_token);
        if (entry.policy.crawl_delay_s)
            m_politeness.apply_crawl_delay(entry.host, *entry.policy.crawl_delay_s);
    }
}

}  // namespace suasana::fetch
