#include "fetch/curl_fetcher.hpp"

#include <random>
#include <stdexcept>

#include "fetch/curl_handles.hpp"
#include "fetch/politeness.hpp"
#include "fetch/scheduler.hpp"

namespace suasana::fetch {

CurlGlobal::CurlGlobal() {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        throw std::runtime_error("libcurl could not be initialised");
}
CurlGlobal::~CurlGlobal() {
    curl_global_cleanup();
}

// Lives as long as the fetcher: the multi handle keeps the connection cache (so connections
// are reused across waves), and the politeness state keeps robots.txt files and host delays.
struct CurlFetcher::Impl {
    FetchSettings settings;
    FetchTuning tuning;
    MultiHandle multi{curl_multi_init()};
    Politeness politeness;
    std::mt19937 random{std::random_device{}()};

    Impl(FetchSettings s, FetchTuning t)
        : settings(std::move(s)),
          tuning(t),
          politeness(settings.per_host, std::chrono::milliseconds(std::max(0, settings.delay_ms)),
                     tuning.max_crawl_delay) {}
};

CurlFetcher::CurlFetcher(FetchSettings settings, FetchTuning tuning)
    : m_impl(std::make_unique<Impl>(std::move(settings), tuning)) {
    if (!m_impl->multi) throw std::runtime_error("libcurl multi handle could not be created");
    const long concurrency = std::max(1, m_impl->settings.concurrency);
    curl_multi_setopt(m_impl->multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS, concurrency);
    // Idle connections kept for reuse: enough for every slot, whatever few handles are added.
    curl_multi_setopt(m_impl->multi.get(), CURLMOPT_MAXCONNECTS, std::max(16L, 2 * concurrency));
}

CurlFetcher::~CurlFetcher() = default;

void CurlFetcher::fetch_each(const std::vector<FetchRequest>& requests,
                             const std::function<void(FetchResult&&)>& on_result) {
    Scheduler scheduler(m_impl->settings, m_impl->tuning, m_impl->multi.get(), m_impl->politeness,
                        m_impl->random);
    scheduler.run(requests, on_result);
}

std::vector<FetchResult> CurlFetcher::take_robots_fetches() {
    return m_impl->politeness.take_robots_fetches();
}

std::vector<FetchResult> CurlFetcher::fetch_all(const std::vector<FetchRequest>& requests) {
    std::vector<FetchResult> results(requests.size());
    // The scheduler reports by position; `tag` stays the caller's own.
    Scheduler scheduler(m_impl->settings, m_impl->tuning, m_impl->multi.get(), m_impl->politeness,
                        m_impl->random);
    scheduler.run_indexed(requests, [&results](std::size_t index, FetchResult&& result) {
        results[index] = std::move(result);
    });
    return results;
}

}  // namespace suasana::fetch
