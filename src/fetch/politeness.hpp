#pragma once
// What the fetcher remembers about hosts for its whole lifetime (one run): transfers in flight,
// when the next request may start, and each origin's robots.txt.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fetch/robots.hpp"
#include "fetch/transfer.hpp"
#include "model/fetch_result.hpp"

namespace suasana::fetch {

/// One hostname (without port): limits and delays are per host, whatever the port or scheme.
struct HostState {
    int in_flight = 0;
    Clock::time_point last_start{};
    bool started_once = false;
    std::chrono::milliseconds delay{0};  ///< delay_ms, raised by a Crawl-delay
};

/// One origin's robots.txt, fetched once and then consulted for every URL of the origin.
struct RobotsEntry {
    enum class State { unknown, queued, fetching, ready, refused };
    State state = State::unknown;
    RobotsPolicy policy;
    std::string host;
    std::string url;
    FetchOutcome outcome = FetchOutcome::robots;  ///< when refused: what the pages end as
    std::string message;
};

class Politeness {
  public:
    Politeness(int per_host, std::chrono::milliseconds delay, std::chrono::milliseconds max_delay);

    /// Returns when host `name` may start a request (now or later), or nothing when all its
    /// per-host slots are busy (a transfer ending frees one).
    std::optional<Clock::time_point> next_start(const std::string& name);
    void note_start(const std::string& name, Clock::time_point now);
    void note_finish(const std::string& name);

    /// Raises host `name`'s delay to a robots.txt Crawl-delay, capped at the configured maximum.
    void apply_crawl_delay(const std::string& name, double seconds);

    /// Returns the robots.txt entry of `origin`, created unknown on first use.
    RobotsEntry& robots(const std::string& origin) { return m_robots[origin]; }
    /// Keeps the record of one robots.txt request, for the caller's `fetches` table.
    void record_robots_fetch(FetchResult result) { m_robots_fetches.push_back(std::move(result)); }
    /// Returns the robots.txt requests recorded since the last call.
    std::vector<FetchResult> take_robots_fetches() { return std::exchange(m_robots_fetches, {}); }
    std::map<std::string, RobotsEntry>& all_robots() { return m_robots; }

  private:
    std::vector<FetchResult> m_robots_fetches;
    HostState& host(const std::string& name);

    int m_per_host;
    std::chrono::milliseconds m_delay;
    std::chrono::milliseconds m_max_delay;
    std::map<std::string, HostState> m_hosts;
    std::map<std::string, RobotsEntry> m_robots;
};

}  // namespace suasana::fetch
