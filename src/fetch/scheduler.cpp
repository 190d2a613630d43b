#include "fetch/scheduler.hpp"

#include <algorithm>

namespace suasana::fetch {

namespace {

// The longest a poll waits with nothing due: libcurl's own timers shorten it further.
constexpr std::chrono::milliseconds k_max_poll{1000};

}  // namespace

Scheduler::Scheduler(const FetchSettings& settings, const FetchTuning& tuning, CURLM* multi,
                     Politeness& politeness, std::mt19937& random)
    : m_settings(settings),
      m_tuning(tuning),
      m_multi(multi),
      m_politeness(politeness),
      m_random(random),
      m_token(product_token(settings.user_agent)) {}

Scheduler::~Scheduler() {
    for (auto& t : m_running) curl_multi_remove_handle(m_multi, t->easy.get());
}

void Scheduler::run(const std::vector<FetchRequest>& requests,
                    const std::function<void(FetchResult&&)>& deliver) {
    run_indexed(requests, [&deliver](std::size_t, FetchResult&& r) { deliver(std::move(r)); });
}

void Scheduler::run_indexed(const std::vector<FetchRequest>& requests, const Deliver& deliver) {
    m_deliver = &deliver;
    m_jobs.assign(requests.size(), Job{});
    m_waiting.clear();
    m_done = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        Job& job = m_jobs[i];
        job.request = &requests[i];
        job.result.tag = requests[i].tag;
        job.result.url = requests[i].url;
        job.visited.push_back(requests[i].url);
        set_hop(job, requests[i].url);
        job.first_origin = job.origin;
        job.method = requests[i].method;
        m_waiting.push_back(i);
    }
    while (m_done < m_jobs.size()) {
        auto now = Clock::now();
        auto wake = now + k_max_poll;
        admit(now, wake);
        if (m_done == m_jobs.size()) break;
        int still_running = 0;
        curl_multi_perform(m_multi, &still_running);
        // Something finished: new work may be startable at once, so look again before waiting.
        if (drain() > 0) continue;
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now());
        int timeout =
            static_cast<int>(std::clamp(left, std::chrono::milliseconds(0), k_max_poll).count());
        curl_multi_poll(m_multi, nullptr, 0, timeout, nullptr);
    }
    m_deliver = nullptr;
}

// Starts every waiting job (and robots.txt fetch) whose limits and delays allow it now, and
// lowers `wake` to the earliest moment something else may become startable by time alone.
void Scheduler::admit(Clock::time_point now, Clock::time_point& wake) {
    std::vector<std::size_t> still_waiting;
    still_waiting.reserve(m_waiting.size());
    m_blocked_hosts.clear();
    const auto limit = static_cast<std::size_t>(std::max(1, m_settings.concurrency));
    for (std::size_t index : m_waiting) {
        // With every slot busy nothing can start: a finishing transfer wakes the loop. This
        // keeps a pass short when thousands of requests wait.
        if (m_running.size() < limit) try_start(index, now, wake);
        if (m_jobs[index].state == Job::State::waiting) still_waiting.push_back(index);
    }
    m_waiting.swap(still_waiting);
    // After the jobs, so a robots.txt first wanted in this pass starts in this pass too.
    for (auto& [origin, entry] : m_politeness.all_robots()) {
        if (entry.state != RobotsEntry::State::queued) continue;
        if (host_ready(entry.host, now, wake)) start_robots(origin, entry, now);
    }
}

bool Scheduler::host_ready(const std::string& host, Clock::time_point now,
                           Clock::time_point& wake) {
    if (static_cast<int>(m_running.size()) >= std::max(1, m_settings.concurrency)) return false;
    if (std::find(m_blocked_hosts.begin(), m_blocked_hosts.end(), host) != m_blocked_hosts.end())
        return false;
    auto next = m_politeness.next_start(host);
    if (next && *next <= now) return true;
    // No slot (a finishing transfer wakes the loop) or too soon: nothing else for this host
    // can start in this pass either.
    if (next) wake = std::min(wake, *next);
    m_blocked_hosts.push_back(host);
    return false;
}

