#pragma once
// The fetcher's event loop: which transfer may start now, and what each finished one means.
// Waits are curl_multi_poll timeouts, never sleeps, so a host that must wait never holds up
// another host.
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "fetch/curl_fetcher.hpp"
#include "fetch/politeness.hpp"
#include "fetch/transfer.hpp"
#include "fetch/url.hpp"

namespace suasana::fetch {

class Scheduler {
  public:
    using Deliver = std::function<void(std::size_t index, FetchResult&& result)>;

    Scheduler(const FetchSettings& settings, const FetchTuning& tuning, CURLM* multi,
              Politeness& politeness, std::mt19937& random);
    ~Scheduler();
    Scheduler(const Scheduler&) = delete;
    Scheduler& operator=(const Scheduler&) = delete;

    /// Fetches every request, calling `deliver` once per request (by its position) when its
    /// result is final; returns when all are delivered.
    void run_indexed(const std::vector<FetchRequest>& requests, const Deliver& deliver);

    /// As run_indexed, without the position (the result's `tag` names the request).
    void run(const std::vector<FetchRequest>& requests,
             const std::function<void(FetchResult&&)>& deliver);

  private:
    // One request on its way through robots.txt, delays, redirects and retries.
    struct Job {
        const FetchRequest* request = nullptr;
        FetchResult result;
        std::string url;  // the current hop
        std::optional<UrlParts> parts;
        std::string origin;        // parts->origin(), kept: it is looked up on every pass
        std::string first_origin;  // the origin of the request's own URL (before redirects)
        std::string method;        // the current hop's: a 303 turns a POST into a GET
        bool sends_body = true;    // false once a 303 dropped the request's body
        std::vector<std::string> visited;
        int retries_used = 0;
        Clock::time_point not_before{};
        enum class State { waiting, running, done } state = State::waiting;
        bool started = false;
        Clock::time_point first_start{};
    };

    void admit(Clock::time_point now, Clock::time_point& wake);
    bool host_ready(const std::string& host, Clock::time_point now, Clock::time_point& wake);
    bool robots_ready(Job& job);
    void try_start(std::size_t index, Clock::time_point now, Clock::time_point& wake);
    void start_robots(const std::string& origin, RobotsEntry& entry, Clock::time_point now);
    void start(std::unique_ptr<Transfer> t, const std::string& host, Clock::time_point now);
    int drain();
    void on_page_done(Transfer& t);
    void on_robots_done(Transfer& t);
    void record_robots_outcome(RobotsEntry& entry, Transfer& t);
    void follow(Job& job, const Response& response);
    void schedule_retry(Job& job, std::chrono::seconds at_least);
    void finish(Job& job, FetchOutcome outcome, std::string message);
    void set_hop(Job& job, std::string url);

    const FetchSettings& m_settings;
    const FetchTuning& m_tuning;
    CURLM* m_multi;
    Politeness& m_politeness;
    std::mt19937& m_random;
    std::string m_token;  // our robots.txt product token
    std::vector<Job> m_jobs;
    std::vector<std::size_t> m_waiting;  // indices of waiting jobs, in request order
    std::vector<std::unique_ptr<Transfer>> m_running;
    std::vector<std::string> m_blocked_hosts;  // hosts found unable to start in this pass
    std::size_t m_done = 0;
    const Deliver* m_deliver = nullptr;
};

}  // namespace suasana::fetch