// Whether robots.txt lets `job` go on now; queues the origin's robots.txt on first sight, and
// finishes the job when robots.txt forbids it or could not be read.
bool Scheduler::robots_ready(Job& job) {
    if (!m_settings.robots) return true;
    const UrlParts& parts = *job.parts;
    RobotsEntry& entry = m_politeness.robots(job.origin);
    switch (entry.state) {
        case RobotsEntry::State::unknown:
            entry.state = RobotsEntry::State::queued;
            entry.host = parts.host;
            entry.url = parts.scheme + "://" + parts.host + ":" + parts.port + "/robots.txt";
            return false;
        case RobotsEntry::State::queued:
        case RobotsEntry::State::fetching:
            return false;
        case RobotsEntry::State::refused:
            finish(job, entry.outcome, entry.message);
            return false;
        case RobotsEntry::State::ready:
            break;
    }
    if (entry.policy.allows(parts.path_query)) return true;
    finish(job, FetchOutcome::robots, "disallowed by " + entry.url + " for '" + m_token + "'");
    return false;
}

void Scheduler::try_start(std::size_t index, Clock::time_point now, Clock::time_point& wake) {
    Job& job = m_jobs[index];
    if (job.not_before > now) {
        wake = std::min(wake, job.not_before);
        return;
    }
    std::string scheme = job.parts ? job.parts->scheme : url_scheme(job.url);
    bool local = scheme == "file";
    if (local && job.request->allow_file != AllowFile::yes)
        return finish(job, FetchOutcome::network_error,
                      job.url +
                          ": file:// is only read for targets written in the config and their "
                          "pages in the same folder");
    if (!job.parts || (!local && scheme != "http" && scheme != "https"))
        return finish(job, FetchOutcome::network_error, "cannot fetch '" + job.url + "'");
    if (!local && !robots_ready(job)) return;
    const std::string host = local ? std::string() : job.parts->host;
    if (local && static_cast<int>(m_running.size()) >= std::max(1, m_settings.concurrency)) return;
    if (!local && !host_ready(host, now, wake)) return;

    TransferSpec spec;
    spec.url = job.url;
    spec.allow_file = local ? AllowFile::yes : AllowFile::no;
    spec.expect = job.request->expect;
    spec.method = job.method;
    if (job.sends_body) spec.body = job.request->body;
    // The request's own headers (a scraper's `headers`: an API key, Authorization, a Cookie) and
    // its validators belong to its origin: a redirect to another scheme, host or port gets none
    // of them, so a site cannot hand a credential on to a host of its choosing.
    if (job.origin == job.first_origin) {
        spec.headers = job.request->headers;
        spec.etag = job.request->etag;
        spec.last_modified = job.request->last_modified;
    }
    spec.max_bytes = m_settings.max_bytes;
    auto t = make_transfer(m_settings, std::move(spec));
    if (!t) return finish(job, FetchOutcome::network_error, "libcurl could not create a handle");
    t->job = index;
    if (!job.started) {
        job.started = true;
        job.first_start = now;
    }
    job.state = Job::State::running;
    job.result.started_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    start(std::move(t), host, now);
}

void Scheduler::start_robots(const std::string& origin, RobotsEntry& entry, Clock::time_point now) {
    TransferSpec spec;
    spec.kind = TransferSpec::Kind::robots;
    spec.url = entry.url;
    // RFC 9309 2.5: at least 500 KiB must be parsed; more is not needed.
    spec.max_bytes = std::int64_t{512} * 1024;
    auto t = make_transfer(m_settings, std::move(spec));
    if (!t) {
        entry.state = RobotsEntry::State::refused;
        entry.outcome = FetchOutcome::network_error;
        entry.message = "libcurl could not create a handle";
        return;
    }
    t->origin = origin;
    entry.state = RobotsEntry::State::fetching;
    start(std::move(t), entry.host, now);
}

void Scheduler::start(std::unique_ptr<Transfer> t, const std::string& host, Clock::time_point now) {
    t->host = host;
    t->started = now;
    if (!host.empty()) m_politeness.note_start(host, now);
    curl_multi_add_handle(m_multi, t->easy.get());
    m_running.push_back(std::move(t));
}

// Reads libcurl's "done" messages; returns how many transfers finished.
int Scheduler::drain() {
    int finished = 0;
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(m_multi, &queued)) {
        if (msg->msg != CURLMSG_DONE) continue;
        CURL* easy = msg->easy_handle;
        CURLcode code = msg->data.result;
        auto it = std::find_if(m_running.begin(), m_running.end(),
                               [easy](const auto& t) { return t->easy.get() == easy; });
        if (it == m_running.end()) continue;
        std::unique_ptr<Transfer> t = std::move(*it);
        m_running.erase(it);
        curl_multi_remove_handle(m_multi, easy);
        if (!t->host.empty()) m_politeness.note_finish(t->host);
        read_response(*t, code);
        if (t->spec.kind == TransferSpec::Kind::robots)
            on_robots_done(*t);
        else
            on_page_done(*t);
        ++finished;
    }
    return finished;
}

}  // namespace suasana::fetch
